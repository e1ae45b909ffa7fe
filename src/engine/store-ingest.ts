/**
 * The ingest pipeline into the store: read → analyze → store → assign story. Each article commits in one
 * transaction with its analysis and its story membership; a failure of one input is counted and logged, and the
 * run goes on. Stories that changed are realigned at the end (or lazily when shown).
 */
import { isEngineError, type Article, type Context } from '../core/index.js';
import {
  appendLog, contentHash, isRetryable, putArticle, renameArticle, storyOfArticle, touchStory, type ArticleRecord, type IngestAction, type Store,
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

/** Stores one analysed article and assigns its story, in one transaction; retried on a lost race. */
async function storeOne(store: Store, record: ArticleRecord, assigner: StoryAssigner): Promise<Stored> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction(async (db) => {
        const outcome = await putArticle(db, record);
        if (outcome.action === 'new') {
          const stored = outcome.id === record.article.id ? record : renameArticle(record, outcome.id);
          return { action: 'new', id: outcome.id, story: await assigner.assign(db, stored.article, stored.analysis) };
        }
        const story = await storyOfArticle(db, outcome.id);
        if (outcome.action === 'updated' && story !== null) await touchStory(db, story);
        return { action: outcome.action, id: outcome.id, story };
      });
    } catch (error) {
      assigner.reset();
      if (attempt >= 4 || !isRetryable(error)) throw error;
    }
  }
}

/** Ingests articles from any async source into the store. */
export async function ingestArticles(store: Store, articles: AsyncIterable<Article>, ctx: Context, options: IngestOptions = {}, stages?: StoreStages): Promise<IngestSummary> {
  const s = stages ?? (await loadStoreStages());
  const analyze = options.analyze ?? s.analyze;
  const assigner = createStoryAssigner(s, { window: options.window });
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, updated: 0, failed: 0, stories: [], fallbacks: s.fallbacks };
  const touched = new Set<string>();
  for await (const article of articles) {
    summary.read++;
    try {
      const record: ArticleRecord = { article, analysis: analyze(article, ctx), contentHash: contentHash(article) };
      const stored = await storeOne(store, record, assigner);
      summary[stored.action]++;
      if (stored.story !== null && stored.action !== 'duplicate') touched.add(stored.story);
      options.onArticle?.({ action: stored.action, id: stored.id, source: article.source, story: stored.story });
    } catch (error) {
      summary.failed++;
      await recordFailure(store, article.source, error, article.id);
      options.onArticle?.({ action: 'failed', id: article.id, source: article.source, story: null });
    }
    ctx.progress.tick();
  }
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
