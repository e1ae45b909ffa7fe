import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runConcord } from '../../../test/support/cli.js';
import { backendTest, freshSchemaUrl, postgresSkipReason, scratchDir, testDatabaseUrl } from '../../../test/support/store.js';
import type { Backend } from '../../store/index.js';

/** Three made-up reports: two of one event, one of another. */
const FILES: Record<string, string> = {
  'ferry-1.txt': 'Ferry service to Quillon suspended after storm\n\nThe ferry between Northport and Quillon was suspended on Tuesday after a storm damaged the pier, the harbour authority said. About 400 passengers were stranded overnight.\n',
  'ferry-2.txt': 'Storm damage halts Quillon ferry\n\nA storm damaged the Quillon pier on Tuesday and the harbour authority suspended the Northport ferry. Some 400 travellers spent the night in the terminal.\n',
  'library.txt': 'Lindenfeld library reopens after renovation\n\nThe Lindenfeld public library reopened on Saturday after an eighteen-month renovation that added a children\'s wing and a rooftop reading room.\n',
};

/** Where a CLI run stores: `--db DIR` or `--database-url URL`, and how to clean up. */
async function storeArgs(backend: Backend, dir: string): Promise<{ args: string[]; drop: () => Promise<void> }> {
  if (backend === 'pglite') return { args: ['--db', join(dir, 'db')], drop: async () => undefined };
  const schema = await freshSchemaUrl(testDatabaseUrl()!);
  return { args: ['--database-url', schema.url], drop: schema.drop };
}

backendTest('should ingest files once, list their stories and show one as JSON, Markdown and HTML', async (backend) => {
  const dir = scratchDir();
  const { args: db, drop } = await storeArgs(backend, dir);
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(inputs, name), text);
    writeFileSync(join(dir, 'copy-of-library.txt'), FILES['library.txt']!);
    const first = await runConcord(['ingest', ...db, '--json', inputs, join(dir, 'copy-of-library.txt'), join(dir, 'missing.txt')], { timeoutMs: 120_000 });
    assert.equal(first.code, 0, first.stderr);
    const summary = JSON.parse(first.stdout);
    assert.deepEqual([summary.read, summary.new, summary.duplicate, summary.updated, summary.failed], [4, 3, 1, 0, 1]);
    assert.match(first.stderr, /missing\.txt/);
    const again = await runConcord(['ingest', ...db, inputs]);
    assert.match(again.stdout, /read 3 · new 0 · duplicate 3 · updated 0 · failed 0/);

    const listed = await runConcord(['stories', ...db, '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    const stories = JSON.parse(listed.stdout) as { id: string; articleCount: number; title: string }[];
    assert.equal(stories.reduce((n, s) => n + s.articleCount, 0), 3);
    const ferry = stories.find((s) => /ferry/i.test(s.title));
    assert.ok(ferry, `a ferry story among ${listed.stdout}`);

    const json = await runConcord(['story', ...db, ferry.id, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const result = JSON.parse(json.stdout);
    assert.equal(result.stories[0].id, ferry.id);
    assert.deepEqual(result.articles.map((a: { id: string }) => a.id).sort(), result.stories[0].articles.slice().sort());
    const md = await runConcord(['story', ...db, ferry.id]);
    assert.match(md.stdout, /ferry/i);
    const html = await runConcord(['story', ...db, ferry.id, '--format', 'html']);
    assert.match(html.stdout, /<html|<!doctype/i);
    const missing = await runConcord(['story', ...db, 'story-nope']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no story `story-nope`.*\[E_NOT_FOUND\]/);
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 300_000 });

backendTest('should replace an updated version of a URL and export and import the store into the other backend', async (backend, t) => {
  const dir = scratchDir();
  const { args: db, drop } = await storeArgs(backend, dir);
  const other: Backend = backend === 'pglite' ? 'postgres' : 'pglite';
  const otherSkip = other === 'postgres' ? postgresSkipReason() : null;
  const target = otherSkip === null ? await storeArgs(other, dir) : null;
  try {
    const line = (text: string) => `${JSON.stringify({ id: 'pier', url: 'https://news.example.test/pier', title: 'Pier repairs begin', outlet: 'Harbour Post', text })}\n`;
    writeFileSync(join(dir, 'v1.jsonl'), line('Repairs to the Quillon pier began on Monday, the harbour authority said.'));
    writeFileSync(join(dir, 'v2.jsonl'), line('Repairs to the Quillon pier began on Monday and should take three weeks, the harbour authority said.'));
    assert.match((await runConcord(['ingest', ...db, join(dir, 'v1.jsonl')])).stdout, /new 1/);
    const updated = await runConcord(['ingest', ...db, join(dir, 'v2.jsonl')]);
    assert.match(updated.stdout, /read 1 · new 0 · duplicate 0 · updated 1/, updated.stderr);

    const file = join(dir, 'backup.jsonl');
    const exported = await runConcord(['export', ...db, '--output', file]);
    assert.equal(exported.code, 0, exported.stderr);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[0].type, 'header');
    const article = lines.find((l) => l.type === 'article');
    assert.match(article.article.text, /three weeks/);
    assert.equal(article.version, 2);
    assert.deepEqual(lines.filter((l) => l.type === 'log').map((l) => l.action), ['new', 'updated']);
    if (target === null) { t.diagnostic(`import into ${other} skipped: ${otherSkip}`); return; }
    for (let round = 0; round < 2; round++) {
      const imported = await runConcord(['import', ...target.args, file, '--json']);
      assert.equal(imported.code, 0, imported.stderr);
      assert.deepEqual(JSON.parse(imported.stdout), round === 0 ? { articles: 1, skipped: 0, stories: 1, log: 2 } : { articles: 0, skipped: 1, stories: 1, log: 0 });
    }
    const back = await runConcord(['export', ...target.args]);
    // Revisions and log sequence numbers are the receiving store's own; everything else must come back unchanged.
    const strip = (rows: Record<string, unknown>[]) => rows.filter((l) => l.type !== 'header').map((l) => (l.type === 'log' ? { ...l, seq: 0 }
      : l.type === 'story' ? { ...l, story: { ...(l.story as object), revision: 0, alignedRevision: 0 } } : l));
    assert.deepEqual(strip(back.stdout.trim().split('\n').map((l) => JSON.parse(l))), strip(lines));
  } finally {
    await drop();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 300_000 });

test('should refuse a malformed import, a bad --format and an ingest without inputs', { timeout: 120_000 }, async () => {
  const dir = scratchDir();
  try {
    writeFileSync(join(dir, 'not-export.jsonl'), '{"hello":1}\n');
    const bad = await runConcord(['import', '--db', join(dir, 'db'), join(dir, 'not-export.jsonl')]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /not a Concord export.*\[E_BAD_INPUT\]/);
    const format = await runConcord(['story', '--db', join(dir, 'db'), 'x', '--format', 'pdf']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of md, json, html/);
    const none = await runConcord(['ingest', '--db', join(dir, 'db')]);
    assert.equal(none.code, 2);
    const both = await runConcord(['stories', '--db', join(dir, 'db'), '--database-url', 'postgres://x@127.0.0.1/none']);
    assert.match(both.stderr, /either --db or --database-url/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
