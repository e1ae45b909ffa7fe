/** Cue complements: where a bare object ends ("criticized X in a statement"), pro-forms ("said as much"), passive cues. */
import type { Span } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import { isQuoteMark, type Cue } from './02-cues.js';
import { phraseAfter } from './03-phrases.js';
import { contentAfter, spanOf, type Scope } from './04-content.js';
import type { RawAttribution } from './05-attribute.js';
import { subjectWithAppositions } from './10-appositions.js';
import { ADDRESSEE_VERBS, OBJECT_CUES, PHRASAL_OBJECT_VERBS } from './lexicon/cues.js';
import { OBJECT_INFINITIVE } from './lexicon/stance.js';

/** Words that open an adverbial after a bare object: "praised their help during storms", "attacked Machado since the debate". */
const ADVERBIAL_OPENERS = new Set(['during', 'since', 'when', 'while', 'amid']);
/** Channels of speech: "criticized Machado in early-morning tweets" names where the words went, not what was said. */
const CHANNELS = new Set(['statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'speech', 'remarks', 'article',
  'letter', 'op-ed', 'post', 'posts', 'video', 'ad', 'email', 'emails', 'briefing', 'twitter', 'facebook', 'television', 'radio', 'show', 'rally']);

/** True when tokens from `at` (after "in" or "on") name a channel within a short noun phrase: "in a statement", "on Twitter". */
export function channelAt(tokens: Token[], at: number, end: number): boolean {
  for (let k = at; k < Math.min(end, at + 4); k++) {
    if (CHANNELS.has(tokens[k]!.lower)) return true;
    if (!/^(?:DET|ADJ|PRON|PROPN|NOUN|NUM)$/u.test(tokens[k]!.pos) && tokens[k]!.text !== '-') return false;
  }
  return false;
}

/** Where a bare object of an object cue ends ("criticized Machado in tweets" → "Machado"); clauses and quotations run on. */
export function objectEnd(scope: Scope, cue: Cue, from: number, end: number): number {
  const { tokens, quoteOf } = scope;
  const first = tokens[from];
  // Headlines are in title case and drop words: leave them whole ("Slams Plan During Campaign Stop").
  if (!first || scope.sentence.heading || !(OBJECT_CUES.has(tokens[cue.verb]!.lower) || PHRASAL_OBJECT_VERBS.has(tokens[cue.verb]!.lower)) || first.lower === 'that' || first.lower === 'to' || isQuoteMark(first)) return end;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (quoteOf[k]! >= 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return end;
    if (t.text !== t.lower && t.pos !== 'PROPN') return end; // title case
    if (ADVERBIAL_OPENERS.has(t.lower) || ((t.lower === 'in' || t.lower === 'on') && channelAt(tokens, k + 1, end))) return k;
  }
  return end;
}

/** "as much" or a clause-final "so" right after a cue, as a span, or null. */
export function proFormAt(tokens: Token[], at: number, end: number): Span | null {
  const t = tokens[at];
  if (!t || at >= end) return null;
  const closes = (k: number) => k >= end || /^[.,;:!?]$/u.test(tokens[k]!.text) || tokens[k]!.pos === 'ADP';
  if (t.lower === 'as' && tokens[at + 1]?.lower === 'much' && closes(at + 2)) return { start: t.start, end: tokens[at + 1]!.end };
  if (t.lower === 'so' && closes(at + 1)) return { start: t.start, end: t.end };
  return null;
}

const BE = /^(?:was|were|is|are|been|being|be|'s|’s)$/u;

/**
 * A passive cue reports its subject: "His views were echoed by Ana Ruiz" → content "His views", source "Ana Ruiz".
 * Not when a clause or quotation follows ("It was reported that …") or the verb takes an addressee ("was told").
 */
export function passiveCue(scope: Scope, cue: Cue, floor: number, end: number): RawAttribution | null {
  const { tokens } = scope;
  const verb = tokens[cue.verb]!;
  if (cue.kind !== 'verb' || !/(?:ed|en|wn)$/u.test(verb.lower) || ADDRESSEE_VERBS.has(verb.lower) || /^quot/u.test(verb.lower)) return null;
  let be = false;
  for (let k = cue.first; k < cue.verb; k++) if (BE.test(tokens[k]!.lower)) be = true;
  const next = tokens[cue.last];
  // "The veto is expected to come Friday": the subject and the infinitive are both what is expected.
  const expected = OBJECT_INFINITIVE.has(verb.lower) && next?.lower === 'to' && tokens[cue.last + 1]?.pos === 'VERB';
  if (!be || (next && !expected && (next.lower === 'that' || next.lower === 'to' || next.lower === 'as' || isQuoteMark(next)))) return null;
  const subject = subjectWithAppositions(tokens, cue.first, floor);
  if (!subject || subject.last !== cue.first || PRONOUN_LIKE.has(tokens[subject.first]!.lower)) return null;
  const content = spanOf(tokens, subject.first, subject.last);
  if (!content) return null;
  const source = next?.lower === 'by' ? phraseAfter(tokens, cue.last + 1, end) : null;
  // "X was accused of lying", "X was asked how …": the complement is reported too, as a second piece.
  const at = !next ? -1 : /^(?:of|for|about)$/u.test(next.lower) ? cue.last + 1 : /^(?:how|what|why|whether|when|where)$/u.test(next.lower) || expected ? cue.last : -1;
  const complement = at >= 0 ? contentAfter(scope, at, end) : null;
  // The preposition that opens the complement belongs to the cue: "was accused of", "has been criticized for".
  const cueWithParticle = complement && at === cue.last + 1 ? { ...cue, last: cue.last + 1 } : cue;
  return { cue: cueWithParticle, source, content: complement ? [content, complement] : [content], venueRange: null, tail: source?.last ?? cue.last };
}

const PRONOUN_LIKE = new Set(['it', 'this', 'that', 'which', 'who', 'he', 'she', 'they', 'we', 'i', 'you']);

/** The longest channel phrase a sentence-final cue keeps, in tokens. */
const MAX_CHANNEL = 15;

/** "…,” he said in a phone interview on Monday.": where a channel phrase that runs to the sentence end stops, or `at`. */
export function channelEnd(tokens: Token[], at: number, end: number): number {
  if (tokens[at]?.lower !== 'in' || !channelAt(tokens, at + 1, end) || end - at > MAX_CHANNEL) return at;
  let last = at;
  for (let k = at; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || isQuoteMark(t)) return at;
    if (t.type === 'word' || t.type === 'number') last = k + 1;
  }
  return last;
}
