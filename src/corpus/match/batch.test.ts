import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchEvidence, createMatcher, refineBatch, MIN_COMMON } from './index.js';

/** Every pair of the listed sentence ids, as [a, b] text pairs. */
function allPairs(names: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push([names[i]!, names[j]!]);
  return out;
}

test('should keep every score unchanged when sentences share too few neighbours', () => {
  const pairs: [string, string][] = [['a', 'b'], ['c', 'd'], ['a', 'c']];
  const probabilities = [0.2, 0.7, 0.4];
  assert.deepEqual(batchEvidence(pairs, [0, 1, 2]).map((e) => e.trust), [0, 0, 0]);
  assert.deepEqual(refineBatch(pairs, probabilities, [[-0.5, 3, -1]]), probabilities);
});

test('should find positive profile evidence for two sentences that relate alike to the rest of the batch', () => {
  /* two events: e1..e4 and f1..f4; within-event pairs score high, across low, but pair (e1, e2) itself scores low */
  const names = ['e1', 'e2', 'e3', 'e4', 'f1', 'f2', 'f3', 'f4'];
  const pairs = allPairs(names);
  const event = (s: string) => s[0];
  const scores = pairs.map(([a, b]) => (a === 'e1' && b === 'e2' ? -1 : event(a) === event(b) ? 2 : -2 + (a.charCodeAt(1) + b.charCodeAt(1)) / 100));
  const evidence = batchEvidence(pairs, scores);
  const at = (a: string, b: string) => evidence[pairs.findIndex(([x, y]) => x === a && y === b)]!;
  assert.ok(at('e1', 'e2').profile > 0.5, `profile ${at('e1', 'e2').profile}`);
  assert.ok(at('e1', 'f1').profile < 0, `profile ${at('e1', 'f1').profile}`);
  assert.ok(at('e1', 'e2').trust > 0 && names.length - 2 >= MIN_COMMON);
  const refined = refineBatch(pairs, scores.map((s) => 1 / (1 + Math.exp(-s))), [[0, 3, 0]]);
  const i = pairs.findIndex(([x, y]) => x === 'e1' && y === 'e2');
  const j = pairs.findIndex(([x, y]) => x === 'e1' && y === 'f1');
  assert.ok(refined[i]! > 1 / (1 + Math.exp(1)), 'the same-event pair gains');
  assert.ok(refined[j]! < 1 / (1 + Math.exp(-scores[j]!)), 'the cross-event pair loses');
});

test('should give judgeAll the same scores as judge on a batch of unrelated pairs, and keep the decisions', () => {
  const matcher = createMatcher();
  const pairs: [string, string][] = [
    ['The council approved the new budget on Tuesday.', 'On Tuesday the council passed the new budget.'],
    ['A storm closed the harbour.', 'The museum opened a new wing for modern art.'],
  ];
  const all = matcher.judgeAll(pairs);
  pairs.forEach(([a, b], k) => assert.deepEqual(all[k], matcher.judge(a, b)));
});

test('should change judgeAll scores only through batch evidence when sentences recur across many pairs', () => {
  const sentences = ['Floods hit the northern valley after days of rain.', 'Heavy rain flooded the northern valley.', 'The valley was flooded by rain in the north.',
    'A fire destroyed a warehouse near the port.', 'Firefighters fought a warehouse blaze by the port.', 'The port warehouse burned down overnight.'];
  const pairs = allPairs(sentences);
  const matcher = createMatcher();
  const plain = createMatcher({ batchRounds: [] }).judgeAll(pairs);
  pairs.forEach(([a, b], k) => assert.equal(plain[k]!.score, matcher.judge(a, b).score));
  const refined = matcher.judgeAll(pairs);
  assert.ok(refined.some((j, k) => j.score !== plain[k]!.score), 'some score moves');
  refined.forEach((j, k) => { assert.ok(j.score >= 0 && j.score <= 1); assert.equal(j.same, plain[k]!.same); });
});
