/** Near-duplicate detection: MinHash signatures over word shingles, LSH banding for candidates, exact Jaccard to confirm. */
export { findNearDuplicates, DEFAULT_DEDUP_OPTIONS } from './find-near-duplicates.js';
export type { DuplicatePair, DedupOptions } from './find-near-duplicates.js';
export { shingles, jaccard, hash32 } from './01-shingle.js';
export { hashFamily, signature, estimate } from './02-minhash.js';
export { candidatePairs, catchProbability } from './03-lsh.js';
