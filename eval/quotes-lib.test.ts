import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointMap, goldKeys, halfOf, keyOf, prf, trimSpan, type PolnearDoc } from './quotes-lib.js';

test('should map code-point offsets to UTF-16 offsets past astral characters', () => {
  const text = 'a🙂b said';
  const map = codePointMap(text);
  assert.equal(map[2], 3); // "b" is code point 2, UTF-16 index 3
  assert.equal(text.slice(map[2]!, map[3]!), 'b');
});

test('should trim spaces, quote marks and end punctuation from spans', () => {
  const text = ' “Yes, we can.” ';
  assert.deepEqual(trimSpan(text, 0, text.length), [2, 13]);
  assert.equal(trimSpan(text, 0, 2), null);
});

test('should key multi-piece parts in text order', () => {
  assert.equal(keyOf('ab cd ef', [[6, 8], [0, 2]]), '0-2|6-8');
});

test('should read gold parts given as one piece or as a list of pieces', () => {
  const doc: PolnearDoc = { id: 'x', title: 't', text: 'Ana said it. Bo said so.', attributions: [
    { source: { spans: [[0, 3]], text: 'Ana' }, cue: { spans: [[4, 8]], text: 'said' }, content: [{ spans: [[9, 11]], text: 'it' }, { spans: [[21, 23]], text: 'so' }] },
  ] };
  const map = codePointMap(doc.text);
  assert.deepEqual([...goldKeys(doc, 'content', map)], ['9-11|21-23']);
  assert.deepEqual([...goldKeys(doc, 'source', map)], ['0-3']);
});

test('should compute precision, recall and F1', () => {
  const r = prf({ tp: 1, gold: 2, predicted: 4 });
  assert.equal(r.p, 0.25);
  assert.equal(r.r, 0.5);
  assert.ok(Math.abs(r.f - 1 / 3) < 1e-9);
});

test('should split files into two stable halves by id', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `file-${i}`);
  const halves = ids.map(halfOf);
  assert.deepEqual(ids.map(halfOf), halves);
  const ones = halves.filter((h) => h === 1).length;
  assert.ok(ones > 60 && ones < 140, `unbalanced split: ${ones} of 200`);
});
