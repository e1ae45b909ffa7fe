import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parseFeed, readFeed } from './index.js';
import { readSources } from '../read-sources.js';
import { testContext } from '../../../test/support/context.js';
import type { IngestedArticle } from '../../core/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/ingest/${name}`, import.meta.url));
const text = (name: string) => fixture(name).toString('utf8');

/** Collects what readSources yields. */
async function collect(inputs: string[], ctx: ReturnType<typeof testContext>, fetchPages = true): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const a of readSources(inputs, ctx, { fetchPages })) out.push(a);
  return out;
}

test('should read RSS 2.0 items with titles, links, guids, dates, authors and content', () => {
  const feed = parseFeed(text('feed-rss.xml'))!;
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Saltmere Gazette');
  assert.equal(feed.items.length, 2);
  const [first, second] = feed.items;
  assert.equal(first!.title, 'Lighthouse keeper retires after forty years');
  assert.equal(first!.link, 'https://gazette.example/2025/04/lighthouse-keeper');
  assert.equal(first!.guid, 'gz-1001');
  assert.equal(first!.published, '2025-04-08T07:15:00.000Z');
  assert.equal(first!.author, 'Tomas Reedley');
  assert.match(first!.content!, /one hundred and twelve steps/);
  assert.equal(second!.title, 'Market square to close for & festival');
  assert.equal(second!.published, '2025-04-07T16:00:00.000Z');
});

test('should read Atom entries: html titles, relative links, xhtml content, published before updated', () => {
  const feed = parseFeed(text('feed-atom.xml'))!;
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.title, 'Northfield Courier');
  assert.equal(feed.items[0]!.title, 'School garden wins prize');
  assert.equal(feed.items[0]!.link, 'https://courier.example/2025/05/school-garden');
  assert.equal(feed.items[0]!.published, '2025-05-01T07:00:00.000Z');
  assert.equal(feed.items[0]!.author, 'Lena Okafor');
  assert.equal(feed.items[1]!.published, '2025-04-30T16:20:00.000Z');
  assert.match(feed.items[1]!.content!, /number nine bus/);
});

test('should read RSS 1.0 (RDF) items with Dublin Core dates and creators', () => {
  const feed = parseFeed(text('feed-rdf.xml'))!;
  assert.equal(feed.kind, 'rdf');
  assert.equal(feed.items.length, 1);
  assert.equal(feed.items[0]!.link, 'https://almanac.example/frost');
  assert.equal(feed.items[0]!.published, '2024-10-12T06:00:00.000Z');
  assert.equal(feed.items[0]!.author, 'Ada Finch');
});

test('should read an ill-formed feed leniently, with a warning, and recover items after an unclosed tag', () => {
  const { feed, diagnostics } = readFeed(text('feed-broken.xml'), 'broken.xml', null);
  assert.equal(diagnostics[0]?.rule, 'ill-formed-xml');
  assert.equal(feed!.items.length, 2);
  assert.equal(feed!.items[0]!.title, 'Storm closes & floods the coast road');
  assert.equal(feed!.items[0]!.published, '2025-03-01T17:00:00.000Z');
  assert.equal(feed!.items[1]!.title, 'Second item without closing tags');
  assert.equal(feed!.items[1]!.link, 'https://broken.example/second');
});

test('should report an empty feed as an error naming the file', () => {
  const { diagnostics } = readFeed(text('feed-empty.xml'), 'feeds/quiet.xml', null);
  assert.equal(diagnostics.at(-1)?.rule, 'empty-feed');
  assert.match(diagnostics.at(-1)!.reason, /feeds\/quiet\.xml/);
});

test('should never throw on garbage that only looks like a feed', () => {
  for (const junk of ['<rss', '<rss><channel><item><title>x', '<feed><entry><link href="', '<?xml version="1.0"?><rss>\u0000\u0001</rss>', '<rdf:RDF><item></rdf:RDF>']) {
    assert.doesNotThrow(() => readFeed(junk, 'junk.xml', null));
  }
});

test('should decode a feed in the charset its XML declaration names', async () => {
  const xml = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Вести Приречья</title><item><title>Мост открыт</title><link>https://vesti.example/most</link><description>Мост через реку снова открыт для машин после ремонта, который длился восемь месяцев.</description></item></channel></rss>';
  const ctx = testContext({ files: { 'feeds/vesti.xml': new Uint8Array(iconv.encode(xml, 'windows-1251')) } });
  const [article] = await collect(['feeds/vesti.xml'], ctx, false);
  assert.equal(article!.title, 'Мост открыт');
  assert.equal(article!.outlet, 'Вести Приречья');
  assert.equal(article!.language, 'ru');
});

test('should turn items into articles with stable ids, feed outlet and full content', async () => {
  const ctx = testContext({ files: { 'feeds/rss.xml': fixture('feed-rss.xml') } });
  const articles = await collect(['feeds/rss.xml'], ctx, false);
  assert.equal(articles.length, 2);
  assert.match(articles[0]!.id, /^[0-9a-f]{16}$/);
  const again = await collect(['feeds/rss.xml'], testContext({ files: { 'feeds/rss.xml': fixture('feed-rss.xml') } }), false);
  assert.deepEqual(again.map((a) => a.id), articles.map((a) => a.id));
  assert.notEqual(articles[0]!.id, articles[1]!.id);
  assert.equal(articles[0]!.outlet, 'Saltmere Gazette');
  assert.ok(!articles[0]!.text.includes('Advertisement'));
});

test("should fetch the page of a summary-only item through ctx.fetch", async () => {
  const page = `<html><head><meta property="og:site_name" content="Northfield Courier Online"></head><body><article>
    <p>${'Pupils at the hill school grew forty kinds of vegetables on a former car park, and the judges praised their work. '.repeat(3)}</p>
    <p>${'The prize money will pay for a greenhouse, the head teacher said, so that the garden can be used all year round. '.repeat(3)}</p></article></body></html>`;
  const fetched: string[] = [];
  const ctx = testContext({
    files: { 'feeds/atom.xml': fixture('feed-atom.xml') },
    fetch: (url) => {
      fetched.push(url);
      return { url, status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: new TextEncoder().encode(page) };
    },
  });
  const articles = await collect(['feeds/atom.xml'], ctx);
  assert.deepEqual(fetched, ['https://courier.example/2025/05/school-garden']);
  assert.match(articles[0]!.text, /forty kinds of vegetables/);
  assert.equal(articles[0]!.title, 'School garden wins prize');
  assert.equal(articles[0]!.outlet, 'Northfield Courier Online');
});

test('should keep the summary and report a diagnostic when fetching the page fails', async () => {
  const ctx = testContext({ files: { 'feeds/atom.xml': fixture('feed-atom.xml') } });
  const articles = await collect(['feeds/atom.xml'], ctx);
  assert.equal(articles[0]!.text, 'A school garden won a national prize.');
  const failed = articles[0]!.diagnostics.find((d) => d.rule === 'fetch-failed');
  assert.ok(failed);
  assert.match(failed.reason, /courier\.example\/2025\/05\/school-garden/);
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'fetch-failed'));
});

test('should keep an item without summary or content, its title standing in for the text', async () => {
  const xml = '<rss version="2.0"><channel><title>Bare</title><item><title>Only a headline here</title><link>https://bare.example/1</link></item></channel></rss>';
  const ctx = testContext({ files: { 'bare.xml': xml } });
  const [article] = await collect(['bare.xml'], ctx, false);
  assert.equal(article!.text, 'Only a headline here');
  assert.ok(article!.diagnostics.some((d) => d.rule === 'title-only'));
});

test('should stop fetching item pages after repeated failures in one batch', async () => {
  const items = Array.from({ length: 12 }, (_, i) => `<item><title>Story number ${i}</title><link>https://dead.example/${i}</link><description>Summary of story number ${i}.</description></item>`).join('');
  let calls = 0;
  const ctx = testContext({
    files: { 'many.xml': `<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>` },
    fetch: () => {
      calls++;
      throw new Error('network unreachable');
    },
  });
  const articles = await collect(['many.xml'], ctx);
  assert.equal(articles.length, 12);
  assert.ok(calls < 12, `fetched ${calls} times`);
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'fetch-disabled'));
});

test('should read a UTF-16 feed without a byte-order mark and resolve links against xml:base', async () => {
  const xml = '<?xml version="1.0" encoding="utf-16"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/root/"><title>Wide News</title><entry xml:base="sub/"><title>Relative link</title><link href="page.html"/><summary>A summary long enough to stand as the text of this entry.</summary></entry></feed>';
  const ctx = testContext({ files: { 'wide.xml': new Uint8Array(Buffer.from(xml, 'utf16le')) } });
  const [article] = await collect(['wide.xml'], ctx, false);
  assert.equal(article!.outlet, 'Wide News');
  assert.equal(article!.url, 'https://base.example/root/sub/page.html');
});
