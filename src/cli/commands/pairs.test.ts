import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runConcord } from '../../../test/support/cli.js';

test('should print one {id, score, same} line per input pair, in order', async () => {
  const input = [
    { id: 'p1', a: 'Four people were killed when the bridge collapsed.', b: 'The bridge collapse killed four people.' },
    { id: 7, a: 'The museum reopened after renovation.', b: 'Wheat prices fell sharply in Chicago.' },
  ].map((l) => JSON.stringify(l)).join('\n');
  const run = await runConcord(['pairs', '-'], { stdin: `${input}\n` });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; score: number; same: boolean });
  assert.deepEqual(lines.map((l) => l.id), ['p1', 7]);
  assert.ok(lines[0]!.score > lines[1]!.score);
  assert.equal(lines[0]!.same, true);
  assert.equal(lines[1]!.same, false);
  for (const l of lines) assert.ok(l.score >= 0 && l.score <= 1);
});

test('should skip a malformed line with a warning naming its line number', async () => {
  const run = await runConcord(['pairs', '-'], { stdin: '{"id":"ok","a":"One thing.","b":"One thing."}\nnot json\n{"id":"x","a":3}\n' });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  assert.match(run.stderr, /stdin:2/);
  assert.match(run.stderr, /stdin:3/);
});

test('should fail with a usage error when no file is given, and E_NOT_FOUND for a missing file', async () => {
  const none = await runConcord(['pairs']);
  assert.equal(none.code, 2, none.stderr);
  assert.match(none.stderr, /E_USAGE/);
  const missing = await runConcord(['pairs', 'no-such-file.jsonl']);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /E_NOT_FOUND/);
});
