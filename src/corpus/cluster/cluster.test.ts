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
  const doc = clusterDocFrom({ id: 'x', title: 'Bridge closed', text: 'Police said Mayor Odile Farrant closed the bridge. Engineers agreed with Farrant.' });
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
  // No label spans two gold stories, and the three stories are not scattered into many.
  for (const l of new Set(labels)) assert.equal(new Set(gold.filter((_, i) => labels[i] === l)).size, 1, `label ${l} mixes stories`);
  assert.ok(new Set(labels).size <= 4, `${labels.join(',')}`);
});

test('should start a new story when the same event reappears outside the time window', () => {
  const a = FIXTURES[0]!;
  const later = { ...a, id: 'again', published: '2026-05-01T09:00:00Z' };
  const clusterer = createClusterer({ windowMs: 7 * 24 * 3600 * 1000 });
  const first = clusterer.add(clusterDocFrom(a));
  const second = clusterer.add(clusterDocFrom(later));
  assert.notEqual(first.story, second.story);
  const soon = clusterer.add(clusterDocFrom({ ...a, id: 'soon', published: '2026-03-03T09:00:00Z' }));
  assert.equal(soon.story, first.story);
});

test('should look up candidates in the index so their number stays bounded as stories pile up', () => {
  const clusterer = createClusterer();
  let most = 0;
  for (let i = 0; i < 3000; i++) {
    const text = `Town${i % 700} council approved budget item ${i} for Project${i % 900} with Director${i % 500} on site ${i % 37}.`;
    most = Math.max(most, clusterer.add(clusterDocFrom({ id: `d${i}`, text })).candidates);
  }
  assert.ok(most <= 32, `${most} candidates`);
  assert.equal(clusterer.stats().docs, 3000);
});

test('should log a merge with its reason when a bridging article joins two stories of one event', () => {
  const clusterer = createClusterer({ joinThreshold: 0.9, mergeThreshold: 0.3 });
  const docs = FIXTURES.filter((a) => a.gold === 'A').map((a) => clusterDocFrom(a));
  for (const d of docs) clusterer.add(d);
  const labels = clusterer.labels();
  const merges = clusterer.events.filter((e) => e.kind === 'merge');
  assert.ok(merges.length > 0, 'expected a merge');
  assert.match(merges[0]!.reason, /similar .*both carry/);
  assert.ok(merges[0]!.score >= 0.3);
  assert.ok(new Set(labels).size < docs.length);
});

test('should split a story that was forced to hold two events, and say why', () => {
  const docs = [...FIXTURES.filter((a) => a.gold !== 'C'), ...FIXTURES.filter((a) => a.gold !== 'C').map((a) => ({ ...a, id: `${a.id}-bis` }))].map((a) => clusterDocFrom(a));
  const gold = [...FIXTURES.filter((a) => a.gold !== 'C'), ...FIXTURES.filter((a) => a.gold !== 'C')].map((a) => a.gold);
  const order = permutation(docs.length, 5);
  const clusterer = createClusterer({ joinThreshold: 0.01, mergeThreshold: 2 });
  for (const i of order) clusterer.add(docs[i]!);
  const splits = clusterer.events.filter((e) => e.kind === 'split');
  assert.ok(splits.length > 0, 'expected a split');
  assert.match(splits[0]!.reason, /halves only/);
  assert.ok(samePartition(clusterer.labels(), order.map((i) => gold[i]!)), clusterer.labels().join(','));
});

test('should move an article that arrived too early to the story it fits once that story exists', () => {
  // b1 arrives first and alone; with a high join bar its siblings start their own story, which it then fits better.
  const clusterer = createClusterer({ joinThreshold: 0.3, mergeThreshold: 2 });
  const order = ['a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'a3', 'a4'];
  for (const id of order) clusterer.add(clusterDocFrom(FIXTURES.find((a) => a.id === id)!));
  clusterer.refine();
  const labels = clusterer.labels();
  const gold = order.map((id) => FIXTURES.find((a) => a.id === id)!.gold);
  for (const l of new Set(labels)) assert.equal(new Set(gold.filter((_, i) => labels[i] === l)).size, 1, labels.join(','));
  assert.ok(clusterer.events.every((e) => e.reason.length > 0));
});
