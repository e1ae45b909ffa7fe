import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../store/index.js';
import { backendTest, clonePgliteDir, freshSchemaUrl, scratchDir, testDatabaseUrl } from '../../../test/support/store.js';
import { storeProblems } from '../../../test/support/store-check.js';
import { articleLine, articleText, fileId, lineId, startWatchChild, watchSummary, writeArticleFile } from '../../../test/support/watch-crash-child.js';

/** Articles arriving as files and as stdin lines, and the SIGKILLs dealt before a clean run. */
const FILES = 36;
const LINES = 12;
const KILLS = 5;

backendTest('should store every watched article exactly once and whole, with consistent stories and cursors, after SIGKILLs while files arrive', async (backend, t) => {
  const schema = backend === 'postgres' ? await freshSchemaUrl(testDatabaseUrl()!) : null;
  const db = backend === 'pglite' ? await clonePgliteDir() : null;
  const storeArgs = schema ? ['--database-url', schema.url] : ['--db', db!];
  const inbox = join(scratchDir('concord-watch-crash-'), 'inbox');
  mkdirSync(inbox);
  const watchArgs = [inbox, '-', ...storeArgs, '--settle', '100', '--rescan', '1'];
  let files = 0;
  let lines = 0;
  const stored: string[] = [];
  try {
    for (let run = 0; run < KILLS; run++) {
      const child = startWatchChild(watchArgs);
      // A crawler replays its lines after a restart: everything sent so far, then new ones while the watch runs.
      for (let n = 0; n < lines; n++) child.send(articleLine(n));
      const arriving = (async () => {
        while (files < FILES * (run + 1) / KILLS && child.child.exitCode === null && child.child.signalCode === null) {
          await writeArticleFile(inbox, files++);
          if (files % 3 === 0 && lines < LINES) child.send(articleLine(lines++));
          await sleep(20 + Math.random() * 60);
        }
      })();
      if (run === 1) await sleep(Math.random() * 2000); // may land while the store opens or recovers
      else {
        // A random moment of its work: after a random number of stored articles (or 10 s), plus jitter; from the
        // third run on, counting file articles only, so kills land amid files too (stdin lines come first).
        await child.ready;
        await Promise.race([child.handled(1 + Math.floor(Math.random() * 5), run >= 2), sleep(10_000)]);
        await sleep(Math.random() * 150);
      }
      child.child.kill('SIGKILL');
      const ended = await child.exit;
      await arriving;
      assert.ok(ended.signal === 'SIGKILL', `run ${run} ended with ${ended.code} before the kill: ${ended.stderr}`);
      stored.push(String((ended.stdout.match(/"type":"article","action":"(?:new|updated)"/g) ?? []).length));
    }
    while (files < FILES) await writeArticleFile(inbox, files++);
    // The clean run: what is there now, stdin to its end (all lines replayed), then exit.
    const final = startWatchChild(['--once', ...watchArgs]);
    for (let n = 0; n < LINES; n++) final.send(articleLine(n));
    final.child.stdin!.end();
    const done = await final.exit;
    assert.equal(done.code, 0, done.stderr);
    const summary = watchSummary(done.stderr);
    assert.ok(summary, done.stderr);
    t.diagnostic(`new or updated per killed run: ${stored.join(', ')}; final run: ${JSON.stringify(summary)}`);
    assert.equal(summary.failed, 0);

    const ids = [...Array.from({ length: FILES }, (_, n) => fileId(n)), ...Array.from({ length: LINES }, (_, n) => lineId(n))];
    const store = await openStore(schema ? { url: schema.url } : { dir: db! });
    try {
      assert.deepEqual(await storeProblems(store.pool, ids), []);
      const twice = await store.pool.query('SELECT article_id FROM story_articles GROUP BY article_id HAVING count(*) > 1');
      assert.equal(twice.rows.length, 0, 'an article in two stories');
      // Whole: every stored text ends with its article's closing line, never a half-written file.
      const texts = new Map((await store.pool.query('SELECT id, text FROM articles')).rows.map((r) => [r.id as string, r.text as string]));
      for (let n = 0; n < FILES; n++) assert.ok(texts.get(fileId(n))?.includes(articleText(n).closing), `${fileId(n)} whole`);
      for (let n = 0; n < LINES; n++) assert.ok(texts.get(lineId(n))?.includes(articleText(1000 + n).closing), `${lineId(n)} whole`);
      // Cursors: one per file, matching the file's bytes.
      const cursors = new Map((await store.pool.query("SELECT key, value FROM watch_cursors WHERE key LIKE 'file:%'")).rows.map((r) => [r.key as string, (typeof r.value === 'string' ? JSON.parse(r.value) : r.value) as { hash: string; size: number }]));
      for (let n = 0; n < FILES; n++) {
        const path = join(inbox, `${fileId(n)}.txt`);
        const bytes = readFileSync(path);
        const cursor = cursors.get(`file:${path}`);
        assert.ok(cursor, `cursor of ${path}`);
        assert.equal(cursor.hash, createHash('sha256').update(bytes).digest('hex'));
        assert.equal(cursor.size, bytes.length);
      }
    } finally {
      await store.close();
    }
    // Cursors resume: another run reads no file again.
    const again = startWatchChild(['--once', inbox, ...storeArgs]);
    again.child.stdin!.end();
    const rerun = await again.exit;
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual({ read: watchSummary(rerun.stderr)?.read, new: watchSummary(rerun.stderr)?.new }, { read: 0, new: 0 });
  } finally {
    if (schema) await schema.drop();
    if (db) rmSync(dirname(db), { recursive: true, force: true });
    rmSync(dirname(inbox), { recursive: true, force: true });
  }
}, { timeout: 300_000 });
