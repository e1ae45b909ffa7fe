import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNearDuplicates, shingles, jaccard, hashFamily, signature, estimate, catchProbability } from './index.js';

const wire = `The city council of Brindlemoor voted on Tuesday to close the old ferry terminal after engineers found cracks
in its main pier. The vote passed by seven to two. Ferry services will move to the northern quay from the first of
March, the council said, and the terminal building will be offered to a local museum trust. Residents who use the
ferry every day said the move would add twenty minutes to their journey.`;

const rewritten = wire.replace('Residents who use the\nferry every day said the move would add twenty minutes to their journey.', 'Commuters said they expected longer trips.');

const other = `A small bakery in the hill town of Ostwick won a national prize for its rye bread on Sunday, beating three
hundred entries. The owner, who opened the shop eleven years ago, said the recipe came from her grandmother and
that she would use the prize money to buy a second oven.`;

test('should report an exact copy with similarity 1 even when case and punctuation differ', () => {
  const pairs = findNearDuplicates([{ id: 'a', text: wire }, { id: 'b', text: wire.toUpperCase().replace(/\./g, ' .') }, { id: 'c', text: other }]);
  assert.deepEqual(pairs, [{ a: 'a', b: 'b', similarity: 1, kind: 'exact' }]);
});

test('should report a near copy (a wire story with its last sentence rewritten) with its Jaccard similarity', () => {
  const pairs = findNearDuplicates([{ id: 'wire', text: wire }, { id: 'copy', text: rewritten }, { id: 'bread', text: other }]);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.kind, 'near');
  assert.equal(pairs[0]!.a, 'wire');
  const exact = jaccard(shingles(wire, 5), shingles(rewritten, 5));
  assert.ok(Math.abs(pairs[0]!.similarity - exact) < 1e-12);
  assert.ok(exact > 0.6 && exact < 1, `similarity ${exact}`);
});

test('should not pair unrelated articles or empty texts', () => {
  assert.deepEqual(findNearDuplicates([{ id: 'a', text: wire }, { id: 'b', text: other }, { id: 'e1', text: '' }, { id: 'e2', text: '' }]), []);
});

test('should estimate Jaccard from MinHash signatures within a few points', () => {
  const family = hashFamily(256);
  const a = shingles(wire, 3);
  const b = shingles(rewritten, 3);
  assert.ok(Math.abs(estimate(signature(a, family), signature(b, family)) - jaccard(a, b)) < 0.1);
});

test('should catch similar pairs more often than dissimilar ones through banding', () => {
  assert.ok(catchProbability(0.9, 20, 5) > 0.99);
  assert.ok(catchProbability(0.2, 20, 5) < 0.01);
});

test('should find copies among many articles without missing any planted pair', () => {
  const base = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, text: `${other} Report number ${i} ${'word'.repeat(1 + (i % 5))} item ${i * 7} of series ${i * 13}.` }));
  const unique = base.map((d, i) => ({ id: d.id, text: `${d.text} `.repeat(1) + `Distinct tail ${i} ${i * 31} ${i * 97} alpha${i} beta${i} gamma${i} delta${i} epsilon${i}` }));
  const docs = [...unique, { id: 'copy-of-d5', text: unique[5]!.text }];
  const pairs = findNearDuplicates(docs, { threshold: 0.95 });
  assert.ok(pairs.some((p) => p.a === 'd5' && p.b === 'copy-of-d5' && p.kind === 'exact'));
  assert.ok(pairs.every((p) => p.similarity >= 0.95));
});
