/** ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) over the usual tokenisation with Porter stemming. */
import { rougeTokens } from './tokenize.js';

/** Precision, recall and F1 of one ROUGE variant. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Counts the n-grams of a token list. */
function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Builds P/R/F1 from the overlap and the two totals (0 when either side is empty). */
function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** ROUGE-N: clipped n-gram overlap. */
export function rougeN(candidate: string[], reference: string[], n: number): RougeScore {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence of two token lists (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** ROUGE-L: longest common subsequence over the whole text (rouge-score's `rougeL`). */
export function rougeL(candidate: string[], reference: string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** Scores a candidate summary against one reference text. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}

/** Scores against several references and keeps, per variant, the reference giving the best F1 (rouge-score's multi-reference max). */
export function rougeMulti(candidate: string, references: string[]): RougeScores {
  const all = references.map((reference) => rouge(candidate, reference));
  const best = (key: keyof RougeScores): RougeScore =>
    all.reduce<RougeScore>((a, s) => (s[key].f1 > a.f1 ? s[key] : a), { precision: 0, recall: 0, f1: 0 });
  return { rouge1: best('rouge1'), rouge2: best('rouge2'), rougeL: best('rougeL') };
}
