import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpansInside } from './02-statements.js';

test('should find the spans inside a range exactly as filtering the whole list does, in the list order', () => {
  const span = fc.record({ a: fc.nat({ max: 60 }), b: fc.nat({ max: 60 }) }).map(({ a, b }) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  fc.assert(fc.property(fc.array(span.map((s) => ({ ...s, id: Math.random() })), { maxLength: 40 }), fc.array(span, { maxLength: 10 }), (spans, ranges) => {
    const index = new SpansInside(spans);
    for (const r of ranges) assert.deepEqual(index.inside(r), spans.filter((s) => s.start >= r.start && s.end <= r.end));
  }), { numRuns: 500, seed: 808 });
});

test('should look up every sentence of a long article without comparing every pair', () => {
  // 40,000 sentences and 80,000 mentions: filtering per sentence would be 3.2 billion comparisons.
  const mentions = Array.from({ length: 80_000 }, (_, i) => ({ start: i * 50 + 3, end: i * 50 + 9 }));
  const index = new SpansInside(mentions);
  let total = 0;
  for (let s = 0; s < 40_000; s++) total += index.inside({ start: s * 100, end: s * 100 + 100 }).length;
  assert.equal(total, 80_000);
});
