import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignArticle, claimStoryRefresh, membershipsAfter, openStore, releaseStoryRefresh } from './index.js';
import { freshSchemaUrl, postgresSkipReason, testDatabaseUrl } from '../../test/support/store.js';

test('should let one session at a time claim a story refresh, and keep an assignment document for replay', { timeout: 60_000 }, async (t) => {
  const reason = postgresSkipReason();
  if (reason !== null) { t.skip(reason); return; }
  const fresh = await freshSchemaUrl(testDatabaseUrl()!);
  const store = await openStore({ url: fresh.url });
  t.after(async () => { await store.close(); await fresh.drop(); });
  const a = await store.pool.connect();
  const b = await store.pool.connect();
  try {
    const story = `story-claims-${fresh.schema}`;
    assert.equal(await claimStoryRefresh(a, story), true);
    assert.equal(await claimStoryRefresh(b, story), false, 'held by the other session');
    assert.equal(await claimStoryRefresh(b, `${story}-other`), true, 'another story is free');
    await releaseStoryRefresh(a, story);
    assert.equal(await claimStoryRefresh(b, story), true, 'free again once released');
    await releaseStoryRefresh(b, story);
    await releaseStoryRefresh(b, `${story}-other`);
  } finally {
    a.release();
    b.release();
  }
  await store.pool.query(`INSERT INTO articles (id, key, content_hash, source, text, headings, diagnostics, extra)
    VALUES ('x1', 'x1', 'h1', 'test', 'text', '[]', '[]', '{}'), ('x2', 'x2', 'h2', 'test', 'text', '[]', '[]', '{}')`);
  const doc = { id: 'x1', terms: ['flood'], entities: ['valmora'], numbers: ['n:3'], time: null };
  await store.transaction(async (db) => { await assignArticle(db, 'x1', 's1', 'Flood', doc); await assignArticle(db, 'x2', 's1', 'Flood'); });
  const rows = await membershipsAfter(store.pool, 0);
  assert.deepEqual(rows.map((r) => [r.articleId, r.doc ?? null]), [['x1', doc], ['x2', null]]);
});
