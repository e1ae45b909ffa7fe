import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metaOf } from '../memory-repository.js';
import { sampleCorpus } from '../testing/sample-corpus.js';
import { sourceIndex } from './citations.js';
import { coverageMatrix, coverageOf } from './coverage-matrix.js';

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
