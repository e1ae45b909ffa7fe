/** Quantities and dates of one article: numbers with what they count, and calendar expressions. */
import type { Quantity } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import { findDates } from './02-dates.js';
import { findNumbers } from './01-numbers.js';

export { numberValue } from './01-numbers.js';

/** Finds dates first (so "Jan. 29" is not read as a count), then numbers, in text order. */
export function findQuantities(tokens: Token[], sentences: SentenceRange[]): Quantity[] {
  const taken = new Uint8Array(tokens.length);
  const out: Quantity[] = [];
  for (const sentence of sentences) {
    out.push(...findDates(tokens, sentence.first, sentence.last, taken));
    out.push(...findNumbers(tokens, sentence.first, sentence.last, taken));
  }
  return out.sort((a, b) => a.start - b.start);
}
