/** Soft word alignment: each word finds its best partner in the other sentence (same stem, synonym, number, spelling variant). */
import type { Token } from './01-tokenize.js';
import { weightOf } from './03-weights.js';

/** Character trigrams of a word, padded ("zelensky" and "zelenskyy" share most). */
function trigrams(word: string): Set<string> {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

const gramCache = new Map<string, Set<string>>();

/** Cached trigrams (bounded cache: the same words recur across a batch). */
function gramsOf(word: string): Set<string> {
  let grams = gramCache.get(word);
  if (grams === undefined) {
    if (gramCache.size > 50_000) gramCache.clear();
    grams = trigrams(word);
    gramCache.set(word, grams);
  }
  return grams;
}

/** Dice coefficient of two words' trigrams. */
export function spellingSimilarity(a: string, b: string): number {
  const ga = gramsOf(a);
  const gb = gramsOf(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Similarity of two tokens in 0–1. */
export function tokenSimilarity(a: Token, b: Token): number {
  if (a.stem === b.stem) return 1;
  if (a.value !== null && b.value !== null) return a.value === b.value ? 1 : 0;
  if (a.syn === b.syn) return 0.8;
  if (a.stop || b.stop || a.lower.length < 5 || b.lower.length < 5) return 0;
  if (a.lower.slice(0, 5) === b.lower.slice(0, 5) && a.value === null && b.value === null) return 0.7;
  /* Dice ≥ 0.6 needs similar lengths and, in practice, the same first letter: skip the trigram work otherwise */
  if (a.lower[0] !== b.lower[0] || Math.abs(a.lower.length - b.lower.length) > Math.max(a.lower.length, b.lower.length) / 2) return 0;
  const dice = spellingSimilarity(a.lower, b.lower);
  return dice >= 0.6 ? dice * 0.8 : 0;
}

/** Per-token best partner similarities of `from` against `to`. */
export function bestMatches(from: Token[], to: Token[]): number[] {
  return from.map((a) => {
    let best = 0;
    for (const b of to) {
      const s = tokenSimilarity(a, b);
      if (s > best) best = s;
      if (best === 1) break;
    }
    return best;
  });
}

/** Best partner similarities both ways from one pass over the word pairs (each pair's similarity computed once). */
export function bestMatchesBoth(a: Token[], b: Token[]): [number[], number[]] {
  const bestA = new Array<number>(a.length).fill(0);
  const bestB = new Array<number>(b.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    for (let j = 0; j < b.length; j++) {
      if (bestA[i] === 1 && bestB[j] === 1) continue;
      const s = tokenSimilarity(x, b[j]!);
      if (s > bestA[i]!) bestA[i] = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
  }
  return [bestA, bestB];
}

/** Weighted share of `from` covered by `to`, from precomputed best matches; `only` filters tokens. */
export function coverage(from: Token[], best: number[], only: (t: Token) => boolean = () => true): number {
  let total = 0;
  let covered = 0;
  from.forEach((token, i) => {
    if (!only(token)) return;
    const w = weightOf(token);
    total += w;
    covered += w * best[i]!;
  });
  return total === 0 ? 1 : covered / total;
}

/** Harmonic mean of two coverages. */
export function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
