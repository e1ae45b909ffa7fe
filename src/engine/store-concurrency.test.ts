import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openStore } from '../store/index.js';
import { backendTest, clonePgliteDir, freshSchemaUrl, testDatabaseUrl } from '../../test/support/store.js';
import { startChild, storeProblems } from '../../test/support/store-check.js';

/** Ids a..b-1 of the generated articles. */
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `a${from + i}`);

backendTest('should store every article exactly once when two processes ingest overlapping sets at once', async (backend) => {
  if (backend === 'pglite') {
    // Embedded PGlite is one process's database: the second process must be refused cleanly, the first unharmed.
    const dir = await clonePgliteDir();
    try {
      const first = startChild({ dir }, 150, 0, 1, 1);
      await first.ready;
      const second = await startChild({ dir }, 150, 100, 2, 1).exit;
      assert.notEqual(second.code, 0);
      assert.match(second.stderr, /in use by process \d+/);
      const done = await first.exit;
      assert.equal(done.code, 0, done.stderr);
      const store = await openStore({ dir });
      try {
        assert.deepEqual(await storeProblems(store.pool, ids(0, 150)), []);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
    return;
  }
  const schema = await freshSchemaUrl(testDatabaseUrl()!);
  try {
    // 0–599 and 300–899 in different orders, one article per transaction vs ten: 300 articles are raced for.
    const a = startChild({ url: schema.url }, 600, 0, 11, 1);
    const b = startChild({ url: schema.url }, 600, 300, 22, 10);
    const [ra, rb] = await Promise.all([a.exit, b.exit]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const sa = ra.summary!;
    const sb = rb.summary!;
    const both = `; summaries ${JSON.stringify({ ...sa, stories: undefined })} / ${JSON.stringify({ ...sb, stories: undefined })}; stderr ${JSON.stringify((ra.stderr + rb.stderr).slice(-600))}`;
    assert.equal(Number(sa.new) + Number(sb.new), 900, `every article stored by exactly one of them${both}`);
    assert.equal(Number(sa.duplicate) + Number(sb.duplicate), 300, `every raced article seen as a duplicate by the other${both}`);
    assert.equal(Number(sa.failed) + Number(sb.failed), 0, `no article failed${both}`);
    const store = await openStore({ url: schema.url });
    try {
      assert.deepEqual(await storeProblems(store.pool, ids(0, 900)), []);
    } finally {
      await store.close();
    }
  } finally {
    await schema.drop();
  }
}, { timeout: 240_000 });
