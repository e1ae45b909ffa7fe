/** `concord watch`: follow directories, feeds and stdin, store each new article and refresh only the stories it touched. */
export { startWatch } from './run.js';
export type { WatchOptions, WatchSummary, WatchHandle } from './run.js';
export { createPipeline } from './pipeline.js';
export type { WatchPipeline, PipelineOptions, ArticleOutcome, PipelineTimings } from './pipeline.js';
export { DEFAULT_SCHEDULE, initialSchedule, nextSchedule, backoffMs, dueFeeds, untilNextDue, parseRetryAfter } from './schedule.js';
export type { FeedSchedule, PollOutcome, ScheduleOptions } from './schedule.js';
export { createTracker, observe, takeStable, sameSignature, forget } from './settle.js';
export type { FileSignature, SettleTracker } from './settle.js';
export { watchDirectory, listWatchedFiles, isWatchedName, DEFAULT_SETTLE_MS, DEFAULT_RESCAN_MS } from './directory.js';
export type { DirectoryWatcher, DirectoryWatchOptions } from './directory.js';
export { pollFeed, feedItemKey, emptyFeedCursor } from './feeds.js';
export type { FeedPoll, FeedPollOptions } from './feeds.js';
export { articleFromLine, streamLines } from './stdin.js';
export type { StdinLine } from './stdin.js';
export { loadCursors, saveCursor, cursorKey, bytesHash, MAX_SEEN } from './cursors.js';
export type { Cursor, FileCursor, FeedCursor, CursorUpdate } from './cursors.js';
export { watchStoryChanges } from './store-changes.js';
