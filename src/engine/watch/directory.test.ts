import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWatchedName, watchDirectory } from './directory.js';

/** Resolves when `predicate` holds, polling; rejects after `ms`. */
async function until(predicate: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A scratch directory removed after the test. */
function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-watch-dir-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('should report a new file, in a subfolder too, once it has settled', async (t) => {
  const dir = scratch(t);
  writeFileSync(join(dir, 'before.txt'), 'already here');
  const seen: string[] = [];
  const w = watchDirectory(dir, (p) => seen.push(p), { settleMs: 60, rescanMs: 0 });
  t.after(() => w.close());
  await w.ready;
  await until(() => seen.length === 1);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'new.html'), '<p>hello</p>');
  await until(() => seen.length === 2);
  assert.deepEqual(seen, [join(dir, 'before.txt'), join(dir, 'sub', 'new.html')]);
});

test('should wait while a file keeps growing and report it once, then again when it changes', async (t) => {
  const dir = scratch(t);
  const seen: { path: string; size: number }[] = [];
  const w = watchDirectory(dir, (path, sig) => seen.push({ path, size: sig.size }), { settleMs: 250, rescanMs: 0 });
  t.after(() => w.close());
  await w.ready;
  const file = join(dir, 'slow.txt');
  for (let i = 0; i < 6; i++) {
    appendFileSync(file, `line ${i}\n`);
    await new Promise((r) => setTimeout(r, 80));
  }
  assert.equal(seen.length, 0, 'a file still being written must not be handed out');
  await until(() => seen.length === 1);
  assert.equal(seen[0]!.size, statSync(file).size);
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(seen.length, 1, 'an unchanged file is handed out once');
  appendFileSync(file, 'more\n');
  await until(() => seen.length === 2);
});

test('should find files by rescanning when fs.watch is off, and skip hidden and partial files', async (t) => {
  const dir = scratch(t);
  const seen: string[] = [];
  const w = watchDirectory(dir, (p) => seen.push(p), { settleMs: 30, rescanMs: 100, fsWatch: false });
  t.after(() => w.close());
  await w.ready;
  writeFileSync(join(dir, '.hidden.txt'), 'x');
  writeFileSync(join(dir, 'draft.html.part'), 'x');
  writeFileSync(join(dir, 'a.jsonl.tmp'), '{}');
  renameSync(join(dir, 'a.jsonl.tmp'), join(dir, 'a.jsonl'));
  await until(() => seen.length === 1);
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(seen, [join(dir, 'a.jsonl')]);
});

test('should not report files it was told are already handled, unless they changed', async (t) => {
  const dir = scratch(t);
  writeFileSync(join(dir, 'done.txt'), 'old');
  writeFileSync(join(dir, 'edited.txt'), 'old');
  const known: [string, { size: number; mtimeMs: number }][] = ['done.txt', 'edited.txt'].map((n) => {
    const s = statSync(join(dir, n));
    return [join(dir, n), { size: s.size, mtimeMs: s.mtimeMs }];
  });
  writeFileSync(join(dir, 'edited.txt'), 'new text');
  const seen: string[] = [];
  const w = watchDirectory(dir, (p) => seen.push(p), { settleMs: 30, rescanMs: 0, known });
  t.after(() => w.close());
  await w.ready;
  await until(() => seen.length === 1);
  await new Promise((r) => setTimeout(r, 150));
  assert.deepEqual(seen, [join(dir, 'edited.txt')]);
});

test('should watch only names ingest reads', () => {
  assert.equal(isWatchedName('/x/a.txt'), true);
  assert.equal(isWatchedName('/x/feed.xml'), true);
  assert.equal(isWatchedName('/x/a.png'), false);
  assert.equal(isWatchedName('/x/a.txt~'), false);
  assert.equal(isWatchedName('/x/a.crdownload'), false);
});
