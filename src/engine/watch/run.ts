/**
 * `concord watch` as a library: directories, feeds and stdin produce work into one queue; one consumer stores
 * articles in order and refreshes the stories they touched. stop() lets the article in flight commit and starts
 * no other; cursors saved with each source's last article let a restart resume where it stopped.
 */
import { stat } from 'node:fs/promises';
import { resolve, relative, join } from 'node:path';
import { EngineError, type Context, type LiveEvent } from '../../core/index.js';
import type { Store } from '../../store/index.js';
import { loadStoreStages, type AnalyzeFn } from '../store-stages.js';
import { loadCursors, type Cursor } from './cursors.js';
import { listWatchedFiles, watchDirectory, type DirectoryWatcher } from './directory.js';
import { createPipeline, type ArticleOutcome, type PipelineTimings } from './pipeline.js';
import { DEFAULT_SCHEDULE, dueFeeds, initialSchedule, nextSchedule, untilNextDue, type FeedSchedule, type ScheduleOptions } from './schedule.js';
import type { FileSignature } from './settle.js';
import { streamLines } from './stdin.js';
import { ingestFeed, ingestFile, ingestLine, type TaskEnv } from './tasks.js';

/** Options of a watch. */
export interface WatchOptions {
  /** Directories, feed URLs (http/https), or `-` for JSON lines on `stdin`. */
  sources: string[];
  stdin?: NodeJS.ReadableStream;
  /** Take what is there now (files, one poll per feed, stdin to its end), then finish. */
  once?: boolean;
  outlet?: string;
  settleMs?: number;
  rescanMs?: number;
  fsWatch?: boolean;
  schedule?: Partial<ScheduleOptions>;
  fetchPages?: boolean;
  /** Longest a changed story waits for its refresh while more work is queued (ms, default 1000). */
  refreshEveryMs?: number;
  analyze?: AnalyzeFn;
  window?: number;
  onArticle?: (outcome: ArticleOutcome) => void;
  onEvent?: (event: LiveEvent) => void;
  onWarning?: (message: string) => void;
  random?: () => number;
}

/** What a watch did. */
export interface WatchSummary {
  read: number;
  new: number;
  duplicate: number;
  updated: number;
  failed: number;
  /** Story refreshes (alignment and brief recomputed). */
  refreshed: number;
  /** True when stop() ended it. */
  stopped: boolean;
  /** Stages running on a fallback (see store-stages.ts). */
  fallbacks: string[];
  /** Where the worker's time went (filled when the watch ends). */
  timings?: PipelineTimings;
}

/** A running watch. */
export interface WatchHandle {
  /** Resolves when every source has been scanned or polled once. */
  ready: Promise<void>;
  /** Resolves when the watch ends (after stop(), or with `once` / stdin alone when everything was taken). */
  done: Promise<WatchSummary>;
  /** Ends the watch: the article in flight is committed, no other is started. */
  stop(): void;
}

/** One unit of work in the queue. */
interface Task { key: string; run(): Promise<void> }

/** Queue length at which stdin reading waits (backpressure on the crawler). */
const STDIN_HIGH_WATER = 256;

/** Sorts the sources into directories, feeds and stdin; anything else is misuse. */
async function classify(sources: string[], ctx: Context): Promise<{ dirs: string[]; feeds: string[]; stdin: boolean }> {
  if (sources.length === 0) throw new EngineError('E_USAGE', 'give at least one directory, feed URL or `-` to watch');
  const dirs: string[] = [];
  const feeds: string[] = [];
  let stdin = false;
  for (const s of sources) {
    if (s === '-') stdin = true;
    else if (/^https?:\/\//i.test(s)) feeds.push(s);
    else if (await ctx.isDirectory(s)) dirs.push(s);
    else throw new EngineError('E_USAGE', `${s}: watch follows directories, feed URLs and \`-\`; put the file in a directory or use \`concord ingest\``, { subject: s });
  }
  return { dirs, feeds, stdin };
}

/** Starts a watch over an open store. */
export async function startWatch(store: Store, ctx: Context, options: WatchOptions): Promise<WatchHandle> {
  const { dirs, feeds, stdin } = await classify(options.sources, ctx);
  if (stdin && !options.stdin) throw new EngineError('E_USAGE', '`-` reads standard input, but none was given');
  const stages = await loadStoreStages();
  const cursors: Map<string, Cursor> = await loadCursors(store.pool);
  const summary: WatchSummary = { read: 0, new: 0, duplicate: 0, updated: 0, failed: 0, refreshed: 0, stopped: false, fallbacks: stages.fallbacks };
  const pipeline = createPipeline(store, ctx, stages, {
    analyze: options.analyze, window: options.window, onEvent: options.onEvent,
    onArticle: (o) => { summary.read++; summary[o.action]++; options.onArticle?.(o); },
  });
  const warn = (m: string) => options.onWarning?.(m);
  const schedule: ScheduleOptions = { ...DEFAULT_SCHEDULE, ...(options.schedule ?? {}) };
  const random = options.random ?? Math.random;
  const refreshEveryMs = options.refreshEveryMs ?? 1000;

  const queue: Task[] = [];
  const queued = new Set<string>();
  let wake: (() => void) | null = null;
  const drainWaiters: (() => void)[] = [];
  let stopping = false;
  let producers = 0;
  const continuous = !options.once && (dirs.length > 0 || feeds.length > 0);
  const poke = () => { const w = wake; wake = null; w?.(); };
  const enqueue = (task: Task) => {
    if (stopping || queued.has(task.key)) return;
    queued.add(task.key);
    queue.push(task);
    poke();
  };

  const env: TaskEnv = {
    ctx, pipeline, cursors, outlet: options.outlet, fetchPages: options.fetchPages, stopping: () => stopping, warn,
    failed: (m) => { summary.failed++; warn(m); },
  };
  /** One settled file; a failed read is offered again at the next event or rescan. */
  const fileTask = (path: string, sig: FileSignature, watcher: DirectoryWatcher | null): Task => ({
    key: `file:${path}`,
    async run() {
      try {
        await ingestFile(env, path, sig);
      } catch (error) {
        watcher?.retry(path);
        env.failed(`${path}: ${(error as Error).message}`);
      }
    },
  });

  const states = new Map<string, FeedSchedule>(feeds.map((url) => [url, initialSchedule(Date.now())]));
  let feedTimer: NodeJS.Timeout | null = null;
  const armFeeds = () => {
    if (feedTimer) clearTimeout(feedTimer);
    feedTimer = null;
    const wait = untilNextDue(states, Date.now());
    if (wait !== null && Number.isFinite(wait) && !stopping && continuous) feedTimer = setTimeout(fireFeeds, Math.min(wait, 2 ** 31 - 1));
  };
  const feedTask = (url: string): Task => ({
    key: `feed:${url}`,
    async run() {
      try {
        const outcome = await ingestFeed(env, url);
        states.set(url, nextSchedule(states.get(url) ?? initialSchedule(Date.now()), outcome, Date.now(), schedule, random()));
      } catch (error) {
        states.set(url, nextSchedule(states.get(url) ?? initialSchedule(Date.now()), { kind: 'error' }, Date.now(), schedule, random()));
        throw error;
      } finally {
        if (options.once) producers--;
        armFeeds();
      }
    },
  });
  function fireFeeds(): void {
    for (const url of dueFeeds(states, Date.now())) {
      states.set(url, { ...states.get(url)!, due: Number.POSITIVE_INFINITY });
      enqueue(feedTask(url));
    }
    armFeeds();
  }

  const watchers: DirectoryWatcher[] = [];
  const readyParts: Promise<void>[] = [];
  for (const dir of dirs) {
    if (options.once) {
      producers++;
      readyParts.push(listWatchedFiles(dir).then(async (files) => {
        for (const path of files) {
          const s = await stat(path);
          enqueue(fileTask(path, { size: s.size, mtimeMs: s.mtimeMs }, null));
        }
      }).finally(() => { producers--; poke(); }));
      continue;
    }
    const root = resolve(dir);
    const known: [string, FileSignature][] = [];
    for (const [k, c] of cursors) {
      const abs = k.slice('file:'.length);
      if (c.kind === 'file' && k.startsWith('file:') && abs.startsWith(`${root}/`)) known.push([join(dir, relative(root, abs)), { size: c.size, mtimeMs: c.mtimeMs }]);
    }
    let watcher: DirectoryWatcher | null = null;
    watcher = watchDirectory(dir, (path, sig) => enqueue(fileTask(path, sig, watcher)), {
      settleMs: options.settleMs, rescanMs: options.rescanMs, fsWatch: options.fsWatch, known, onWarning: warn,
    });
    watchers.push(watcher);
    readyParts.push(watcher.ready);
  }
  if (feeds.length > 0) {
    if (options.once) producers += feeds.length;
    fireFeeds();
  }
  if (stdin) {
    producers++;
    void (async () => {
      try {
        for await (const { line, text } of streamLines(options.stdin!)) {
          while (queue.length >= STDIN_HIGH_WATER && !stopping) await new Promise<void>((r) => drainWaiters.push(r));
          if (stopping) break;
          enqueue({
            key: `stdin:${line}`,
            run: () => ingestLine(env, line, text),
          });
        }
      } catch (error) {
        warn(`stdin: ${(error as Error).message}`);
      } finally {
        producers--;
        poke();
      }
    })();
  }

  const refresh = async () => { summary.refreshed += (await pipeline.refresh()).length; };
  const oldestDirty = () => Math.min(...pipeline.dirty.values());
  /* story refreshes run beside ingest (one batch at a time, every changed story once per batch), never inside its lock */
  let refreshing: Promise<void> | null = null;
  const startRefresh = () => {
    if (refreshing !== null || pipeline.due() === 0) return;
    refreshing = refresh().catch((e) => warn(`refresh: ${(e as Error).message}`)).finally(() => { refreshing = null; poke(); });
  };
  async function loop(): Promise<WatchSummary> {
    while (!stopping) {
      const task = queue.shift();
      drainWaiters.splice(0).forEach((r) => r());
      if (task) {
        queued.delete(task.key);
        try {
          await task.run();
        } catch (error) {
          summary.failed++;
          warn(`${task.key}: ${(error as Error).message}`);
        }
        if (pipeline.due() > 0 && (queue.length === 0 || Date.now() - oldestDirty() >= refreshEveryMs)) startRefresh();
        continue;
      }
      if (pipeline.due() > 0) startRefresh();
      if (!continuous && producers === 0 && queue.length === 0) break;
      await new Promise<void>((r) => { wake = r; });
    }
    if (refreshing !== null) await refreshing;
    /* what is still changed gets its refresh before the watch ends */
    if (pipeline.dirty.size > 0) await refresh().catch((e) => warn(`refresh: ${(e as Error).message}`));
    summary.timings = pipeline.timings();
    return summary;
  }

  const done = loop().finally(() => {
    stopping = true;
    if (feedTimer) clearTimeout(feedTimer);
    watchers.forEach((w) => w.close());
    drainWaiters.splice(0).forEach((r) => r());
  });
  return {
    ready: Promise.all(readyParts).then(() => undefined),
    done,
    stop() {
      if (stopping) return;
      stopping = true;
      summary.stopped = true;
      poke();
    },
  };
}
