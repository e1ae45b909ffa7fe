/** The web app and JSON API: create it over a Repository, serve it on Node. */
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export { startServer, isLoopbackHost } from './server.js';
export type { RunningServer, FetchHandler } from './server.js';
export { LOOPBACK_HOSTS, CONTENT_SECURITY_POLICY } from './security.js';
export { memoryRepository, metaOf } from './memory-repository.js';
export type { MemoryRepositoryOptions } from './memory-repository.js';
export { summarizeStory, outletOf, coverageBuckets } from './summarize.js';
export { storyMatches, fold, articleHit, snippetAround, paging } from './query.js';
export { openApiDocument } from './openapi.js';
export type {
  Repository, StoryQuery, StorySummary, StoryPage, StoryView, ArticleView, ArticleMeta, ArticleHit, SearchResult,
  UploadedFile, IngestRequest, IngestProgress, IngestResult, ArticleReader, OutletCount,
} from './repository.js';
export { sampleCorpus } from './testing/sample-corpus.js';
export { hostileCorpus, PWNED_PATH } from './testing/hostile-corpus.js';
export { storeRepository } from './store-repository.js';
export type { StoreRepositoryOptions } from './store-repository.js';
export { createStoryEvents, liveRoutes } from './live/index.js';
export type { StoryEvents, NumberedEvent, LiveRouteOptions } from './live/index.js';
export { ingestRunner } from './announce.js';
export type { IngestRunner } from './announce.js';
