import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FetchOptions, FetchResponse } from '../../core/index.js';
import { testContext } from '../../../test/support/context.js';
import { pollFeed } from './feeds.js';

/** An RSS feed of made-up items, each with enough content to stand as the article. */
function rss(items: string[]): string {
  const body = items.map((id) => `<item><title>Item ${id}</title><link>https://news.example.test/${id}</link>
    <description>${`Story ${id} about the Northport harbour works. `.repeat(20)}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>${body}</channel></rss>`;
}

/** A context whose fetch answers from `respond` and records request headers. */
function feedContext(respond: (headers: Record<string, string>) => Partial<FetchResponse>) {
  const calls: Record<string, string>[] = [];
  const ctx = testContext();
  ctx.fetch = async (url: string, options: FetchOptions = {}) => {
    calls.push(options.headers ?? {});
    const r = respond(options.headers ?? {});
    return { url, status: 200, headers: {}, body: new Uint8Array(), ...r };
  };
  return { ctx, calls };
}

test('should take only new items and send the validators back on the next poll', async () => {
  let items = ['a', 'b'];
  const { ctx, calls } = feedContext((h) => (h['if-none-match'] === '"v2"'
    ? { status: 304 }
    : { headers: { etag: items.length === 2 ? '"v1"' : '"v2"', 'last-modified': 'Thu, 01 Jan 2026 00:00:00 GMT' }, body: new TextEncoder().encode(rss(items)) }));
  const first = await pollFeed('https://news.example.test/feed', null, ctx, { fetchPages: false });
  assert.equal(first.outcome.kind, 'ok');
  assert.deepEqual(first.articles.map((a) => a.title), ['Item a', 'Item b']);
  assert.equal(first.cursor.etag, '"v1"');
  items = ['c', 'a', 'b'];
  const second = await pollFeed('https://news.example.test/feed', first.cursor, ctx, { fetchPages: false });
  assert.equal(calls[1]!['if-none-match'], '"v1"');
  assert.equal(calls[1]!['if-modified-since'], 'Thu, 01 Jan 2026 00:00:00 GMT');
  assert.deepEqual(second.articles.map((a) => a.title), ['Item c']);
  assert.equal(second.cursor.seen.length, 3);
  const third = await pollFeed('https://news.example.test/feed', second.cursor, ctx, { fetchPages: false });
  assert.equal(third.outcome.kind, 'not-modified');
  assert.equal(third.articles.length, 0);
  assert.deepEqual(third.cursor, second.cursor);
});

test('should report an HTTP error with its Retry-After and keep the old cursor', async () => {
  const { ctx } = feedContext(() => ({ status: 503, headers: { 'retry-after': '120' } }));
  const before = { kind: 'feed' as const, etag: '"x"', lastModified: null, seen: ['k'] };
  const poll = await pollFeed('https://news.example.test/feed', before, ctx);
  assert.deepEqual(poll.outcome, { kind: 'error', retryAfterMs: 120_000 });
  assert.equal(poll.cursor, before);
  assert.equal(poll.diagnostics[0]?.rule, 'feed-poll-failed');
});

test('should report a network failure or a non-feed body as an error outcome, not a throw', async () => {
  const down = testContext();
  const failed = await pollFeed('https://news.example.test/feed', null, down);
  assert.equal(failed.outcome.kind, 'error');
  const { ctx } = feedContext(() => ({ body: new TextEncoder().encode('<html><body>not a feed</body></html>') }));
  const html = await pollFeed('https://news.example.test/feed', null, ctx);
  assert.equal(html.outcome.kind, 'error');
});

test('should refuse a gzip feed that inflates past the user-set cap, keeping the old cursor', async () => {
  const { gzipSync } = await import('node:zlib');
  const body = new Uint8Array(gzipSync(rss(['a', 'b', 'c'])));
  const { ctx } = feedContext(() => ({ body }));
  const open = await pollFeed('https://news.example.test/feed', null, ctx, { fetchPages: false });
  assert.equal(open.outcome.kind, 'ok');
  ctx.limits = { maxInflatedBytes: 1024 };
  const capped = await pollFeed('https://news.example.test/feed', null, ctx, { fetchPages: false });
  assert.equal(capped.outcome.kind, 'error');
  assert.equal(capped.articles.length, 0);
  assert.ok(capped.diagnostics.some((d) => d.rule === 'too-large'), JSON.stringify(capped.diagnostics));
});
