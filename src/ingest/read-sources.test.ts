import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readSources } from './read-sources.js';
import { testContext } from '../../test/support/context.js';
import { isEngineError, type IngestedArticle } from '../core/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url)));
const STORY = 'Harbour news\n\nThe ferry to the islands will run twice a day from May, the operator said on Monday.';

async function collect(inputs: string[], ctx: ReturnType<typeof testContext>, stdin?: string): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const a of readSources(inputs, ctx, { fetchPages: false, ...(stdin ? { stdin: new TextEncoder().encode(stdin) } : {}) })) out.push(a);
  return out;
}

test('should read a directory recursively, every format, with ids from file names', async () => {
  const ctx = testContext({
    files: {
      'in/a.txt': STORY,
      'in/sub/page.html.gz': new Uint8Array(gzipSync(fixture('article.html'))),
      'in/sub/dump.jsonl': fixture('articles.jsonl'),
      'in/feeds/rss.xml': fixture('feed-rss.xml'),
      'in/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0]),
    },
  });
  const articles = await collect(['in'], ctx);
  const ids = articles.map((a) => a.id);
  assert.ok(ids.includes('a'));
  assert.ok(ids.includes('page'));
  assert.ok(ids.includes('kiln-1'));
  assert.equal(articles.filter((a) => a.source.startsWith('in/feeds/rss.xml#')).length, 2);
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'skipped-files'));
});

test('should go on past a bad file in a batch and report it by name', async () => {
  const ctx = testContext({ files: { 'b/1.txt': STORY, 'b/2.txt': new Uint8Array([0, 1, 2, 3, 0, 0]), 'b/3.txt': STORY } });
  const articles = await collect(['b/1.txt', 'b/2.txt', 'missing.txt', 'b/3.txt'], ctx);
  assert.deepEqual(articles.map((a) => a.id), ['1', '3']);
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'binary-input' && d.source === 'b/2.txt'));
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'unreadable' && /missing\.txt/.test(d.reason)));
});

test('should throw E_NOTHING_READ naming the problems when no input yields an article', async () => {
  const ctx = testContext({ files: { 'e/empty.xml': fixture('feed-empty.xml') } });
  await assert.rejects(collect(['e/empty.xml'], ctx), (error) => isEngineError(error) && error.code === 'E_NOTHING_READ' && /empty\.xml/.test(error.message));
});

test('should read standard input for `-` and sniff its format', async () => {
  const articles = await collect(['-'], testContext(), STORY);
  assert.equal(articles[0]!.source, 'stdin');
  assert.equal(articles[0]!.title, 'Harbour news');
});

test('should fetch an http(s) URL through ctx.fetch and read it as a page', async () => {
  const html = new TextDecoder().decode(fixture('article.html'));
  const ctx = testContext({ fetch: (url) => ({ url, status: 200, headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode(html) }) });
  const [article] = await collect(['https://ledger.example/news/harbour-bridge-reopens'], ctx);
  assert.equal(article!.id, 'harbour-bridge-reopens');
  assert.equal(article!.title, 'Harbour bridge reopens after repairs');
});

test('should report a URL that cannot be fetched as a diagnostic', async () => {
  const ctx = testContext({ files: { 'ok.txt': STORY } });
  const articles = await collect(['https://down.example/x', 'ok.txt'], ctx);
  assert.equal(articles.length, 1);
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'fetch-failed' && /down\.example/.test(d.reason)));
});
