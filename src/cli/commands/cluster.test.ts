import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConcord } from '../../../test/support/cli.js';
import { FIXTURES } from '../../corpus/cluster/testing/fixtures.js';

/** Writes JSONL to a temporary file and returns its path. */
function jsonlFile(lines: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-cluster-'));
  const path = join(dir, 'in.jsonl');
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return path;
}

/** Parsed output lines. */
function parse(stdout: string): Array<{ id: string; story: string }> {
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
}

test('should print one {"id","story"} line per input line in input order, grouping the same event', async () => {
  const path = jsonlFile(FIXTURES.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: 'Test Wire' })));
  const run = await runConcord(['cluster', path, '--events']);
  assert.equal(run.code, 0, run.stderr);
  const out = parse(run.stdout);
  assert.deepEqual(out.map((o) => o.id), FIXTURES.map((a) => a.id));
  const storyOf = new Map(out.map((o) => [o.id, o.story]));
  assert.equal(storyOf.get('a1'), storyOf.get('a4'));
  assert.equal(storyOf.get('b1'), storyOf.get('b3'));
  assert.notEqual(storyOf.get('a1'), storyOf.get('b1'));
  assert.notEqual(storyOf.get('a1'), storyOf.get('c1'));
});

test('should cluster headline-only lines', async () => {
  const path = jsonlFile(FIXTURES.map((a) => ({ id: a.id, title: a.title })));
  const run = await runConcord(['cluster', path, '--fast']);
  assert.equal(run.code, 0, run.stderr);
  const out = parse(run.stdout);
  assert.equal(out.length, FIXTURES.length);
  const storyOf = new Map(out.map((o) => [o.id, o.story]));
  assert.notEqual(storyOf.get('a1'), storyOf.get('b1'));
  assert.equal(storyOf.get('c1'), storyOf.get('c2'));
});

test('should fail with a usage error and no stack trace when the file is missing', async () => {
  const run = await runConcord(['cluster']);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /needs a JSONL file/);
  const missing = await runConcord(['cluster', '/nonexistent/x.jsonl']);
  assert.equal(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /E_NOT_FOUND/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});
