/**
 * The ingest pipeline into the store: read → analyze → store → assign story. Each article commits in one
 * transaction with its analysis and its story membership; a failure of one input is counted and logged, and the
 * run goes on. Stories that changed are realigned at the end (or lazily when shown).
 */
import type pg from 'pg';
import { isEngineError, type Article, type Context } from '../core/index.js';
import {
  appendLog, contentHash, isRetryable, putArticle, renameArticle, touchStory, withSavepoint, type ArticleRecord, type IngestAction, type Store,
} from '../store/index.js';
import { createStoryAssigner, type StoryAssigner } from './store-assign.js';
import { realignStory } from './store-story.js';
import { loadStoreStages, type AnalyzeFn, type StoreStages } from './store-stages.js';

/** Options for an ingest run. */
export interface IngestOptions {
  /** Outlet forced on every article (`--outlet`). */
  outlet?: string;
  /** Bytes of stdin, for the input `-`. */
  stdin?: Uint8Array;
  /** Replaces the per-article analysis (tests and benchmarks that measure the store alone). */
  analyze?: AnalyzeFn;
  /** Realign changed stories at the end (default true). */
  align?: boolean;
  /**
   * Articles per transaction (default 1). Above 1 each article still commits whole, inside its own savepoint;
   * a kill loses at most the open batch, which the next run stores again.
   */
  batchSize?: number;
  /** Recent assignments the clusterer is rebuilt from. */
  window?: number;
  /** Called after each article with what happened to it. */
  onArticle?: (event: { action: IngestAction; id: string | null; source: string; story: string | null }) => void;
}

/** What an ingest run did. */
export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  updated: number;
  failed: number;
  /** Stories that gained or changed an article. */
  stories: string[];
  /** Stages that ran on a fallback (see store-stages.ts). */
  fallbacks: string[];
}

/** The outcome of storing one article. */
interface Stored { action: Exclude<IngestAction, 'failed'>; id: string; story: string | null }

/** Stores one analysed article and assigns its story, on a client inside a transaction. */
async function storeIn(db: pg.PoolClient, record: ArticleRecord, assigner: StoryAssigner): Promise<Stored> {
  const outcome = await putArticle(db, record);
  if (outcome.action === 'new') {
    const stored = outcome.id === record.article.id ? record : renameArticle(record, outcome.id);
    return { action: 'new', id: outcome.id, story: await assigner.assign(db, stored.article, stored.analysis) };
  }
  if (outcome.action === 'updated' && outcome.storyId !== null) await touchStory(db, outcome.storyId);
  return { action: outcome.action, id: outcome.id, story: outcome.storyId };
}

/** Retries of a lost race (deadlock, unique violation, serialization failure) before an article counts as failed. */
const MAX_RETRIES = 8;

/** Waits a short, growing, jittered time before a retry, so two writers that deadlocked do not meet again at once. */
function backoff(tries: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (tries + 1)));
}

/**
 * Stores a batch of articles in one transaction. With one article that is the whole transaction; with more,
 * each article sits in its own savepoint, so it commits whole (article, analysis, story) or not at all, and a
 * bad one fails alone. A lost race (unique violation, deadlock) is retried.
 */
async function storeBatch(store: Store, records: ArticleRecord[], assigner: StoryAssigner): Promise<(Stored | Error)[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction(async (db) => {
        if (records.length === 1) return [await storeIn(db, records[0]!, assigner)];
        const results: (Stored | Error)[] = [];
        for (const record of records) {
          for (let tries = 0; ; tries++) {
            try {
              results.push(await withSavepoint(db, () => storeIn(db, record, assigner)));
              break;
            } catch (error) {
              assigner.reset();
              if (tries < MAX_RETRIES && isRetryable(error)) {
                await backoff(tries);
                continue;
              }
              results.push(error instanceof Error ? error : new Error(String(error)));
              break;
            }
          }
        }
        return results;
      });
    } catch (error) {
      assigner.reset();
      if (attempt >= MAX_RETRIES || !isRetryable(error)) return records.map(() => (error instanceof Error ? error : new Error(String(error))));
      await backoff(attempt);
    }
  }
}

/** Ingests articles from any async source into the store. */
export async function ingestArticles(store: Store, articles: AsyncIterable<Article>, ctx: Context, options: IngestOptions = {}, stages?: StoreStages): Promise<IngestSummary> {
  const s = stages ?? (await loadStoreStages());
  const analyze = options.analyze ?? s.analyze;
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const assigner = createStoryAssigner(s, { window: options.window });
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, updated: 0, failed: 0, stories: [], fallbacks: s.fallbacks };
  const touched = new Set<string>();
  let batch: ArticleRecord[] = [];
  const fail = async (article: Article, error: unknown) => {
    summary.failed++;
    await recordFailure(store, article.source, error, article.id);
    options.onArticle?.({ action: 'failed', id: article.id, source: article.source, story: null });
  };
  const flush = async () => {
    const records = batch;
    batch = [];
    const results = await storeBatch(store, records, assigner);
    for (const [i, result] of results.entries()) {
      const article = records[i]!.article;
      if (result instanceof Error) { await fail(article, result); continue; }
      summary[result.action]++;
      if (result.story !== null && result.action !== 'duplicate') touched.add(result.story);
      options.onArticle?.({ action: result.action, id: result.id, source: article.source, story: result.story });
    }
    ctx.progress.tick(records.length);
  };
  for await (const article of articles) {
    summary.read++;
    try {
      batch.push({ article, analysis: analyze(article, ctx), contentHash: contentHash(article) });
    } catch (error) {
      await fail(article, error);
      ctx.progress.tick();
    }
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  summary.stories = [...touched].sort();
  if (options.align !== false) for (const id of summary.stories) await realignStory(store, id, s);
  return summary;
}

/** Logs a failed input (and reports it on the context); never throws. */
async function recordFailure(store: Store, source: string, error: unknown, articleId: string | null): Promise<void> {
  const detail = isEngineError(error) ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error);
  await appendLog(store.pool, { action: 'failed', source, articleId, detail }).catch(() => undefined);
}

/** Reads every input (one failing input is counted and logged, the rest go on) and yields its articles. */
async function* readEach(inputs: string[], ctx: Context, options: IngestOptions, stages: StoreStages, onFail: (input: string, error: unknown) => Promise<void>): AsyncGenerator<Article> {
  for (const input of inputs) {
    try {
      yield* stages.readSources([input], ctx, { outlet: options.outlet, stdin: options.stdin });
    } catch (error) {
      await onFail(input, error);
    }
  }
}

/** `concord ingest`: reads paths, directories, URLs or `-` and ingests every article found. */
export async function ingestIntoStore(store: Store, inputs: string[], ctx: Context, options: IngestOptions = {}): Promise<IngestSummary & { unreadable: { input: string; message: string }[] }> {
  const stages = await loadStoreStages();
  const unreadable: { input: string; message: string }[] = [];
  const onFail = async (input: string, error: unknown) => {
    unreadable.push({ input, message: isEngineError(error) ? error.message : error instanceof Error ? error.message : String(error) });
    await recordFailure(store, input, error, null);
  };
  const summary = await ingestArticles(store, readEach(inputs, ctx, options, stages, onFail), ctx, options, stages);
  return { ...summary, failed: summary.failed + unreadable.length, unreadable };
}
