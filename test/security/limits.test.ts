import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeContext } from '../../src/engine/index.js';
import { readSources, feedArticles, parseFeed } from '../../src/ingest/index.js';
import { isEngineError } from '../../src/core/index.js';
import { testContext } from '../support/context.js';

test('should refuse a file over the size limit with E_TOO_LARGE and read the other inputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-limits-'));
  try {
    writeFileSync(join(dir, 'big.txt'), `Harbour talks.\n\n${'Officials said the talks resumed. '.repeat(200)}`);
    writeFileSync(join(dir, 'small.txt'), 'Harbour talks.\n\nOfficials said the talks resumed.');
    const ctx = nodeContext({ maxFileBytes: 1024 });
    await assert.rejects(ctx.readFile(join(dir, 'big.txt')), (e: unknown) => isEngineError(e) && e.code === 'E_TOO_LARGE' && /exceeds the limit of 1024/.test(e.message));
    const read = [];
    for await (const a of readSources([dir], ctx)) read.push(a.id);
    assert.deepEqual(read, ['small']);
    assert.ok(ctx.diagnostics.some((d) => d.rule === 'unreadable' && /big\.txt.*exceeds/.test(d.reason)), JSON.stringify(ctx.diagnostics));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should bound the pages fetched for one feed and keep the summaries beyond it with a diagnostic', async () => {
  const items = Array.from({ length: 1000 }, (_, i) => `<item><title>Item ${i}</title><link>https://news.example/${i}</link><description>Short summary ${i}.</description></item>`).join('');
  const feed = parseFeed(`<rss><channel><title>Big</title>${items}</channel></rss>`, null);
  assert.ok(feed && feed.items.length === 1000);
  let fetched = 0;
  const ctx = testContext({ fetch: () => { fetched++; return { url: 'https://news.example/x', status: 200, headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode('<p>Page text.</p>') }; } });
  let articles = 0;
  let capped = 0;
  for await (const a of feedArticles(feed, 'big.xml', ctx)) {
    articles++;
    if (a.diagnostics.some((d) => d.rule === 'fetch-capped')) capped++;
  }
  assert.equal(articles, 1000);
  assert.ok(fetched <= 200, `${fetched} pages fetched for one feed`);
  assert.equal(capped, 1000 - fetched, 'every item left with its summary says so');
});

test('should take the page-fetch and gzip caps from the context limits (the CLI flags set them)', async () => {
  const items = Array.from({ length: 30 }, (_, i) => `<item><title>Item ${i}</title><link>https://news.example/${i}</link><description>Short summary ${i}.</description></item>`).join('');
  const feed = parseFeed(`<rss><channel><title>Small</title>${items}</channel></rss>`, null);
  assert.ok(feed);
  let fetched = 0;
  const page = gzipSync(`<html><body><article><p>${'Page text that goes on. '.repeat(200)}</p></article></body></html>`);
  const ctx = { ...testContext({ fetch: () => { fetched++; return { url: 'https://news.example/x', status: 200, headers: { 'content-type': 'text/html' }, body: new Uint8Array(page) }; } }), limits: { maxPageFetches: 3, maxInflatedBytes: 1024 } };
  const articles = [];
  for await (const a of feedArticles(feed, 'small.xml', ctx)) articles.push(a);
  assert.equal(articles.length, 30);
  assert.equal(fetched, 3, 'three pages fetched, as the limit says');
  // The fetched pages inflate past 1 KiB: refused, so the three items keep their summaries.
  assert.ok(articles.every((a) => /Short summary/.test(a.text)), 'summaries kept');
  const roomy = { ...ctx, limits: { maxPageFetches: 3 } };
  const read = [];
  for await (const a of feedArticles(feed, 'small.xml', roomy)) read.push(a);
  assert.equal(read.filter((a) => /Page text/.test(a.text)).length, 3, 'with the default gzip cap the pages are read');
});
