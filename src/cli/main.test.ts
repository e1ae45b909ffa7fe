import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runConcord } from '../../test/support/cli.js';

test('should list the commands on --help and exit 0', async () => {
  const run = await runConcord(['--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Commands:/);
  assert.match(run.stdout, /extract/);
});

test('should reject an unknown command with exit 2 and no stack trace', async () => {
  const run = await runConcord(['frobnicate']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unknown command `frobnicate`/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('should reject an unknown option naming it', async () => {
  const run = await runConcord(['extract', '--bogus']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--bogus/);
});
