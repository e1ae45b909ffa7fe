import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterBatch, clusterDocFrom, createClusterer } from './index.js';
import { FIXTURES } from './testing/fixtures.js';

/** True when the labels group the docs exactly as the gold labels do. */
function samePartition(labels: string[], gold: string[]): boolean {
  const pairs = new Map<string, string>();
  const back = new Map<string, string>();
  return labels.every((l, i) => {
    if ((pairs.get(l) ?? gold[i]) !== gold[i] || (back.get(gold[i]!) ?? l) !== l) return false;
    pairs.set(l, gold[i]!);
    back.set(gold[i]!, l);
    return true;
  });
}

/** A deterministic permutation of 0..n-1. */
function permutation(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('should take names from capitalised runs but not from a sentence-initial capital', () => {
  const doc = clusterDocFrom({ id: 'x', text: 'Police said Mayor Odile Farrant closed the bridge. Engineers agreed with Farrant.' });
  assert.ok(doc.entities.includes('odile'));
  assert.ok(doc.entities.includes('farrant'));
  assert.ok(!doc.entities.includes('police'));
  assert.ok(!doc.entities.includes('engineers'));
});

test('should turn numbers and dates into features', () => {
  const doc = clusterDocFrom({ id: 'x', text: 'On March 14 2026, three of the 1,200 workers left on Friday.' });
  for (const f of ['d:3-14', 'y:2026', 'n:3', 'n:1200', 'w:fri']) assert.ok(doc.numbers.includes(f), f);
});

test('should read the time from `published` and leave it null when absent', () => {
  assert.equal(clusterDocFrom({ id: 'x', text: 'a', published: '2026-03-02T09:00:00Z' }).time, Date.parse('2026-03-02T09:00:00Z'));
  assert.equal(clusterDocFrom({ id: 'x', text: 'a' }).time, null);
});

test('should keep two bridge closures and a chess final apart in every input order', () => {
  const docs = FIXTURES.map((a) => clusterDocFrom(a));
  for (let seed = 1; seed <= 12; seed++) {
    const order = permutation(docs.length, seed);
    const labels = clusterBatch(order.map((i) => docs[i]!));
    assert.ok(samePartition(labels, order.map((i) => FIXTURES[i]!.gold)), `order ${order.join(',')} gave ${labels.join(',')}`);
  }
});

test('should cluster headlines alone', () => {
  const docs = FIXTURES.map((a) => clusterDocFrom({ id: a.id, title: a.title }));
  const labels = clusterBatch(docs);
  const gold = FIXTURES.map((a) => a.gold);
  // Each gold story holds one label at most twice split, and no label spans two gold stories.
  for (const l of new Set(labels)) assert.equal(new Set(gold.filter((_, i) => labels[i] === l)).size, 1, `label ${l} mixes stories`);
  assert.ok(new Set(labels).size <= 5, `${labels.join(',')}`);
});

test('should start a new story when the same event reappears outside the time window', () => {
  const a = FIXTURES[0]!;
  const later = { ...a, id: 'again', published: '2026-05-01T09:00:00Z' };
  const clusterer = createClusterer({ windowMs: 7 * 24 * 3600 * 1000 });
  const first = clusterer.add(clusterDocFrom(a));
  const second = clusterer.add(clusterDocFrom(later));
  assert.notEqual(first.story, second.story);
  const near = createClusterer().add(clusterDocFrom({ ...a, id: 'soon', published: '2026-03-03T09:00:00Z' }));
  assert.equal(near.created, true);
});
