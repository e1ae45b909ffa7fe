import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metaOf } from '../memory-repository.js';
import { sampleCorpus } from '../testing/sample-corpus.js';
import { sourceIndex } from './citations.js';
import { coverageMatrix, coverageOf, matrixColumns, MAX_MATRIX_OUTLETS } from './coverage-matrix.js';

const { articles, stories } = sampleCorpus();
const bridge = stories.find((s) => s.id === 'bridge')!;
const sources = sourceIndex(bridge.articles, articles.map(metaOf));

test('should say an outlet reports a fact it is cited for and omits one it is not', () => {
  const northline = bridge.facts.find((f) => f.id === 'f-northline')!;
  assert.equal(coverageOf(northline, 'Daily Ledger', sources).coverage, 'reports');
  assert.equal(coverageOf(northline, 'Coastal Herald', sources).coverage, 'omits');
  assert.equal(coverageOf(northline, 'Coastal Herald', sources).citation, null);
});

test('should say an outlet contradicts a fact when a conflict cites it with a different span', () => {
  const injured = bridge.facts.find((f) => f.id === 'f-injured')!;
  assert.equal(coverageOf(injured, 'Daily Ledger', sources).coverage, 'contradicts');
  assert.equal(coverageOf(injured, 'Coastal Herald', sources).coverage, 'reports');
  assert.equal(coverageOf(injured, 'Lantern Wire', sources).coverage, 'reports');
});

test('should draw one row per fact and one column per outlet', () => {
  const out = coverageMatrix(bridge.facts, sources).__html;
  assert.equal((out.match(/<tr class=/g) ?? []).length, 3);
  assert.equal((out.match(/<td class="cov /g) ?? []).length, 9);
  assert.equal((out.match(/<td class="cov contradicts"/g) ?? []).length, 1);
});

/** A story of `n` outlets, one article each; fact k is cited by the outlets listed for it, the last one contradicting. */
function manyOutlets(n: number, citedBy: number[][]) {
  const metas = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, source: `a${i}.txt`, outlet: `Outlet <b>${i}</b>`, title: null, published: null, author: null, language: 'en' }));
  const facts = citedBy.map((outlets, k) => ({
    id: `f${k}`, text: `Fact ${k}`, status: 'disputed' as const, outlets: outlets.length,
    citations: outlets.slice(0, -1).map((i) => ({ article: `a${i}`, start: 0, end: 5 })),
    conflicts: [{ reason: 'differs', citations: [{ article: `a${outlets[outlets.length - 1]}`, start: 10, end: 15 }] }],
  }));
  return { facts, sources: sourceIndex(metas.map((m) => m.id), metas) };
}

test('should cap the columns at the most-cited outlets plus one "N more" column, even for 1,000 outlets', () => {
  const many = Array.from({ length: 1000 }, (_, i) => i);
  const { facts, sources } = manyOutlets(1000, [[900, 901, 902, 5], [900, 901, 7, 8], many, [900, 3]]);
  const started = performance.now();
  const out = coverageMatrix(facts, sources).__html;
  const ms = performance.now() - started;
  const headers = out.match(/<th scope="col" class="outlet-col[^"]*"/g) ?? [];
  assert.equal(headers.length, MAX_MATRIX_OUTLETS + 1);
  assert.match(out, />988 more</);
  assert.equal((out.match(/<td class="cov /g) ?? []).length, facts.length * (MAX_MATRIX_OUTLETS + 1));
  // The most-cited outlets (900 and 901 in three facts) are among the columns; the cells stay right for them.
  assert.ok(out.includes('title="Outlet &lt;b&gt;900&lt;/b&gt;"') && out.includes('title="Outlet &lt;b&gt;901&lt;/b&gt;"'));
  assert.doesNotMatch(out, /<b>/, 'outlet names escaped');
  // Fact 2 is reported by 999 outlets and contradicted by the last: the "more" cell counts the hidden ones.
  const { shown, hidden } = matrixColumns(facts, sources);
  assert.equal(shown.length, MAX_MATRIX_OUTLETS);
  assert.equal(hidden.length, 988);
  const row2 = out.split('<tr class=')[3]!;
  assert.match(row2, /title="of 988 more outlets: 987 report this, 1 contradict it, 0 omit it"/);
  assert.ok(ms < 2000, `rendered in ${ms.toFixed(0)} ms`);
});

test('should keep one column per outlet when they fit', () => {
  const { facts, sources } = manyOutlets(MAX_MATRIX_OUTLETS, [[0, 1, 2]]);
  const out = coverageMatrix(facts, sources).__html;
  assert.equal((out.match(/<th scope="col" class="outlet-col/g) ?? []).length, MAX_MATRIX_OUTLETS);
  assert.doesNotMatch(out, /more<\/th>/);
});
