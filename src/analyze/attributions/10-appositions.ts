/** Sources with appositions, as PolNeAR marks them: "Michael Mulgrew, president of the union, said" → name + apposition. */
import type { Token } from '../sentences/index.js';
import { isQuoteMark, type Cue } from './02-cues.js';
import { phraseAfter, phraseBefore, type Range } from './03-phrases.js';

/** Chunks that end a source: a relative "which" clause, a participle ("speaking to …"), a quotation. */
function badChunk(tokens: Token[], chunk: Range): boolean {
  const first = tokens[chunk.first];
  if (!first) return true;
  if (first.lower === 'which' || first.lower === 'that' || isQuoteMark(first)) return true;
  if (first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'CCONJ') return true;
  return first.lower === 'according' || first.lower === 'adding' || first.lower === 'saying';
}

/** Splits [from, to) at commas into chunks. */
function chunks(tokens: Token[], from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k === to || tokens[k]!.text === ',') {
      if (k > start) out.push({ first: start, last: k });
      start = k + 1;
    }
  }
  return out;
}

/** True when a chunk is a whole noun phrase ("Scott Pruitt", "a professor at Princeton"). */
function isPhrase(tokens: Token[], chunk: Range): boolean {
  const p = phraseAfter(tokens, chunk.first, chunk.last);
  return p !== null && p.first === chunk.first && p.last === chunk.last;
}

/** The subject before a cue preceded by a comma: a name followed by appositions ("Flynn, a top adviser, said"). */
export function subjectWithAppositions(tokens: Token[], cueFirst: number, floor: number): Range | null {
  if (tokens[cueFirst - 1]?.text !== ',') return phraseBefore(tokens, cueFirst, floor);
  let from = floor;
  for (let k = cueFirst - 1; k >= floor; k--) if (isQuoteMark(tokens[k])) { from = k + 1; break; }
  const parts = chunks(tokens, from, cueFirst - 1);
  const head = parts.findIndex((c) => isPhrase(tokens, c) && tokens.slice(c.first, c.last).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN'));
  if (head < 0) return null;
  let last = parts[head]!.last;
  for (let i = head + 1; i < parts.length; i++) {
    if (badChunk(tokens, parts[i]!)) break;
    last = parts[i]!.last;
  }
  return { first: parts[head]!.first, last };
}

/** The source after a cue, with its appositions up to the sentence end ("said Alan Cole, an economist at …"). */
export function sourceAfter(tokens: Token[], at: number, end: number): Range | null {
  const head = phraseAfter(tokens, at, end);
  if (!head) return null;
  let last = head.last;
  if (tokens[last]?.text === '(') {
    const close = tokens.slice(last, Math.min(end, last + 10)).findIndex((t) => t.text === ')');
    if (close > 0) last += close + 1;
  }
  if (tokens[last]?.text !== ',') return { first: head.first, last };
  for (const chunk of chunks(tokens, last + 1, end)) {
    if (badChunk(tokens, chunk)) break;
    last = chunk.last;
  }
  while (last > head.last && /^[.!?;:”"'’)]$/u.test(tokens[last - 1]!.text)) last--;
  return { first: head.first, last };
}

/**
 * "…, who make up most investors and see the program as …": the phrase before "and" is the object of an earlier verb,
 * so the cue shares that verb's subject ("who"); null when the phrase before "and" is not such an object.
 */
export function sharedSubject(tokens: Token[], cue: Cue, floor: number): Range | null {
  if (tokens[cue.first - 1]?.lower !== 'and') return null;
  const object = phraseBefore(tokens, cue.first - 1, floor);
  if (!object) return null;
  let verb = object.first - 1;
  if (tokens[verb]?.pos === 'ADP' || tokens[verb]?.pos === 'PART') verb--; // "make up about 80 percent"
  if (verb < floor || tokens[verb]?.pos !== 'VERB') return null;
  let end = verb;
  while (end - 1 >= floor && (tokens[end - 1]!.pos === 'ADV' || tokens[end - 1]!.pos === 'AUX')) end--;
  return phraseBefore(tokens, end, floor);
}
