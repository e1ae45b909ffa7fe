/**
 * What the watch does with one unit of work: a settled file, a due feed, a line of stdin. Each stores its
 * articles in order through the pipeline, with the source's cursor riding on the last one, and checks between
 * articles whether the watch is stopping (the article in flight commits; the next is not started).
 */
import { resolve } from 'node:path';
import type { Article, Context, Diagnostic } from '../../core/index.js';
import { readDocument } from '../../ingest/index.js';
import { bytesHash, cursorKey, type Cursor, type CursorUpdate, type FeedCursor, type FileCursor } from './cursors.js';
import { pollFeed } from './feeds.js';
import type { WatchPipeline } from './pipeline.js';
import type { PollOutcome } from './schedule.js';
import type { FileSignature } from './settle.js';
import { articleFromLine } from './stdin.js';

/** What every task needs. */
export interface TaskEnv {
  ctx: Context;
  pipeline: WatchPipeline;
  /** Cursors by key, as last committed. */
  cursors: Map<string, Cursor>;
  outlet?: string;
  fetchPages?: boolean;
  stopping(): boolean;
  /** Counts a failure and says what failed. */
  failed(message: string): void;
  warn(message: string): void;
}

/** Stores a source's articles in order; the cursor rides with the last one (or alone when there is none). False when stopped midway. */
export async function ingestAll(env: TaskEnv, articles: Article[], cursor: CursorUpdate): Promise<boolean> {
  for (let i = 0; i < articles.length; i++) {
    if (env.stopping()) return false;
    const last = i === articles.length - 1;
    try {
      await env.pipeline.ingest(articles[i]!, last ? cursor : undefined);
    } catch (error) {
      env.failed(`${articles[i]!.source}: not stored (${(error as Error).message})`);
      if (last) await env.pipeline.commitCursor(cursor);
    }
  }
  if (articles.length === 0) await env.pipeline.commitCursor(cursor);
  env.cursors.set(cursor.key, cursor.cursor);
  return true;
}

/** Reads one settled file (throws when it cannot be read); an unchanged hash only refreshes the cursor. */
export async function ingestFile(env: TaskEnv, path: string, sig: FileSignature): Promise<void> {
  const key = cursorKey('file', resolve(path));
  const bytes = await env.ctx.readFile(path);
  const cursor: FileCursor = { kind: 'file', mtimeMs: sig.mtimeMs, size: sig.size, hash: bytesHash(bytes) };
  const previous = env.cursors.get(key);
  if (previous?.kind === 'file' && previous.hash === cursor.hash) {
    if (previous.mtimeMs !== cursor.mtimeMs) await env.pipeline.commitCursor({ key, cursor });
    env.cursors.set(key, cursor);
    return;
  }
  const articles: Article[] = [];
  for await (const item of readDocument(bytes, { source: path, name: path }, env.ctx, { outlet: env.outlet, fetchPages: env.fetchPages })) {
    if (!('id' in item && 'text' in item)) { env.ctx.report(item as Diagnostic); continue; }
    for (const d of item.diagnostics) env.ctx.report(d);
    if (item.text !== '') articles.push(item);
  }
  await ingestAll(env, articles, { key, cursor });
}

/** Polls one feed and stores its new items; returns the outcome for the schedule. */
export async function ingestFeed(env: TaskEnv, url: string): Promise<PollOutcome> {
  const key = cursorKey('feed', url);
  const previous = env.cursors.get(key);
  const poll = await pollFeed(url, previous?.kind === 'feed' ? previous : null, env.ctx, { outlet: env.outlet, fetchPages: env.fetchPages });
  poll.diagnostics.forEach((d) => env.ctx.report(d));
  if (poll.outcome.kind === 'error') env.warn(poll.diagnostics[0]?.reason ?? `${url}: poll failed`);
  const changed = poll.cursor !== previous && JSON.stringify(poll.cursor) !== JSON.stringify(previous);
  if (poll.articles.length > 0 || changed) await ingestAll(env, poll.articles, { key, cursor: poll.cursor as FeedCursor });
  return poll.outcome;
}

/** Stores the article of one stdin line (stdin has no cursor: stored content is recognised by its hash). */
export async function ingestLine(env: TaskEnv, line: number, text: string): Promise<void> {
  const read = articleFromLine(text, line, env.outlet);
  read.diagnostics.forEach((d) => env.ctx.report(d));
  if (read.article === null || read.article.text === '') return;
  read.article.diagnostics.forEach((d) => env.ctx.report(d));
  try {
    await env.pipeline.ingest(read.article);
  } catch (error) {
    env.failed(`stdin:${line}: not stored (${(error as Error).message})`);
  }
}
