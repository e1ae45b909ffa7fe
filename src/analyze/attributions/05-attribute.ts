/** Attributes one cue: finds its source and content on either side ("X said Y", "“Y,” X said", "Y, said X"). */
import type { Span } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import type { Cue } from './02-cues.js';
import { isQuoteMark } from './02-cues.js';
import { phraseAfter, phraseBefore, withAppositive, type Range } from './03-phrases.js';
import { contentAfter, contentBefore, hasVerb, skipAdverbials, type Scope } from './04-content.js';
import { ADDRESSEE_VERBS } from './lexicon/cues.js';

/** Words that open an adverbial clause, not reported content ("the Kremlin said on Thursday, as talks …"). */
const ADVERBIAL_CLAUSE = new Set(['as', 'while', 'after', 'before', 'when', 'even', 'amid', 'despite', 'because', 'though', 'although', 'since', 'until', 'following', 'in', 'on', 'at', 'during', 'days', 'hours']);

/** An attribution before speakers and venues are resolved: token ranges and content spans. */
export interface RawAttribution {
  cue: Range;
  source: Range | null;
  content: Span[];
  /** Where the words went or came from: "TASS" in "told TASS", "Russia Today" in "quoted by Russia Today". */
  venueRange: Range | null;
  /** The tokens after the cue that were read as addressee, venue or adverbial, not content. */
  tail: number;
}

/** The end of a content region after a cue: the sentence end, or the comma before a later cue (", adding …"). */
function regionEnd(scope: Scope, cues: Cue[], index: number): number {
  const { tokens, sentence } = scope;
  const next = cues[index + 1];
  if (!next) return sentence.last;
  let end = next.first;
  if (next.kind === 'participle' || next.kind === 'according') {
    while (end > sentence.first && (tokens[end - 1]!.text === ',' || tokens[end - 1]!.lower === 'and' || tokens[end - 1]!.lower === 'while')) end--;
    return end;
  }
  const source = phraseBefore(tokens, next.first, sentence.first);
  if (source && tokens[source.first - 1]?.text === ',') return source.first - 1;
  return sentence.last;
}

/** Reads "told TASS", "quoted by Russia Today", "as saying by TASS" after a cue; returns where the content may start. */
function readTail(scope: Scope, cue: Cue, end: number): { venue: Range | null; at: number; addressee: Range | null } {
  const { tokens } = scope;
  let at = cue.last;
  let venue: Range | null = null;
  let addressee: Range | null = null;
  const verb = tokens[cue.verb]!.lower;
  if (ADDRESSEE_VERBS.has(verb) && cue.kind !== 'passive-quote' && !isQuoteMark(tokens[at]) && tokens[at]?.lower !== 'that') {
    addressee = phraseAfter(tokens, at, end);
    if (addressee) { at = addressee.last; venue = addressee; }
  }
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[at];
    if (t?.lower === 'by' && (cue.kind === 'passive-quote' || /quot/u.test(verb))) {
      const by = phraseAfter(tokens, at + 1, end);
      if (!by) break;
      venue = by;
      at = by.last;
    } else if (t?.lower === 'as' && tokens[at + 1]?.lower === 'saying') at += 2;
    else if (t?.lower === 'saying' && /quot/u.test(verb)) at += 1;
    else if (t && /^(?:quoted|quotes)$/u.test(t.lower)) at += 1;
    else break;
  }
  return { venue, at, addressee };
}

/** Attributes the cue `cues[index]` of the sentence in `scope`; `previous` is the sentence's earlier attribution. */
export function attributeCue(scope: Scope, cues: Cue[], index: number, previous: RawAttribution | null): RawAttribution | null {
  const { tokens, sentence } = scope;
  const cue = cues[index]!;
  const end = regionEnd(scope, cues, index);
  const floor = index > 0 ? cues[index - 1]!.last : sentence.first;
  if (cue.kind === 'according') {
    const source = phraseAfter(tokens, cue.last, end);
    if (!source) return null;
    const atStart = cue.first <= sentence.first + 1;
    const content = atStart ? contentAfter(scope, skipAdverbials(scope, source.last, end), end) : contentBefore(scope, floor, cue.first);
    return content ? { cue, source, content: [content], venueRange: null, tail: source.last } : null;
  }
  const tail = readTail(scope, cue, end);
  const active = /^quot/u.test(tokens[cue.verb]!.lower) && cue.kind === 'verb';
  let left = phraseBefore(tokens, cue.first, floor);
  if (!left && tokens[cue.first - 1]?.text === ',') {
    const apposition = phraseBefore(tokens, cue.first - 1, floor);
    if (apposition) {
      const joined = withAppositive(tokens, apposition, floor);
      if (joined !== apposition) left = { first: joined.first, last: cue.first };
    }
  }
  if (cue.kind === 'participle') left = previous?.source ?? phraseAfter(tokens, sentence.first, cue.first);
  // "AFP quoted a US official as saying …": the subject is the venue, the object the source.
  const source = active ? tail.addressee : left;
  const venueRange = active ? left : tail.venue;
  const afterStart = skipAdverbials(scope, tail.at, end);
  const rest = afterStart < end && hasWords(tokens, afterStart, end) && (cue.kind === 'participle' || !ADVERBIAL_CLAUSE.has(tokens[afterStart]!.lower)) && (hasVerb(tokens, afterStart, end) || isQuoteMark(tokens[afterStart]) || tokens[afterStart]!.lower === 'that' || cue.kind === 'participle');
  const before = cue.kind === 'participle' ? null : leadingContent(scope, floor, left?.first ?? cue.first);
  const after = rest ? contentAfter(scope, afterStart, end) : null;
  if (before !== null) {
    const contentEnd = left?.first ?? cue.first;
    const content = contentBefore(scope, before, contentEnd);
    const right = left === null && !active ? phraseAfter(tokens, tail.at, end) : null;
    // "“A,” he said, “B.”": both quotations are the speaker's words.
    const pieces = content && after && isQuoteMark(tokens[afterStart]) && (isQuoteMark(tokens[contentEnd - 1]) || isQuoteMark(tokens[contentEnd - 2])) ? [content, after] : content && !after ? [content] : null;
    if (pieces) return { cue, source: source ?? right, content: pieces, venueRange, tail: right?.last ?? tail.at };
  }
  return after ? { cue, source, content: [after], venueRange, tail: end } : null;
}

function hasWords(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k]!.type === 'word' || tokens[k]!.type === 'number') return true;
  return false;
}

/** The first token of content written before the source ("“…,” he said", "…, a source said"), or null. */
function leadingContent(scope: Scope, floor: number, sourceStart: number): number | null {
  const { tokens } = scope;
  const mark = tokens[sourceStart - 1];
  if (!mark || sourceStart - 1 <= floor) return null;
  if (mark.text !== ',' && !isQuoteMark(mark) && mark.text !== '—' && mark.text !== ':') return null;
  return hasWords(tokens, floor, sourceStart - 1) ? floor : null;
}
