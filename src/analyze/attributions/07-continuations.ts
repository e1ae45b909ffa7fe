/** Quotations the cue rules missed: a quote continuing the last speaker ("“A,” he said. “B.”"), or one with no speaker. */
import type { Span } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import type { Quotation } from './01-quote-marks.js';

/** An attribution's content pieces, as far as continuation needs them. */
export interface Pieces {
  content: Span[];
}

/** A quotation that opens a sentence and no attribution covers; `short` when under four words (continuation only). */
export interface FreeQuotation {
  quote: Quotation;
  sentence: number;
  short: boolean;
}

/** Every attribution's pieces sorted by start, with the furthest end among each piece and those before it. */
export interface PieceIndex {
  starts: number[];
  maxEnds: number[];
}

/** Indexes the pieces of all attributions for `covered` (one sort, then a binary search per span). */
export function indexPieces(attributions: Pieces[]): PieceIndex {
  const pieces: Span[] = [];
  let sorted = true;
  for (const a of attributions) {
    for (const c of a.content) {
      if (pieces.length > 0 && c.start < pieces[pieces.length - 1]!.start) sorted = false;
      pieces.push(c);
    }
  }
  if (!sorted) pieces.sort((a, b) => a.start - b.start); // usually already in text order
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let furthest = -Infinity;
  for (const p of pieces) {
    furthest = Math.max(furthest, p.end);
    starts.push(p.start);
    maxEnds.push(furthest);
  }
  return { starts, maxEnds };
}

/** True when a span overlaps any indexed piece: some piece starting before the span's end ends after its start. */
export function covered(span: Span, index: PieceIndex): boolean {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < span.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1]! > span.start;
}

/** Quotations that open a sentence and are not covered: candidates for continuation or `no-speaker`. */
export function freeQuotations(quotations: Quotation[], attributions: Pieces[], sentences: SentenceRange[], tokens: Token[]): FreeQuotation[] {
  const out: FreeQuotation[] = [];
  const index = indexPieces(attributions);
  let s = 0;
  for (const quote of quotations) {
    while (s < sentences.length && sentences[s]!.end <= quote.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.heading || sentence.start !== quote.start) continue; // only quotations that open a sentence
    const inner = { start: quote.innerStart, end: quote.innerEnd };
    if (inner.end <= inner.start || covered(inner, index)) continue;
    const words = countWords(tokens, sentence, inner);
    const whole = wholeSentence(tokens, sentence, quote);
    if (words < 4 && !whole) continue; // "a “manufactured” issue": a scare quote, not a report
    out.push({ quote, sentence: s, short: words < 4 });
  }
  return out;
}

/** True when a quotation is its sentence's whole text ("“Neither do I.”"): a short report, not a scare quote. */
function wholeSentence(tokens: Token[], sentence: SentenceRange, quote: Quotation): boolean {
  for (let k = sentence.last - 1; k >= sentence.first && tokens[k]!.start >= quote.end; k--) {
    if (tokens[k]!.type === 'word' || tokens[k]!.type === 'number') return false;
  }
  return true;
}

function countWords(tokens: Token[], sentence: SentenceRange, span: Span): number {
  let n = 0;
  for (let k = sentence.first; k < tokens.length && tokens[k]!.start < span.end; k++) {
    if (tokens[k]!.start >= span.start && tokens[k]!.type === 'word') n++;
  }
  return n;
}

/** True when a quotation opens its sentence and only a line's spaces separate it from the previous attribution's end. */
export function continues(text: string, previousEnd: number, quote: Quotation, sentence: SentenceRange): boolean {
  if (sentence.start !== quote.start) return false;
  const gap = text.slice(previousEnd, quote.start);
  return !gap.includes('\n') && gap.length < 200;
}
