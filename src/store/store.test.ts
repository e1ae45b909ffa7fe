import assert from 'node:assert/strict';
import { openStore, putArticle, getArticle, loadArticles, countArticles, readLog, SCHEMA_VERSION, MIGRATIONS } from './index.js';
import { storeTest } from '../../test/support/store.js';
import { makeArticle, recordOf } from '../../test/support/store-fixtures.js';

storeTest('should apply every migration once and not again when reopened', async (store) => {
  const first = await store.pool.query('SELECT version FROM schema_migrations ORDER BY version');
  assert.deepEqual(first.rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
  if ('url' in store.target) {
    const again = await openStore({ url: store.target.url });
    const rows = await again.pool.query('SELECT count(*)::int AS n FROM schema_migrations');
    await again.close();
    assert.equal(rows.rows[0].n, MIGRATIONS.length);
  }
  assert.equal(SCHEMA_VERSION, MIGRATIONS.at(-1)!.version);
});

storeTest('should store an article with its analysis and report the second put as a duplicate', async (store) => {
  const record = recordOf(makeArticle(1));
  const first = await store.transaction((db) => putArticle(db, record));
  const second = await store.transaction((db) => putArticle(db, record));
  assert.deepEqual([first.action, second.action], ['new', 'duplicate']);
  assert.equal(await countArticles(store.pool), 1);
  const [loaded] = await loadArticles(store.pool, ['a1']);
  assert.deepEqual(loaded!.article, record.article);
  assert.deepEqual(loaded!.analysis, record.analysis);
  assert.deepEqual((await readLog(store.pool)).map((e) => e.action), ['new', 'duplicate']);
});

storeTest('should treat the same content under another file name as a duplicate', async (store) => {
  const article = makeArticle(2, { url: null });
  await store.transaction((db) => putArticle(db, recordOf(article)));
  const copy = await store.transaction((db) => putArticle(db, recordOf({ ...article, id: 'copy-of-a2', source: 'elsewhere/copy.txt' })));
  assert.deepEqual(copy, { action: 'duplicate', id: 'a2', previousHash: null, storyId: null });
});

storeTest('should replace an updated version of a URL in place and record the old hash in the log', async (store) => {
  const v1 = recordOf(makeArticle(3));
  const v2 = recordOf({ ...makeArticle(3), id: 'a3-revised', text: `${makeArticle(3).text} Update: the streets reopened.` });
  await store.transaction((db) => putArticle(db, v1));
  const outcome = await store.transaction((db) => putArticle(db, v2));
  assert.deepEqual(outcome, { action: 'updated', id: 'a3', previousHash: v1.contentHash, storyId: null });
  const stored = await getArticle(store.pool, 'a3');
  assert.equal(stored!.version, 2);
  assert.equal(stored!.contentHash, v2.contentHash);
  assert.match(stored!.article.text, /reopened/);
  const [loaded] = await loadArticles(store.pool, ['a3']);
  assert.equal(loaded!.analysis!.article, 'a3', 'the analysis follows the stored id');
  const log = await readLog(store.pool, { articleId: 'a3' });
  assert.deepEqual(log.map((e) => [e.action, e.previousHash]), [['new', null], ['updated', v1.contentHash]]);
  assert.equal(await countArticles(store.pool), 1);
});

storeTest('should give a second article with a taken id a suffixed id rather than overwrite it', async (store) => {
  await store.transaction((db) => putArticle(db, recordOf(makeArticle(4, { id: 'index' }))));
  const other = await store.transaction((db) => putArticle(db, recordOf(makeArticle(5, { id: 'index' }))));
  assert.equal(other.action, 'new');
  assert.match(other.id, /^index~[0-9a-f]{8}$/);
  const [loaded] = await loadArticles(store.pool, [other.id]);
  assert.equal(loaded!.analysis!.article, other.id);
  assert.equal(await countArticles(store.pool), 2);
});

storeTest('should leave no trace of an article whose transaction fails after it was written', async (store) => {
  await assert.rejects(store.transaction(async (db) => {
    await putArticle(db, recordOf(makeArticle(6)));
    throw new Error('crash between the article and its story');
  }), /crash between/);
  assert.equal(await countArticles(store.pool), 0);
  assert.equal((await readLog(store.pool)).length, 0);
  const count = await store.pool.query('SELECT count(*)::int AS n FROM analyses');
  assert.equal(count.rows[0].n, 0);
});

storeTest('should store text containing NUL without shifting offsets', async (store) => {
  const article = makeArticle(7, { text: 'before\u0000after' });
  await store.transaction((db) => putArticle(db, recordOf(article)));
  const stored = await getArticle(store.pool, 'a7');
  assert.equal(stored!.article.text, 'before\uFFFDafter');
  assert.equal(stored!.article.text.length, article.text.length);
});

storeTest('should store the same article once when two connections put it at the same time', async (store) => {
  const records = Array.from({ length: 20 }, (_, i) => recordOf(makeArticle(100 + i)));
  const run = () => Promise.all(records.map((r) => store.transaction((db) => putArticle(db, r))));
  const [a, b] = await Promise.all([run(), run()]);
  const actions = [...a, ...b].map((o) => o.action).sort();
  assert.equal(actions.filter((x) => x === 'new').length, 20);
  assert.equal(actions.filter((x) => x === 'duplicate').length, 20);
  assert.equal(await countArticles(store.pool), 20);
});
