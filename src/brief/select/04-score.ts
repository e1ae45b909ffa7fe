/** Scores candidates: support across outlets first, then centrality to the story, place in the articles, clarity. */
import type { Candidate } from './03-candidates.js';

/** Weights of the score's parts; the defaults favour facts reported by many outlets. */
export interface ScoreWeights {
  support: number;
  centrality: number;
  position: number;
  clarity: number;
}

/** Default weights. */
export const DEFAULT_WEIGHTS: ScoreWeights = { support: 2, centrality: 1, position: 0.8, clarity: 1 };

/** Cosine between a candidate's stems and the story's stem counts. */
function centrality(stems: string[], centroid: Map<string, number>, centroidNorm: number): number {
  const unique = new Set(stems);
  if (unique.size === 0 || centroidNorm === 0) return 0;
  let dot = 0;
  for (const s of unique) dot += centroid.get(s) ?? 0;
  return dot / (Math.sqrt(unique.size) * centroidNorm);
}

/** Sets `score` on every candidate (in place) and returns them best first. */
export function scoreCandidates(list: Candidate[], totalOutlets: number, weights: ScoreWeights = DEFAULT_WEIGHTS): Candidate[] {
  const centroid = new Map<string, number>();
  for (const c of list) for (const s of new Set(c.stems)) centroid.set(s, (centroid.get(s) ?? 0) + c.outlets.length);
  const norm = Math.sqrt([...centroid.values()].reduce((a, v) => a + v * v, 0));
  for (const c of list) {
    const support = totalOutlets <= 1 ? 1 : (c.outlets.length - 1) / (totalOutlets - 1);
    let score = weights.support * support + weights.centrality * centrality(c.stems, centroid, norm)
      + weights.position * (1 - c.position) + weights.clarity * c.clarity;
    if (c.kind === 'quote') score += (c.quote?.role ? 0.2 : 0) + (c.quote?.venue ? 0.1 : 0);
    if (c.kind === 'dispute') score += 0.5;
    c.score = score;
  }
  return [...list].sort((a, b) => b.score - a.score || a.position - b.position);
}
