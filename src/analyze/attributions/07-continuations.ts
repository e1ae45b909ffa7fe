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

/** True when a span overlaps any piece of any attribution. */
export function covered(span: Span, attributions: Pieces[]): boolean {
  return attributions.some((a) => a.content.some((c) => c.start < span.end && span.start < c.end));
}

/** Quotations that open a sentence and are not covered: candidates for continuation or `no-speaker`. */
export function freeQuotations(quotations: Quotation[], attributions: Pieces[], sentences: SentenceRange[], tokens: Token[]): FreeQuotation[] {
  const out: FreeQuotation[] = [];
  let s = 0;
  for (const quote of quotations) {
    while (s < sentences.length && sentences[s]!.end <= quote.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.heading || sentence.start !== quote.start) continue; // only quotations that open a sentence
    const inner = { start: quote.innerStart, end: quote.innerEnd };
    if (inner.end <= inner.start || covered(inner, attributions)) continue;
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
