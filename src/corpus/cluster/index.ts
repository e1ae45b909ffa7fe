/** Online story clustering: features that tell events apart, an inverted index over recent stories, merges and splits with reasons. */
export type { ClusterDoc, Assignment, StoryEvent, ClusterOptions } from './types.js';
export { DEFAULT_CLUSTER_OPTIONS, clusterOptions } from './options.js';
export { clusterDocFrom } from './02-features.js';
export type { ClusterSource } from './02-features.js';
export { createClusterer } from './clusterer.js';
export type { Clusterer } from './clusterer.js';
export { clusterBatch } from './cluster-batch.js';
