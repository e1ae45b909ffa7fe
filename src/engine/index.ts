/** The composition root: the only module that knows every step and the store. */
export { nodeContext, DEFAULT_MAX_FILE_BYTES } from './node-context.js';
export type { NodeContextOptions } from './node-context.js';
export { safeFetch, checkUrl, isPrivateAddress } from './safe-fetch.js';
export { resolveStoreOptions, openStoreAt, DEFAULT_DB_DIR, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom } from './store-open.js';
export type { StoreLocation } from './store-open.js';
export { ingestArticles, ingestIntoStore } from './store-ingest.js';
export type { IngestOptions, IngestSummary } from './store-ingest.js';
export { createStoryAssigner, storyIdFor, DEFAULT_ASSIGN_WINDOW } from './store-assign.js';
export type { StoryAssigner } from './store-assign.js';
export { realignStory, realignStale, storyResult } from './store-story.js';
export { loadStoreStages, stageLoadErrors } from './store-stages.js';
export type { StoreStages } from './store-stages.js';
export { terminalProgress } from './store-progress.js';
export type { ProgressCounts } from './store-progress.js';
export { analyzeBatch, publicArticle } from './analyze-batch.js';
export type { AnalyzeBatchOptions, BatchStages, AlignedStory } from './analyze-batch.js';
export { readSources as readArticles } from '../ingest/index.js';
export * from './watch/index.js';
