import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemo } from './memo.js';

test('should reuse a value within its time to live and recompute after it', async () => {
  let clock = 0;
  let calls = 0;
  const memo = createMemo({ ttlMs: 100, now: () => clock });
  const compute = async () => ++calls;
  assert.equal(await memo.get('a', compute), 1);
  assert.equal(await memo.get('a', compute), 1);
  clock = 101;
  assert.equal(await memo.get('a', compute), 2);
  memo.clear();
  assert.equal(await memo.get('a', compute), 3);
});

test('should forget failures and drop the oldest entries past the bound', async () => {
  const memo = createMemo({ ttlMs: Infinity, max: 2 });
  await assert.rejects(memo.get('x', async () => { throw new Error('boom'); }));
  await new Promise((r) => setImmediate(r));
  assert.equal(await memo.get('x', async () => 'ok'), 'ok');
  await memo.get('y', async () => 1);
  await memo.get('z', async () => 2);
  assert.equal(await memo.get('x', async () => 'again'), 'again');
});
