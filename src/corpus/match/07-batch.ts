/**
 * Batch (transductive) refinement of pair scores. The distinct sentences of a batch and its scored pairs form a
 * graph; two sentences about one real event relate alike to the rest of the batch (both close to the reports of
 * that event, both far from the other event's), so the correlation of their score profiles over their common
 * neighbours is evidence the pair score alone misses. Uses only the batch's texts and scores, never labels; a
 * pair whose sentences share too few neighbours (single pairs, a paraphrase file) keeps its score unchanged.
 */

/** Common neighbours a pair needs before the batch evidence counts at all. */
export const MIN_COMMON = 3;
/** Common neighbours at which the batch evidence counts fully (linear ramp from MIN_COMMON). */
export const FULL_COMMON = 10;

/** The batch evidence of one pair: profile correlation over common neighbours and how much it counts (0–1). */
export interface BatchEvidence {
  /** Pearson-like correlation (each sentence's scores centred on its own mean) over the common neighbours, −1–1. */
  profile: number;
  /** 0 below MIN_COMMON common neighbours, rising to 1 at FULL_COMMON. */
  trust: number;
}

/** Log-odds of a probability, clamped away from ±∞. */
export const logOdds = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** The batch evidence of every pair, from the pairs' current log-odds scores (index-aligned with `pairs`). */
export function batchEvidence(pairs: readonly (readonly [string, string])[], scores: readonly number[]): BatchEvidence[] {
  const graph = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, s: number) => {
    let row = graph.get(a);
    if (row === undefined) graph.set(a, (row = new Map()));
    row.set(b, s);
  };
  pairs.forEach(([a, b], i) => { if (a !== b) { link(a, b, scores[i]!); link(b, a, scores[i]!); } });
  const mean = new Map<string, number>();
  for (const [v, row] of graph) {
    let sum = 0;
    for (const s of row.values()) sum += s;
    mean.set(v, sum / row.size);
  }
  return pairs.map(([a, b]) => {
    const ra = graph.get(a);
    const rb = graph.get(b);
    if (ra === undefined || rb === undefined || a === b) return { profile: 0, trust: 0 };
    const ma = mean.get(a)!;
    const mb = mean.get(b)!;
    const swap = ra.size > rb.size;
    const [small, large] = swap ? [rb, ra] : [ra, rb];
    let dot = 0; let na = 0; let nb = 0; let common = 0;
    for (const [w, s1] of small) {
      if (w === a || w === b) continue;
      const s2 = large.get(w);
      if (s2 === undefined) continue;
      common++;
      const ua = (swap ? s2 : s1) - ma;
      const ub = (swap ? s1 : s2) - mb;
      dot += ua * ub; na += ua * ua; nb += ub * ub;
    }
    if (common < MIN_COMMON || na === 0 || nb === 0) return { profile: 0, trust: 0 };
    return { profile: dot / Math.sqrt(na * nb), trust: Math.min(1, (common - MIN_COMMON + 1) / (FULL_COMMON - MIN_COMMON + 1)) };
  });
}

/** One refinement round's weights: log-odds += trust · (w[0] · log-odds + w[1] · profile + w[2]). */
export type RoundWeights = readonly [number, number, number];

/** Applies one round to log-odds scores; pairs without batch evidence (trust 0) keep theirs. */
export function refineRound(pairs: readonly (readonly [string, string])[], scores: readonly number[], w: RoundWeights): number[] {
  const evidence = batchEvidence(pairs, scores);
  return scores.map((s, i) => s + evidence[i]!.trust * (w[0] * s + w[1] * evidence[i]!.profile + w[2]));
}

/** Refines probabilities through the given rounds and returns probabilities; a pair no round touched keeps its exact input. */
export function refineBatch(pairs: readonly (readonly [string, string])[], probabilities: readonly number[], rounds: readonly RoundWeights[]): number[] {
  const start = probabilities.map(logOdds);
  let scores = start;
  for (const w of rounds) scores = refineRound(pairs, scores, w);
  return scores.map((s, i) => (s === start[i] ? probabilities[i]! : 1 / (1 + Math.exp(-s))));
}
