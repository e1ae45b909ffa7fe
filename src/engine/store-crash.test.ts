import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../store/index.js';
import { backendTest, clonePgliteDir, freshSchemaUrl, testDatabaseUrl } from '../../test/support/store.js';
import { startChild, storeProblems } from '../../test/support/store-check.js';

/** Articles the crash test ingests, and the SIGKILLs it deals before letting a run finish. */
const ARTICLES = 2000;
const KILLS = 20;

backendTest('should keep every article exactly once and whole after 20 SIGKILLs at random moments of an ingest', async (backend, t) => {
  const schema = backend === 'postgres' ? await freshSchemaUrl(testDatabaseUrl()!) : null;
  const dir = backend === 'pglite' ? await clonePgliteDir() : null;
  const target = schema ? { url: schema.url } : { dir: dir! };
  try {
    let killsDuringStartup = 0;
    for (let run = 0; run < KILLS; run++) {
      // Odd runs commit one article per transaction, even runs 25 (each in its own savepoint).
      const child = startChild(target, ARTICLES, 0, run + 1, run % 2 ? 1 : 25);
      if (run % 4 === 3) {
        await sleep(Math.random() * 2500); // may land while the store opens, recovers or migrates
        killsDuringStartup++;
      } else {
        // A random moment mid-ingest, whatever the machine's speed: after a random number of articles, plus jitter.
        await child.handled(1 + Math.floor(Math.random() * 60));
        await sleep(Math.random() * 30);
      }
      child.child.kill('SIGKILL');
      const ended = await child.exit;
      assert.ok(ended.signal === 'SIGKILL' || ended.code === 0, `run ${run} ended with ${ended.code}: ${ended.stderr}`);
    }
    const final = await startChild(target, ARTICLES, 0, 999, 25).exit;
    assert.equal(final.code, 0, final.stderr);
    const summary = final.summary!;
    t.diagnostic(`after ${KILLS} kills (${killsDuringStartup} aimed at start-up) the final run found ${String(summary.duplicate)} stored, added ${String(summary.new)}`);
    assert.equal(summary.failed, 0);
    assert.equal(Number(summary.new) + Number(summary.duplicate), ARTICLES);
    assert.ok(Number(summary.duplicate) > 0, 'the killed runs stored something before dying');
    const store = await openStore(target);
    try {
      assert.deepEqual(await storeProblems(store.pool, Array.from({ length: ARTICLES }, (_, i) => `a${i}`)), []);
    } finally {
      await store.close();
    }
  } finally {
    if (schema) await schema.drop();
    if (dir) rmSync(dirname(dir), { recursive: true, force: true });
  }
}, { timeout: 1_200_000 });
