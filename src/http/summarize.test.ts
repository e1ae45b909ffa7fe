import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOutlets, coverageBuckets, newestFirst, outletOf, summarizeStory } from './summarize.js';
import { metaOf } from './memory-repository.js';
import { sampleCorpus } from './testing/sample-corpus.js';

test('should put articles into equal time buckets from the first to the last', () => {
  const h = 3_600_000;
  assert.deepEqual(coverageBuckets([0, 3 * h, 4 * h, 12 * h], 4), [1, 2, 0, 1]);
  assert.deepEqual(coverageBuckets([5, 5, 5]), [3]);
  assert.deepEqual(coverageBuckets([NaN]), []);
});

test('should count articles per outlet, naming unknown outlets by host or id', () => {
  const metas = [
    { id: 'a', source: 'https://www.example.org/x', outlet: null, title: null, published: null, author: null, language: null },
    { id: 'b', source: 'b.txt', outlet: 'Herald', title: null, published: null, author: null, language: null },
    { id: 'c', source: 'c.txt', outlet: 'Herald', title: null, published: null, author: null, language: null },
  ];
  assert.equal(outletOf(metas[0]!), 'example.org');
  assert.deepEqual(countOutlets(metas), [{ outlet: 'Herald', articles: 2 }, { outlet: 'example.org', articles: 1 }]);
});

test('should summarise a story with its outlets, date range, people and places', () => {
  const { articles, stories } = sampleCorpus();
  const bridge = stories.find((s) => s.id === 'bridge')!;
  const row = summarizeStory(bridge, articles.filter((a) => bridge.articles.includes(a.id)).map(metaOf));
  assert.equal(row.articles, 3);
  assert.equal(row.outlets.length, 3);
  assert.equal(row.first, '2026-03-04T08:10:00.000Z');
  assert.equal(row.last, '2026-03-04T11:30:00.000Z');
  assert.equal(row.coverage.reduce((a, b) => a + b, 0), 3);
  assert.deepEqual(row.people, ['Elena Marsh']);
  assert.deepEqual(row.places, ['Brackwater']);
});

test('should order stories newest first with undated ones last', () => {
  const base = { articles: 1, outlets: [], first: null, coverage: [], people: [], places: [] };
  const rows = [
    { ...base, id: 'a', title: 'A', last: null },
    { ...base, id: 'b', title: 'B', last: '2026-01-01T00:00:00Z' },
    { ...base, id: 'c', title: 'C', last: '2026-02-01T00:00:00Z' },
  ].sort(newestFirst);
  assert.deepEqual(rows.map((r) => r.id), ['c', 'b', 'a']);
});
