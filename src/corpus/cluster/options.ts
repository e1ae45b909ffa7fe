/** Default clustering options, merged once with what the caller passes. */
import type { ClusterOptions } from './types.js';

/** Defaults tuned on the ECB+ dev topics (see EVALUATION.md, clustering section). */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  joinThreshold: 0.18,
  mergeThreshold: 0.45,
  splitThreshold: 0.6,
  weights: { terms: 0.4, entities: 0.3, numbers: 0.3 },
  windowMs: 7 * 24 * 3600 * 1000,
  probeFeatures: 16,
  postingsPerFeature: 32,
  centroidCap: 400,
  maxActiveStories: 20000,
  splitMemberCap: 32,
  shortDocTerms: 30,
  shortDocScale: 0.6,
  yearClashPenalty: 0.3,
};

/** Merges partial options (including partial weights) with the defaults. */
export function clusterOptions(options: Partial<ClusterOptions> = {}): ClusterOptions {
  return { ...DEFAULT_CLUSTER_OPTIONS, ...options, weights: { ...DEFAULT_CLUSTER_OPTIONS.weights, ...(options.weights ?? {}) } };
}
