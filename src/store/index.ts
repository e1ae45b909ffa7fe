/** The store: one schema, numbered migrations, and queries, on embedded PGlite or a PostgreSQL server (through `pg`). */
export { openStore } from './open.js';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
export type { Migration } from './schema.js';
export { contentHash, articleKey } from './hash.js';
export { putArticle, getArticle, loadArticles, countArticles, articleIdsAfter, renameArticle } from './articles.js';
export {
  lockAssignment, claimStoryRefresh, releaseStoryRefresh, membershipsAfter, recentMemberships, assignArticle, touchStory, storyOfArticle, listStories, staleStories, getStory,
} from './stories.js';
export type { Membership } from './stories.js';
export { saveStoryDetails } from './details.js';
export type { StoryDetails } from './details.js';
export { appendLog, readLog } from './log.js';
export type { LogInput } from './log.js';
export { exportLines, EXPORT_FORMAT, EXPORT_VERSION } from './export.js';
export { importLines } from './import.js';
export type { ImportSummary } from './import.js';
export { redactUrl, storeError, isUniqueViolation, isRetryable } from './errors.js';
export { LOCK_FILE } from './lock.js';
export type {
  Backend, StoreOptions, Queryable, Store, IngestAction, StoredArticle, PutOutcome, ArticleRecord, StorySummary, StoredStory, LogEntry,
} from './types.js';
export { loadCursorValues, saveCursorValue, hasContentHash } from './cursors.js';
export { latestStoryUpdate, storiesChangedSince, alignedStories, storyHead, withSavepoint } from './changes.js';
export type { StoryChange } from './changes.js';
export { storyListPage, searchArticles, textQuery } from './search.js';
export type { StoryFilter, StoryListRow, StoryListPage, ArticleSearchHit } from './search.js';
