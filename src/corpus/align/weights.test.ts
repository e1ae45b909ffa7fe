import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weightArticles } from './weights.js';

test('should weigh words by every article of a small story', () => {
  assert.deepEqual(weightArticles([2, 0, 1], 16), [0, 1, 2]);
});

test('should weigh words by the earliest power-of-two articles of a larger story, never fewer than the full size', () => {
  const rank = Array.from({ length: 40 }, (_, i) => 39 - i);
  const picked = weightArticles(rank, 16);
  assert.equal(picked.length, 32);
  assert.ok(picked.every((i) => rank[i]! < 32), 'the earliest 32 by time');
  assert.equal(weightArticles(rank.slice(0, 20).map((r) => r - 20), 16).length, 16);
  assert.equal(weightArticles(Array.from({ length: 24 }, (_, i) => i), 20).length, 20);
});

test('should keep the same weighing articles while a story grows towards the next power of two', () => {
  const at = (n: number) => weightArticles(Array.from({ length: n }, (_, i) => i), 16);
  assert.deepEqual(at(33), at(63));
  assert.notDeepEqual(at(63), at(64));
});
