import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, FetchResponse, LiveEvent, Story } from '../../core/index.js';
import { readSources } from '../../ingest/index.js';
import { storyOfArticle } from '../../store/index.js';
import { analyzeBatch } from '../analyze-batch.js';
import { nodeContext } from '../node-context.js';
import { loadStoreStages } from '../store-stages.js';
import { storyResult } from '../store-story.js';
import { openTestStore } from '../../../test/support/store.js';
import { startWatch } from './run.js';
import { fixtureRecords } from './testing/fixture.js';

/** Resolves when `predicate` holds, polling; rejects after `ms`. */
async function until(predicate: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The parts of a story compared between the watch and the batch (lineage in a fixed order). */
function comparable(story: Story) {
  const lineage = [...story.lineage].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { title: story.title, articles: story.articles, entities: story.entities, quotes: story.quotes, facts: story.facts, lineage, brief: story.brief };
}

test('should end with the same stories, facts and brief as a batch analysis when articles arrive one by one', { timeout: 180_000 }, async (t) => {
  const { records, from } = fixtureRecords();
  t.diagnostic(`fixture: ${from} (${records.length} articles)`);
  const dir = mkdtempSync(join(tmpdir(), 'concord-watch-eq-'));
  const store = await openTestStore('pglite');
  t.after(async () => { await store.dispose(); rmSync(dir, { recursive: true, force: true }); });
  const ctx = nodeContext();
  const events: LiveEvent[] = [];
  const handle = await startWatch(store, ctx, { sources: [dir], settleMs: 40, rescanMs: 500, onEvent: (e) => events.push(e) });
  await handle.ready;
  for (const [i, record] of records.entries()) {
    const name = `${String(i).padStart(2, '0')}-${record.id}.jsonl`;
    writeFileSync(join(dir, `${name}.tmp`), `${JSON.stringify(record)}\n`);
    renameSync(join(dir, `${name}.tmp`), join(dir, name));
    await until(() => {
      const arrived = events.findIndex((e) => e.kind === 'article' && e.article === record.id);
      return arrived >= 0 && events.slice(arrived + 1).some((e) => e.kind === 'story' && e.story === events[arrived]!.story);
    });
  }
  handle.stop();
  const summary = await handle.done;
  assert.equal(summary.new, records.length);
  const refreshed = events.filter((e) => e.kind === 'story').map((e) => e.story);
  const arrivals = events.filter((e) => e.kind === 'article').map((e) => e.story);
  assert.deepEqual(refreshed, arrivals, 'each arrival refreshed its own story and no other');

  const stages = await loadStoreStages();
  const articles: Article[] = [];
  for await (const a of readSources([dir], ctx)) articles.push(a);
  const batch = analyzeBatch(articles, ctx, { stages: { align: stages.align } });
  const facts = batch.stories.reduce((n, s) => n + s.facts.length, 0);
  const briefs = batch.stories.reduce((n, s) => n + s.brief.length, 0);
  t.diagnostic(`stages on a fallback: ${stages.fallbacks.join(', ') || 'none'}; batch: ${batch.stories.length} stories, ${facts} facts, ${briefs} brief sentences`);
  const watched = new Set<string>();
  for (const expected of batch.stories) {
    const id = await storyOfArticle(store.pool, expected.articles[0]!);
    assert.ok(id, `article ${expected.articles[0]} has a story`);
    watched.add(id);
    const actual = (await storyResult(store, id)).stories[0]!;
    assert.deepEqual(comparable(actual), comparable(expected), `story of ${expected.articles.join(', ')}`);
  }
  assert.equal(watched.size, batch.stories.length, 'as many stories as the batch');
});

test('should resume after a restart without reading unchanged files again, and take a changed one', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-watch-resume-'));
  const store = await openTestStore('pglite');
  t.after(async () => { await store.dispose(); rmSync(dir, { recursive: true, force: true }); });
  const { records } = fixtureRecords();
  for (const r of records.slice(0, 3)) writeFileSync(join(dir, `${r.id}.jsonl`), `${JSON.stringify(r)}\n`);
  const ctx = nodeContext();
  const fast = { analyze: (a: Article) => ({ article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] }) };
  const first = await (await startWatch(store, ctx, { sources: [dir], once: true, ...fast })).done;
  assert.equal(first.new, 3);
  const again = await (await startWatch(store, ctx, { sources: [dir], once: true, ...fast })).done;
  assert.deepEqual([again.read, again.new, again.duplicate], [0, 0, 0], 'nothing re-read after a restart');
  const changed = { ...records[0]!, text: `${records[0]!.text}\n\nThis paragraph was added in an update.` };
  writeFileSync(join(dir, `${changed.id}.jsonl`), `${JSON.stringify(changed)}\n`);
  const third = await (await startWatch(store, ctx, { sources: [dir], once: true, ...fast })).done;
  assert.deepEqual([third.read, third.updated], [1, 1], 'the edited file is read again and updates its article');
});

test('should take JSON lines from a stream, skipping what is stored already', { timeout: 120_000 }, async (t) => {
  const { PassThrough } = await import('node:stream');
  const store = await openTestStore('pglite');
  t.after(() => store.dispose());
  const { records } = fixtureRecords();
  const ctx = nodeContext();
  const fast = { analyze: (a: Article) => ({ article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] }) };
  const input = new PassThrough();
  const outcomes: string[] = [];
  const handle = await startWatch(store, ctx, { sources: ['-'], stdin: input, ...fast, onArticle: (o) => outcomes.push(`${o.action}:${o.id}`) });
  input.write(`${JSON.stringify(records[0])}\nnot json\n`);
  await until(() => outcomes.length === 1);
  input.end(`${JSON.stringify(records[1])}\n${JSON.stringify(records[0])}\n`);
  const summary = await handle.done;
  assert.deepEqual(outcomes, [`new:${records[0]!.id}`, `new:${records[1]!.id}`, `duplicate:${records[0]!.id}`]);
  assert.equal(summary.stopped, false, 'the end of the stream ends a stdin-only watch');
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'malformed-jsonl' && d.line === 2));
});

test('should poll a feed with conditional requests and remember its items across restarts', { timeout: 120_000 }, async (t) => {
  const store = await openTestStore('pglite');
  t.after(() => store.dispose());
  const item = (id: string) => `<item><title>Item ${id}</title><link>https://news.example.test/${id}</link>
    <description>${`Report ${id} on the Quillon ferry timetable change. `.repeat(20)}</description></item>`;
  let items = ['a', 'b'];
  const sent: Record<string, string>[] = [];
  const ctx = nodeContext();
  ctx.fetch = async (url, options = {}): Promise<FetchResponse> => {
    sent.push(options.headers ?? {});
    const etag = `"${items.join('')}"`;
    if (options.headers?.['if-none-match'] === etag) return { url, status: 304, headers: {}, body: new Uint8Array() };
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>${items.map(item).join('')}</channel></rss>`;
    return { url, status: 200, headers: { etag, 'content-type': 'application/rss+xml' }, body: new TextEncoder().encode(xml) };
  };
  const fast = { analyze: (a: Article) => ({ article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] }) };
  const feed = 'https://news.example.test/feed.xml';
  const first = await (await startWatch(store, ctx, { sources: [feed], once: true, fetchPages: false, ...fast })).done;
  assert.equal(first.new, 2);
  const second = await (await startWatch(store, ctx, { sources: [feed], once: true, fetchPages: false, ...fast })).done;
  assert.equal(sent[1]!['if-none-match'], '"ab"', 'the restarted watch sends the stored validator');
  assert.equal(second.read, 0);
  items = ['c', 'a', 'b'];
  const third = await (await startWatch(store, ctx, { sources: [feed], once: true, fetchPages: false, ...fast })).done;
  assert.deepEqual([third.read, third.new], [1, 1], 'only the new item is taken');
});
