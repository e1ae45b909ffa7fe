/** Numbers and dates of a sentence for the instance signals: counts of things, years, weekdays and months. */
import type { Token } from './01-tokenize.js';
import { MONTHS, WEEKDAYS } from './lexicon/time.js';
import { cached } from './memo.js';

/** Values of a sentence: years (1900–2099 written as digits), and counts with the content words that follow them. */
export function numbersOf(ts: Token[]): { years: Set<number>; values: Set<number>; counted: Map<string, Set<number>> } {
  const years = new Set<number>();
  const values = new Set<number>();
  const counted = new Map<string, Set<number>>();
  ts.forEach((t, i) => {
    if (t.value === null) return;
    if (/^(19|20)\d\d$/.test(t.lower)) { years.add(t.value); return; }
    if (t.value > 2) values.add(t.value);
    let seen = 0;
    for (let j = i + 1; j < ts.length && seen < 3; j++) {
      const next = ts[j]!;
      if (next.value !== null) break;
      if (next.stop) continue;
      seen++;
      let set = counted.get(next.stem);
      if (set === undefined) counted.set(next.stem, (set = new Set()));
      set.add(t.value);
    }
  });
  return { years, values, counted };
}

/** 1 when both sets are non-empty and disjoint. */
export function disjoint<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  if (x.size === 0 || y.size === 0) return 0;
  for (const v of x) if (y.has(v)) return 0;
  return 1;
}

/** 1 when one counted thing ("23 pirates" / "26 Somali pirates", "a 59-year-old" / "a 66-year-old") has disjoint counts. */
export function countClash(a: Map<string, Set<number>>, b: Map<string, Set<number>>): number {
  for (const [noun, values] of a) {
    const other = b.get(noun);
    if (other !== undefined && disjoint(values, other) === 1) return 1;
  }
  return 0;
}

/** The capitalised words of a sentence found in a list, by what the list maps them to ("Feb." → "february"). */
export const wordsIn = (list: ReadonlyMap<string, string>) => (ts: Token[]): Set<string> => {
  const out = new Set<string>();
  for (const t of ts) {
    const key = /^\p{Lu}/u.test(t.text) ? list.get(t.lower.replace(/\.$/, '')) : undefined;
    if (key !== undefined) out.add(key);
  }
  return out;
};

const months = wordsIn(MONTHS);
const days = wordsIn(WEEKDAYS);

/** Shared values (tanh of the count), count clash, year clash, weekday clash, month clash. */
export function valueFeatures(a: Token[], b: Token[]): number[] {
  const xa = cached(a, 'numbers', numbersOf);
  const xb = cached(b, 'numbers', numbersOf);
  let sharedValues = 0;
  for (const v of xa.values) if (xb.values.has(v)) sharedValues++;
  for (const v of xa.years) if (xb.years.has(v)) sharedValues++;
  return [
    Math.tanh(sharedValues / 2),
    Math.max(countClash(xa.counted, xb.counted), countClash(xb.counted, xa.counted)),
    disjoint(xa.years, xb.years),
    disjoint(cached(a, 'days', days), cached(b, 'days', days)),
    disjoint(cached(a, 'months', months), cached(b, 'months', months)),
  ];
}
