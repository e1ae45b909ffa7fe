/** Reads numbers with what they count: "three people killed", "20% of the territory", "$5.5 million". */
import type { Quantity, QuantityKind } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import { CURRENCIES, MULTIPLIERS, NUMBER_WORDS, ORDINALS, TIME_UNITS, UNITS } from './lexicon/numbers.js';

/** The numeric value of a number token ("1,200" → 1200, "three" → 3), or null. */
export function numberValue(token: Token): number | null {
  const c = token.text.charCodeAt(0);
  if (token.type === 'number' || (c >= 48 && c <= 57 && /^\d[\d,]*(?:\.\d+)?$/u.test(token.text))) {
    const value = Number(token.text.replace(/,/gu, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (token.lower === 'a' || token.lower === 'an') return null; // only as "a dozen"/"a million", handled by the multiplier
  return NUMBER_WORDS.get(token.lower) ?? null;
}

/** The counted thing after `at`: the next noun, skipping adjectives and "of the" ("20% of the territory" → territory). */
function countedAfter(tokens: Token[], at: number, end: number): string | null {
  let k = at;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'the' || tokens[k]?.pos === 'DET') k++;
  for (let guard = 0; k < end && guard < 4; k++, guard++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t.lower;
    if (t.pos !== 'ADJ' && t.text !== '-' && t.pos !== 'NUM') return null;
  }
  return null;
}

/** Finds the numeric quantities of tokens [first, last): counts, percents, money, measures, durations, ordinals. */
export function findNumbers(tokens: Token[], first: number, last: number, taken: Uint8Array): Quantity[] {
  const out: Quantity[] = [];
  for (let i = first; i < last; i++) {
    if (taken[i]) continue;
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    const ordinal = ORDINALS.get(t.lower) ?? (c >= 48 && c <= 57 && /^\d+(?:st|nd|rd|th)$/u.test(t.lower) ? parseInt(t.lower, 10) : undefined);
    if (ordinal !== undefined && t.pos === 'ADJ') {
      out.push({ start: t.start, end: t.end, kind: 'ordinal', value: ordinal, normalized: null, counts: countedAfter(tokens, i + 1, last) });
      continue;
    }
    let value = numberValue(t);
    const article = (t.lower === 'a' || t.lower === 'an') && MULTIPLIERS.has(tokens[i + 1]?.lower ?? '');
    if (value === null && !article) continue;
    if (value === null) value = 1;
    if (t.type !== 'number' && t.pos !== 'NUM' && !article) continue; // "one of them" as a pronoun
    let j = i + 1;
    while (j < last && MULTIPLIERS.has(tokens[j]!.lower)) { value *= MULTIPLIERS.get(tokens[j]!.lower)!; j++; }
    let start = t.start;
    let kind: QuantityKind = 'count';
    const prev = tokens[i - 1];
    if (prev && CURRENCIES.has(prev.lower) && i - 1 >= first) { kind = 'money'; start = prev.start; }
    const next = tokens[j];
    if (next && (next.text === '%' || next.lower === 'percent' || next.lower === 'per')) {
      kind = 'percent';
      j += next.lower === 'per' && tokens[j + 1]?.lower === 'cent' ? 2 : 1;
    } else if (next && CURRENCIES.has(next.lower)) { kind = 'money'; j++; }
    else if (next && UNITS.has(next.lower)) { kind = 'measure'; j++; }
    else if (next && TIME_UNITS.has(next.lower)) { kind = 'duration'; j++; }
    const end = tokens[j - 1]!.end;
    const counts = kind === 'measure' || kind === 'duration' ? tokens[j - 1]!.lower : kind === 'money' ? null : countedAfter(tokens, j, last);
    out.push({ start, end, kind, value, normalized: null, counts });
    for (let k = i; k < j; k++) taken[k] = 1;
    i = j - 1;
  }
  return out;
}
