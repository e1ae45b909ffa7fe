/**
 * The per-article path of `concord watch`: skip what is stored already, analyse and make the clusterer document
 * (no lock, no transaction), then store + assign the story + save the source's cursor in one transaction, the
 * assignment lock held only from the assignment to the commit. Stories that changed are recomputed afterwards,
 * each once per batch, through per-story memos (only what the new articles changed is recomputed), never while one
 * of this worker's transactions holds the lock, and not while another worker sharing the database recomputes it.
 */
import { diagnostic, EngineError, type Article, type ArticleAnalysis, type Context, type LiveEvent } from '../../core/index.js';
import {
  claimStoryRefresh, contentHash, isRetryable, putArticle, releaseStoryRefresh, renameArticle, storyHead, storyOfArticle, touchStory,
  type IngestAction, type Queryable, type Store,
} from '../../store/index.js';
import { createStoryAssigner, type AssignDoc } from '../store-assign.js';
import { createStoryMemos, realignStory, type StoryMemos } from '../store-story.js';
import type { AnalyzeFn, StoreStages } from '../store-stages.js';
import { hasContentHash, saveCursor, type CursorUpdate } from './cursors.js';

/** What happened to one article: stored (`new`/`updated`), already there (`duplicate`), or `failed`. */
export interface ArticleOutcome {
  action: IngestAction;
  id: string;
  source: string;
  story: string | null;
}

/** Options of the pipeline. */
export interface PipelineOptions {
  /** Replaces the per-article analysis (benchmarks of the store path alone). */
  analyze?: AnalyzeFn;
  /** Recent assignments the clusterer is rebuilt from. */
  window?: number;
  onArticle?: (outcome: ArticleOutcome) => void;
  onEvent?: (event: LiveEvent) => void;
  /** Stories whose judged sentence pairs are kept between refreshes (least recently refreshed dropped; 0: none). */
  memoStories?: number;
  /** Judged sentence pairs kept per story. */
  memoPairs?: number;
}

/**
 * Default number of stories whose memos (judged sentence pairs, article parts, brief entries) are kept between
 * refreshes. Word weights come from a story's earliest articles (see corpus/align/weights.ts), so judged pairs stay
 * valid while the story grows and a refresh recomputes only what the new article changed.
 */
const MEMO_STORIES = 64;

/** A bounded least-recently-used map of per-story memos. */
function memoCache(stories: number, pairs: number | undefined): (id: string) => StoryMemos | undefined {
  const memos = new Map<string, StoryMemos>();
  return (id) => {
    if (stories <= 0) return undefined;
    let memo = memos.get(id);
    if (memo) memos.delete(id);
    else memo = createStoryMemos(pairs);
    memos.set(id, memo);
    while (memos.size > stories) memos.delete(memos.keys().next().value!);
    return memo;
  };
}

/** Where a worker's time went (wall-clock ms), for benchmarks. */
export interface PipelineTimings {
  /** Per-article analysis (no lock, no transaction). */
  analyzeMs: number;
  /** Catching up with other workers' assignments and making the clusterer document, before the transaction. */
  prepareMs: number;
  /** The article's transaction: store, assign (waiting for and holding the assignment lock), cursor, commit. */
  commitMs: number;
  /** Of commitMs: waiting for the assignment lock, and holding it until the assignment was inserted. */
  lockWaitMs: number;
  lockedMs: number;
  /** Other workers' assignments replayed into this worker's clusterer, and how many of them under the lock. */
  replayed: number;
  replayedLocked: number;
  /** Story refreshes: time, how many, and how many found another worker recomputing the story (and waited for it). */
  refreshMs: number;
  refreshes: number;
  refreshesYielded: number;
}

/** The watch pipeline over one store. */
export interface WatchPipeline {
  /** Stores one article (and `cursor`, in the same transaction); its story is marked for refresh. */
  ingest(article: Article, cursor?: CursorUpdate): Promise<ArticleOutcome>;
  /** Saves a cursor on its own (a source that yielded nothing new). */
  commitCursor(update: CursorUpdate): Promise<void>;
  /** Recomputes alignment and brief of every story changed since the last refresh; returns their ids. */
  refresh(): Promise<string[]>;
  /** Stories waiting for a refresh, with when they were first marked (epoch ms). */
  readonly dirty: ReadonlyMap<string, number>;
  /** How many stories wait for a refresh. */
  due(): number;
  /** Where time went so far. */
  timings(): PipelineTimings;
}

/**
 * A turnstile: the functions given run one at a time, in order. The watch runs each article's transaction and
 * each story computation through one, so a refresh's CPU never delays a transaction that holds the assignment lock
 * (which would make every other worker wait for this one's refresh).
 */
function turnstile(): <T>(fn: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Attempts at one article's transaction when it loses a race with another worker. */
const ATTEMPTS = 5;

/** A story's row as events report it. */
async function storyHeadOf(db: Queryable, id: string): Promise<{ title: string; articles: number; revision: number } | null> {
  const head = await storyHead(db, id);
  return head ? { title: head.title, articles: head.articleCount, revision: head.revision } : null;
}

/** True when a story's details already reflect its current membership. */
async function isAligned(db: Queryable, id: string): Promise<boolean> {
  const head = await storyHead(db, id);
  return head !== null && head.alignedRevision >= head.revision;
}

/** Analyses one article; an unexpected failure becomes a diagnostic and an empty analysis (the watch goes on). */
function analyzeSafely(analyze: AnalyzeFn, article: Article, ctx: Context): ArticleAnalysis {
  try {
    return analyze(article, ctx);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const d = diagnostic('error', 'analysis-failed', `Analysing the article failed: ${(error as Error)?.message ?? String(error)}`, { article: article.id });
    ctx.report(d);
    return { article: article.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [d] };
  }
}

/** Creates the pipeline; `stages` come from loadStoreStages(). */
export function createPipeline(store: Store, ctx: Context, stages: StoreStages, options: PipelineOptions = {}): WatchPipeline {
  const analyze = options.analyze ?? stages.analyze;
  const assigner = createStoryAssigner(stages, { window: options.window });
  const dirty = new Map<string, number>();
  const memoOf = memoCache(options.memoStories ?? MEMO_STORIES, options.memoPairs);
  const t: Omit<PipelineTimings, 'lockWaitMs' | 'lockedMs' | 'replayed' | 'replayedLocked'> = {
    analyzeMs: 0, prepareMs: 0, commitMs: 0, refreshMs: 0, refreshes: 0, refreshesYielded: 0,
  };
  const since = (start: number) => performance.now() - start;
  const turn = turnstile();
  const realign = (id: string) => realignStory(store, id, stages, memoOf(id), { compute: (fn) => turn(fn) });

  const emit = async (kind: LiveEvent['kind'], story: string, article: string | null) => {
    if (!options.onEvent) return;
    const head = await storyHeadOf(store.pool, story);
    if (head) options.onEvent({ kind, story, article, ...head, at: ctx.now().toISOString() });
  };

  /**
   * Recomputes one story, never at the same time as another worker sharing the PostgreSQL database: without `wait`,
   * false when that worker is recomputing it now; with `wait`, after it finished (then only if still needed).
   */
  async function refreshOne(id: string, wait: boolean): Promise<boolean> {
    if (store.backend !== 'postgres') { await realign(id); return true; }
    const client = await store.pool.connect();
    try {
      if (!(await claimStoryRefresh(client, id, wait))) return false;
      try {
        // The other worker may have finished it meanwhile, at the latest revision.
        if (!(await isAligned(client, id))) await realign(id);
      } finally {
        await releaseStoryRefresh(client, id);
      }
      return true;
    } finally {
      client.release();
    }
  }

  async function commit(article: Article, analysis: ArticleAnalysis, hash: string, cursor?: CursorUpdate, doc?: AssignDoc): Promise<ArticleOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await store.transaction(async (db) => {
          const put = await putArticle(db, { article, analysis, contentHash: hash });
          let story: string | null;
          if (put.action === 'new') {
            const stored = put.id === article.id ? { article, analysis } : renameArticle({ article, analysis, contentHash: hash }, put.id);
            story = await assigner.assign(db, stored.article, stored.analysis, put.id === article.id ? doc : undefined);
          } else {
            story = await storyOfArticle(db, put.id);
            if (put.action === 'updated' && story !== null) await touchStory(db, story);
          }
          if (cursor) await saveCursor(db, cursor);
          return { action: put.action, id: put.id, source: article.source, story };
        });
      } catch (error) {
        assigner.reset();
        if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  return {
    dirty,
    async ingest(article, cursor) {
      const hash = contentHash(article);
      let outcome: ArticleOutcome;
      if (await hasContentHash(store.pool, hash)) {
        if (cursor) await this.commitCursor(cursor);
        outcome = { action: 'duplicate', id: article.id, source: article.source, story: null };
      } else {
        let start = performance.now();
        const analysis = analyzeSafely(analyze, article, ctx);
        t.analyzeMs += since(start);
        // Everything that needs no lock happens before the transaction: the lock is held only to assign and commit.
        start = performance.now();
        await assigner.catchUp(store.pool);
        const doc = assigner.docOf(article, analysis);
        t.prepareMs += since(start);
        start = performance.now();
        outcome = await turn(() => commit(article, analysis, hash, cursor, doc));
        t.commitMs += since(start);
      }
      if (outcome.story !== null && outcome.action !== 'duplicate') {
        if (!dirty.has(outcome.story)) dirty.set(outcome.story, Date.now());
        await emit('article', outcome.story, outcome.id);
      }
      options.onArticle?.(outcome);
      return outcome;
    },
    async commitCursor(update) {
      await store.transaction((db) => saveCursor(db, update));
    },
    async refresh() {
      const ids = [...dirty.keys()];
      /* stories another worker is recomputing right now go last, and wait for it (its result may already cover them) */
      const busy: string[] = [];
      for (const [pass, list] of [[0, ids], [1, busy]] as const) {
        for (const id of list) {
          const marked = dirty.get(id) ?? Date.now();
          dirty.delete(id);
          const start = performance.now();
          try {
            // Another worker sharing the database may have refreshed the story at its latest revision already.
            const aligned = await isAligned(store.pool, id);
            if (!aligned && !(await refreshOne(id, pass === 1))) { busy.push(id); t.refreshesYielded++; continue; }
            if (!aligned) { t.refreshes++; t.refreshMs += since(start); }
          } catch (error) {
            if (!dirty.has(id)) dirty.set(id, marked);
            throw error;
          }
          await emit('story', id, null);
        }
      }
      return ids;
    },
    due() {
      return dirty.size;
    },
    timings() {
      return { ...t, ...assigner.stats };
    },
  };
}
