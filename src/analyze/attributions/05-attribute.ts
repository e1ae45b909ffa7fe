/** Attributes one cue: finds its source and content on either side ("X said Y", "“Y,” X said", "Y, said X"). */
import type { Span } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import type { Cue } from './02-cues.js';
import { isQuoteMark } from './02-cues.js';
import { phraseAfter, phraseBefore, type Range } from './03-phrases.js';
import { sharedSubject, sourceAfter, subjectWithAppositions } from './10-appositions.js';
import { contentAfter, contentBefore, hasVerb, skipAdverbials, type Scope } from './04-content.js';
import { channelEnd, objectEnd, passiveCue, proFormAt } from './11-complements.js';
import { attributeNominal } from './13-nominal-cues.js';
import { frontedAdverbial, subordinateEnd } from './14-clause-ends.js';
import { trailingAs } from './15-as-clauses.js';
import { frontedParticiple } from './16-fronted-participles.js';
import { ADDRESSEE_VERBS, OBJECT_CUES } from './lexicon/cues.js';

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
  if (next.kind === 'participle' || next.kind === 'according' || tokens[next.first - 1]?.lower === 'and') {
    while (end > sentence.first && (tokens[end - 1]!.text === ',' || tokens[end - 1]!.lower === 'and' || tokens[end - 1]!.lower === 'while')) end--;
    return end;
  }
  const source = phraseBefore(tokens, next.first, sentence.first);
  // "warned that if the deal fails, the firm could threaten …": the comma closes an adverbial inside the words.
  if (source && tokens[source.first - 1]?.text === ',' && !frontedAdverbial(tokens, cues[index]!.last)) return source.first - 1;
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
    // "warned Kyiv to refrain …", "told aides never to speak …": the addressee of a directive belongs to the words.
    const directive = addressee !== null && (tokens[addressee.last]?.lower === 'to' || (tokens[addressee.last]?.pos === 'ADV' && tokens[addressee.last + 1]?.lower === 'to'));
    if (directive) addressee = null;
    if (addressee) { at = addressee.last; venue = addressee; }
  }
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[at];
    if (t?.lower === 'by' && (cue.kind === 'passive-quote' || verb.includes('quot'))) {
      const by = phraseAfter(tokens, at + 1, end);
      if (!by) break;
      venue = by;
      at = by.last;
    } else if (t?.lower === 'as' && tokens[at + 1]?.lower === 'saying') at += 2;
    else if (t?.lower === 'saying' && verb.includes('quot')) at += 1;
    else if (t?.lower === 'quoted' || t?.lower === 'quotes') at += 1;
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
    const source = untilComma(tokens, cue.last, end) ?? phraseAfter(tokens, cue.last, end);
    if (!source) return null;
    const atStart = cue.first <= sentence.first + 1;
    const content = atStart ? contentAfter(scope, skipAdverbials(scope, source.last, end), end) : contentBefore(scope, sentence.first, cue.first);
    return content ? { cue, source, content: [content], venueRange: null, tail: source.last } : null;
  }
  if (cue.kind === 'nominal') return attributeNominal(scope, cue, end);
  const fronted = frontedParticiple(scope, cue, end);
  if (fronted) return fronted;
  const passive = passiveCue(scope, cue, floor, end);
  if (passive) return passive;
  const tail = readTail(scope, cue, end);
  const active = /^quot/u.test(tokens[cue.verb]!.lower) && cue.kind === 'verb';
  // "AFP quoted a US official as saying …, adding …": the official adds, not AFP; otherwise the sentence's subject does.
  const quotedBefore = previous !== null && /^quot/u.test(tokens[previous.cue.first]!.lower);
  const participleSource = quotedBefore ? previous.source : mainSubject(scope, cue.first) ?? previous?.source ?? null;
  const left = cue.kind === 'participle' ? participleSource : sharedSubject(tokens, cue, floor) ?? subjectWithAppositions(tokens, cue.first, floor) ?? coordinated(tokens, cue, sentence.first, previous);
  const credited = cue.kind === 'verb' ? trailingAs(scope, cue, left, end) : null;
  if (credited) return credited;
  const adjacent = left === null || left.last === cue.first || (left.last === cue.first - 1 && tokens[left.last]!.text === ',');
  const before = cue.kind === 'participle' || !adjacent ? null : leadingContent(scope, sentence.first, left?.first ?? cue.first);
  if (left === null && !active && before !== null) return inverted(scope, cue, end, tail.at, before);
  // "AFP quoted a US official as saying …": the subject is the venue, the object the source.
  const source = active ? tail.addressee : left;
  // "a program called EB-5", "the so-called carried interest": a naming participle without a subject reports nobody.
  if (source === null && cue.kind === 'verb' && OBJECT_CUES.has(tokens[cue.verb]!.lower) && !/ing$/u.test(tokens[cue.verb]!.lower)) return null;
  const venueRange = active ? left : tail.venue;
  const afterStart = skipAdverbials(scope, tail.at, end);
  const words = countWords(tokens, afterStart, end);
  // "X said as much", "X said so": a pro-form stands for the words reported earlier.
  const proForm = proFormAt(tokens, afterStart, end);
  if (proForm && left !== null) return { cue, source, content: [proForm], venueRange, tail: end };
  const rest = words > 0 && (cue.kind === 'participle' || !ADVERBIAL_CLAUSE.has(tokens[afterStart]!.lower)) &&
    (hasVerb(tokens, afterStart, end) || isQuoteMark(tokens[afterStart]) || tokens[afterStart]!.lower === 'that' || cue.kind === 'participle' ||
      OBJECT_CUES.has(tokens[cue.verb]!.lower) || (left !== null && before === null && words >= 3 && tokens[afterStart]!.pos !== 'ADP')); // "Obama said the words “lump” …"
  const after = rest ? contentAfter(scope, afterStart, subordinateEnd(scope, left, cue.first, afterStart, objectEnd(scope, cue, afterStart, end))) : null;
  if (before !== null) {
    const contentEnd = left?.first ?? cue.first;
    const quoted = isQuoteMark(tokens[contentEnd - 1]) || isQuoteMark(tokens[contentEnd - 2]);
    const opener = tokens[afterStart];
    // "Climate change, he said, is the greatest threat": the cue interrupts one unquoted clause.
    const interrupted = (tokens[tail.at]?.text === ',' || tokens[afterStart - 1]?.text === ',') && after !== null && !quoted && opener !== undefined && !isQuoteMark(opener) &&
      (!/^(?:CCONJ|SCONJ|ADV)$/u.test(opener.pos) || opener.lower === 'and' || opener.lower === 'that');
    const content = contentBefore(scope, interrupted ? clauseStart(tokens, before, contentEnd) : before, contentEnd);
    // "“A,” he said, “B.”": both quotations are the speaker's words.
    // A quotation before the cue is the content ("“…,” Zelenskyy said, casting doubt on …"); a quotation after it joins.
    // The second quotation resumes the words only right after the cue or a comma: not "said on CNN's “State of the Union.”"
    const resumes = isQuoteMark(tokens[afterStart]) && (afterStart === tail.at || /^[,:]$/u.test(tokens[afterStart - 1]?.text ?? ''));
    const joined = content && after && ((resumes && quoted) || interrupted);
    const resumed = content && quoted && !joined ? resumedQuote(scope, afterStart, end) : null;
    const pieces = joined ? [content, after!] : resumed && content ? [content, resumed] : content && (!after || quoted) ? [content] : null;
    if (pieces) return { cue: after ? cue : withTrailingTime(tokens, cue, end), source, content: pieces, venueRange, tail: tail.at };
  }
  return after ? { cue, source, content: [after], venueRange, tail: end } : null;
}

/** The inverted order: content, then cue, then source ("“…,” said Mr. Burman." / "…, said a spokesman."). */
function inverted(scope: Scope, cue: Cue, end: number, at: number, before: number): RawAttribution | null {
  const { tokens } = scope;
  const source = sourceAfter(tokens, at, end);
  if (!source || tokens[source.last]?.lower === 'to') return null; // "…, told his aides to leave": an addressee, not a source
  const quotedBefore = isQuoteMark(tokens[cue.first - 1]) || isQuoteMark(tokens[cue.first - 2]);
  if (!quotedBefore && !hasVerb(tokens, before, cue.first)) return null; // "The chairman, Phil Lovas, said": a subject, not content
  const content = contentBefore(scope, before, cue.first);
  if (!content) return null;
  const pieces = [content];
  let k = source.last;
  while (k < end && tokens[k]!.text === ',') k++;
  const quoted = isQuoteMark(tokens[cue.first - 1]) || isQuoteMark(tokens[cue.first - 2]);
  if (quoted && k < end && isQuoteMark(tokens[k])) {
    const more = contentAfter(scope, k, end);
    if (more) pieces.push(more);
  }
  return { cue, source, content: pieces, venueRange: null, tail: source.last };
}

/** The subject of the sentence's first verb: who "saying …" or "adding …" belongs to ("Dean, a doctor, then appeared …, saying"). */
function mainSubject(scope: Scope, before: number): Range | null {
  const { tokens, sentence, quoteOf } = scope;
  for (let k = sentence.first + 1; k < before; k++) {
    const t = tokens[k]!;
    if (quoteOf[k]! >= 0 || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    let end = k;
    while (end > sentence.first && tokens[end - 1]!.pos === 'ADV') end--;
    return subjectWithAppositions(tokens, end, sentence.first);
  }
  return null;
}

/** "Mr. Schultz supported Democrats, and said …": the subject of the first verb says it. */
function coordinated(tokens: Token[], cue: Cue, sentenceStart: number, previous: RawAttribution | null): Range | null {
  if (tokens[cue.first - 1]?.lower !== 'and') return null;
  return previous?.source ?? phraseAfter(tokens, sentenceStart, cue.first);
}

const TRAILING_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|tonight)$/u;

/** A sentence-final cue keeps its time and manner words, as PolNeAR marks it: "…,” he said Thursday morning." */
function withTrailingTime(tokens: Token[], cue: Cue, end: number): Cue {
  let k = cue.last;
  while (k < end && (TRAILING_TIME.test(tokens[k]!.lower) || (tokens[k]!.pos === 'ADV' && /ly$/u.test(tokens[k]!.lower)))) k++;
  const channel = channelEnd(tokens, k, end);
  if (channel > k) return { ...cue, last: channel };
  const rest = tokens.slice(k, end).filter((t) => t.type === 'word' || t.type === 'number');
  return k > cue.last && rest.length === 0 ? { ...cue, last: k } : cue;
}

/** "According to exit polls, …": the source runs to the comma or the sentence end, whatever wink-nlp tagged it. */
function untilComma(tokens: Token[], from: number, end: number): Range | null {
  let k = from;
  while (k < end && k < from + 10 && tokens[k]!.text !== ',' && !isQuoteMark(tokens[k]) && tokens[k]!.pos !== 'PUNCT') k++;
  if (k === from || k >= from + 10 || (k < end && tokens[k]!.text !== ',' && !/^[.!?]$/u.test(tokens[k]!.text))) return null;
  return { first: from, last: k };
}

/** Where the interrupted clause begins: after "that" or a leading "But" ("But the weapons, he said, are …" → "the weapons"). */
function clauseStart(tokens: Token[], from: number, end: number): number {
  let start = from;
  if (tokens[start]?.pos === 'CCONJ') start++;
  // "…, which, Tompkins said, is usually full" → the piece before the cue is "which".
  for (let k = end - 2; k > start; k--) {
    if ((tokens[k]!.lower === 'that' && tokens[k]!.pos === 'SCONJ') || tokens[k]!.text === ',') return tokens[k + 1]?.pos === 'CCONJ' && k + 2 < end ? k + 2 : k + 1;
  }
  return start;
}

/** "“A,” he said, referring to B, “C.”": the quotation that resumes after a comma phrase and ends the sentence. */
function resumedQuote(scope: Scope, from: number, end: number): Span | null {
  const { tokens, quotations, quoteOf } = scope;
  for (let k = from + 1; k < end; k++) {
    if (quoteOf[k]! < 0) continue;
    if (!isQuoteMark(tokens[k]) || tokens[k - 1]!.text !== ',') return null;
    const quote = quotations[quoteOf[k]!]!;
    return hasWords(tokens, k + 1, end) && !tokens.slice(k, end).some((t) => t.start >= quote.end && t.type === 'word') ? { start: quote.innerStart, end: quote.innerEnd } : null;
  }
  return null;
}

function countWords(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k < last; k++) if (tokens[k]!.type === 'word' || tokens[k]!.type === 'number') n++;
  return n;
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
  if (!hasWords(tokens, floor, sourceStart - 1)) return null;
  // "In an interview on Harbour Radio, Orlov said …": a leading phrase without a verb is a setting, not words.
  const setting = tokens[floor]!.pos === 'ADP' && !hasVerb(tokens, floor, sourceStart - 1);
  return setting ? null : floor;
}
