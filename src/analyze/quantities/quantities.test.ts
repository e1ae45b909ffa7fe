import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentences } from '../sentences/index.js';
import { findQuantities } from './index.js';

function quantities(text: string) {
  const { tokens, sentences } = readSentences({ text, title: null, headings: [] });
  return findQuantities(tokens, sentences).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
}

test('should read a count with what it counts', () => {
  const [q] = quantities('A drone strike killed three people overnight.');
  assert.equal(q?.text, 'three');
  assert.equal(q?.value, 3);
  assert.equal(q?.counts, 'people');
});

test('should read a percentage of something', () => {
  const q = quantities('The army holds 20% of the territory.').find((x) => x.kind === 'percent');
  assert.equal(q?.value, 20);
  assert.equal(q?.counts, 'territory');
});

test('should read money with its multiplier', () => {
  const q = quantities('The port cost $5.5 million to repair.').find((x) => x.kind === 'money');
  assert.equal(q?.text, '$5.5 million');
  assert.equal(q?.value, 5_500_000);
});

test('should read weekdays and calendar dates', () => {
  const found = quantities('Talks began on Thursday and end on Jan. 29, 2026.');
  assert.deepEqual(found.filter((q) => q.kind === 'date').map((q) => q.normalized), ['thursday', '2026-01-29']);
});

test('should read durations and ordinals', () => {
  const found = quantities('It was the second round after four years of war.');
  assert.ok(found.some((q) => q.kind === 'ordinal' && q.value === 2 && q.counts === 'round'));
  assert.ok(found.some((q) => q.kind === 'duration' && q.value === 4 && q.counts === 'years'));
});
