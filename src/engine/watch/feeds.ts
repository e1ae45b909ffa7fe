/**
 * One poll of an RSS/Atom feed: a conditional request (If-None-Match / If-Modified-Since from the cursor), then
 * only the items not taken before become articles. The outcome feeds the pure schedule (schedule.ts).
 */
import { diagnostic, isEngineError, type Article, type Context, type Diagnostic } from '../../core/index.js';
import { decodeBytes, feedArticles, readFeed, stableId, type FeedItem } from '../../ingest/index.js';
import type { FeedCursor } from './cursors.js';
import { parseRetryAfter, type PollOutcome } from './schedule.js';

/** What one poll found. */
export interface FeedPoll {
  outcome: PollOutcome;
  /** New articles, in feed order. */
  articles: Article[];
  /** The cursor to save once these articles are stored (validators of this response, seen ids plus the new ones). */
  cursor: FeedCursor;
  diagnostics: Diagnostic[];
}

/** Options of a poll. */
export interface FeedPollOptions {
  outlet?: string;
  /** Fetch the page of a summary-only item (default true). */
  fetchPages?: boolean;
}

/** The id an item is remembered by: its link, else its guid, else its position and title. */
export function feedItemKey(url: string, item: FeedItem, index: number): string {
  return stableId(item.link ?? item.guid ?? `${url}#${index}:${item.title ?? ''}`);
}

/** An empty cursor for a feed never polled. */
export function emptyFeedCursor(): FeedCursor {
  return { kind: 'feed', etag: null, lastModified: null, seen: [] };
}

/** Polls `url` once. Never throws: a failure is an `error` outcome with a diagnostic. */
export async function pollFeed(url: string, previous: FeedCursor | null, ctx: Context, options: FeedPollOptions = {}): Promise<FeedPoll> {
  const before = previous ?? emptyFeedCursor();
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
  if (before.etag) headers['if-none-match'] = before.etag;
  if (before.lastModified) headers['if-modified-since'] = before.lastModified;
  const failed = (reason: string, retryAfterMs: number | null = null): FeedPoll => ({
    outcome: { kind: 'error', retryAfterMs }, articles: [], cursor: before,
    diagnostics: [diagnostic('warning', 'feed-poll-failed', `${url}: ${reason}`, { source: url })],
  });
  let response;
  try {
    response = await ctx.fetch(url, { headers });
  } catch (error) {
    return failed(isEngineError(error) || error instanceof Error ? error.message : String(error));
  }
  if (response.status === 304) return { outcome: { kind: 'not-modified' }, articles: [], cursor: before, diagnostics: [] };
  if (response.status >= 400) return failed(`HTTP ${response.status}`, parseRetryAfter(response.headers['retry-after'], ctx.now().getTime()));
  const charset = /charset=([\w.:-]+)/i.exec(response.headers['content-type'] ?? '')?.[1] ?? null;
  const decoded = decodeBytes(response.body, url, true, charset, ctx.limits?.maxInflatedBytes);
  if (decoded.text === null) return { ...failed('the response cannot be decoded'), diagnostics: decoded.diagnostics };
  const { feed, diagnostics } = readFeed(decoded.text, url, response.url, ctx.now());
  if (feed === null) return { ...failed('the response is not a feed'), diagnostics };
  const seen = new Set(before.seen);
  const keys = feed.items.map((item, i) => feedItemKey(url, item, i));
  const fresh = feed.items.filter((_, i) => !seen.has(keys[i]!));
  const articles: Article[] = [];
  for await (const article of feedArticles({ ...feed, items: fresh }, url, ctx, { outlet: options.outlet, fetchPages: options.fetchPages })) {
    articles.push(article);
  }
  const cursor: FeedCursor = {
    kind: 'feed', etag: response.headers.etag ?? null, lastModified: response.headers['last-modified'] ?? null,
    seen: [...before.seen, ...keys.filter((k) => !seen.has(k))],
  };
  return { outcome: { kind: 'ok' }, articles, cursor, diagnostics: diagnostics.filter((d) => d.rule !== 'empty-feed') };
}
