import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractProblems } from './testing/contract.js';
import { ferryResult } from './testing/ferry-result.js';

test('should produce results that satisfy the public JSON Schema and cite inside their articles', () => {
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(ferryResult()))), []);
});

test('should reject a result that breaks the contract', () => {
  const broken = JSON.parse(JSON.stringify(ferryResult()));
  broken.stories[0].facts[0].status = 'agreed';
  assert.ok(contractProblems(broken).some((p) => p.includes('/facts/0/status')));
  const outside = JSON.parse(JSON.stringify(ferryResult()));
  outside.stories[0].brief[0].citations[0].end = 10_000;
  assert.ok(contractProblems(outside).some((p) => p.includes('outside')));
});
