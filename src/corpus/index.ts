/** Cross-article work: near-duplicates, story clustering, sentence matching and story alignment. */
export * from './dedup/index.js';
export * from './cluster/index.js';
export * from './match/index.js';
export * from './align/index.js';
