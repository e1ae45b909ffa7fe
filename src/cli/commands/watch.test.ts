import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { concordBin, runConcord } from '../../../test/support/cli.js';
import { clonePgliteDir, scratchDir } from '../../../test/support/store.js';

const PLACES = ['Northport', 'Lindenfeld', 'Marrow Bay', 'Quillon', 'East Ardent'];

/** Writes `n` invented one-article JSONL files. */
function writeArticles(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const text = `Officials in ${place} said on Monday that the ${i}th road repair would finish in ${i % 9 + 2} weeks.\n\n`
      + `"We are working as fast as we can," the ${place} works director said, adding that ${i * 3 + 4} crews were on site.`;
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.jsonl`), `${JSON.stringify({ id: `a${i}`, outlet: `Outlet ${i % 4}`, title: `${place} road repair ${i}`, text })}\n`);
  }
}

test('should stop cleanly on SIGTERM with every article either fully stored or not started, and resume after', { timeout: 240_000 }, async (t) => {
  const root = scratchDir('concord-watch-cli-');
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const db = await clonePgliteDir();
  t.after(() => rmSync(join(db, '..'), { recursive: true, force: true }));
  const input = join(root, 'in');
  const total = 40;
  writeArticles(input, total);

  const child = spawn(process.execPath, [concordBin, 'watch', '--db', db, '--settle', '0', '--rescan', '0', '--json', input], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 200_000);
  while ((stdout.match(/"type":"article"/g) ?? []).length < 3) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGTERM');
  const code = await exited;
  clearTimeout(killer);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /SIGTERM: finishing the article in flight/);
  assert.match(stderr, /stopped: read \d+/);
  const printedNew = stdout.split('\n').filter((l) => l.includes('"type":"article"') && l.includes('"action":"new"')).length;

  const store = await openStore({ dir: db });
  try {
    const count = async (sql: string) => Number((await store.pool.query(sql)).rows[0].n);
    assert.equal(await count('SELECT count(*) AS n FROM articles'), printedNew, 'every announced article is stored, nothing else');
    assert.equal(await count('SELECT count(*) AS n FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE m.article_id IS NULL'), 0, 'no article without its story');
    assert.equal(await count('SELECT count(*) AS n FROM analyses'), printedNew);
    assert.equal(await count("SELECT count(*) AS n FROM watch_cursors WHERE key LIKE 'file:%'"), printedNew, 'a cursor for each committed file only');
    assert.ok(printedNew < total, 'the stop came before the end');
  } finally {
    await store.close();
  }

  const resumed = await runConcord(['watch', '--db', db, '--once', '--json', input], { timeoutMs: 200_000 });
  assert.equal(resumed.code, 0, resumed.stderr);
  const lines = resumed.stdout.split('\n').filter((l) => l.includes('"type":"article"'));
  assert.equal(lines.filter((l) => l.includes('"action":"new"')).length, total - printedNew, 'the rest, once each');
  assert.equal(lines.filter((l) => !l.includes('"action":"new"')).length, 0, 'nothing read twice');
});

test('should refuse a plain file and an unknown option with a usage error', async () => {
  const root = scratchDir('concord-watch-cli-');
  try {
    writeFileSync(join(root, 'one.txt'), 'text');
    const file = await runConcord(['watch', '--db', join(root, 'db'), join(root, 'one.txt')]);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /watch follows directories, feed URLs and `-`/);
    const option = await runConcord(['watch', '--frobnicate', root]);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /E_UNKNOWN_OPTION/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('should stream story updates on --live-port and still exit on SIGTERM with a client connected', { timeout: 180_000 }, async (t) => {
  const root = scratchDir('concord-watch-live-');
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const input = join(root, 'in');
  mkdirSync(input);
  const port = 41_000 + Math.floor(Math.random() * 9_000);
  const child = spawn(process.execPath, [concordBin, 'watch', '--db', join(root, 'db'), '--settle', '20', '--live-port', String(port), input], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  t.after(() => clearTimeout(killer));
  while (!/watching/.test(stderr)) {
    if (child.exitCode !== null) assert.fail(stderr);
    await new Promise((r) => setTimeout(r, 50));
  }
  const response = await fetch(`http://127.0.0.1:${port}/stories`);
  assert.equal(response.status, 200);
  const reader = response.body!.getReader();
  let text = '';
  const readUntil = async (pattern: RegExp) => {
    while (!pattern.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
  };
  await readUntil(/event: ready/);
  writeArticles(input, 1);
  await readUntil(/event: story\ndata: [^\n]*"story":"story-/);
  assert.match(text, /event: article\ndata: [^\n]*"article":"a0"/);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
  await reader.cancel().catch(() => undefined);
});
