/** Concord's plain data types and error codes; imports nothing outside this folder. */
export type { Article, ArticleId } from './article.js';
export type { Span, Citation } from './span.js';
export { sliceSpan, cite } from './span.js';
export type { Diagnostic, Severity } from './diagnostic.js';
export { diagnostic } from './diagnostic.js';
export type {
  Sentence, EntityKind, ArticleEntity, Mention, Attribution, QuantityKind, Quantity, ArticleAnalysis,
} from './analysis.js';
export type {
  StoryEntity, StoryQuote, FactStatus, Conflict, Fact, Lineage, BriefSentence, Story, PublicArticle, AnalysisResult,
} from './story.js';
export { ERROR_CODES, EngineError, isEngineError, statusOf } from './errors.js';
export type { ErrorCode } from './errors.js';
export type { Context, Progress, FetchResponse, FetchOptions } from './context.js';
export { silentProgress } from './context.js';
export type { IngestedArticle } from './ingest.js';
export type { LiveEvent, LiveEventKind } from './live.js';
export * from './limits.js';
export { hash53, contentKey } from './content-key.js';
export { isWhiteSpaceCode } from './white-space.js';
