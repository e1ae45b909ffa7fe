/** Sentence matching: does sentence A report the same thing as sentence B? Used by `concord pairs` and the fact builder. */
export { createMatcher } from './06-matcher.js';
export type { Judgement, Matcher, MatcherOptions } from './06-matcher.js';
export { tokenize } from './01-tokenize.js';
export type { Token } from './01-tokenize.js';
export { stem } from './02-stem.js';
export { features, featuresOf, FEATURE_NAMES } from './05-features.js';
export { INSTANCE_FEATURE_NAMES } from './05-instance.js';
export { idf } from './03-weights.js';
export { spellingSimilarity } from './04-align.js';
export { batchEvidence, refineBatch, refineRound, logOdds, MIN_COMMON, FULL_COMMON } from './07-batch.js';
export { BATCH_ROUNDS } from './lexicon/batch-model.js';
export type { BatchEvidence, RoundWeights } from './07-batch.js';
