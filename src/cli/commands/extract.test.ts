import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConcord } from '../../../test/support/cli.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/ingest/', import.meta.url));
const STORY = 'Ferry timetable changes\n\nThe ferry to the islands will run twice a day from May, the operator said on Monday.\n\nAdvertisement\n\nTickets will go on sale next week.';

test('should print one JSON object per article with the agreed fields', async () => {
  const run = await runConcord(['extract', '--json', join(fixtures, 'article.html'), join(fixtures, 'articles.jsonl')]);
  assert.equal(run.code, 0);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 3);
  for (const key of ['source', 'id', 'title', 'outlet', 'author', 'published', 'url', 'language', 'text', 'diagnostics']) assert.ok(key in lines[0]!, key);
  assert.equal(lines[0]!.id, 'article');
  assert.equal(lines[0]!.outlet, 'The Coastal Ledger');
  assert.match(run.stderr, /articles\.jsonl:2/);
});

test('should print the text without --json and apply --outlet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-extract-'));
  try {
    writeFileSync(join(dir, 'ferry.txt'), STORY);
    const text = await runConcord(['extract', join(dir, 'ferry.txt')]);
    assert.equal(text.code, 0);
    assert.equal(text.stdout, 'The ferry to the islands will run twice a day from May, the operator said on Monday.\n\nTickets will go on sale next week.\n');
    const json = await runConcord(['extract', '--json', '--outlet', 'Island Post', '-'], { stdin: STORY });
    assert.equal(JSON.parse(json.stdout).outlet, 'Island Post');
    assert.equal(JSON.parse(json.stdout).title, 'Ferry timetable changes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should exit non-zero without a stack trace when nothing could be read', async () => {
  const run = await runConcord(['extract', join(fixtures, 'feed-empty.xml'), join(fixtures, 'no-such-file.txt')]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /feed-empty\.xml/);
  assert.match(run.stderr, /no-such-file\.txt/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('should reject an unknown option with a usage error', async () => {
  const run = await runConcord(['extract', '--frobnicate', 'x.txt']);
  assert.equal(run.code, 2);
});
