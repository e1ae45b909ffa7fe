import assert from 'node:assert/strict';
import type { Article, StoryEntity } from '../core/index.js';
import {
  alignedStories, assignArticle, hasContentHash, latestStoryUpdate, loadCursorValues, putArticle, saveCursorValue, saveStoryDetails,
  searchArticles, storiesChangedSince, storyHead, storyListPage, textQuery, withSavepoint,
} from './index.js';
import { storeTest, type TestStore } from '../../test/support/store.js';
import { recordOf } from '../../test/support/store-fixtures.js';

/** An invented article of one story. */
function article(id: string, title: string, text: string, outlet: string | null, published: string | null, source = `t/${id}.txt`): Article {
  return { id, source, outlet, title, published, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}

/** A person or place entity with `n` mentions. */
function entity(kind: 'person' | 'place', name: string, n: number, aliases: string[] = []): StoryEntity {
  return { id: name, name, kind, aliases, mentions: Array.from({ length: n }, () => ({ article: 'x', start: 0, end: 1 })) };
}

/** Stores articles into stories and gives each story its entities. */
async function fill(store: TestStore): Promise<void> {
  const stories: [string, Article[], StoryEntity[]][] = [
    ['s-quay', [
      article('q1', 'Quay repairs begin', 'Repairs to the old quay in Velmora began, the harbour office said.', 'Tide Gazette', '2026-02-01T08:00:00Z'),
      article('q2', 'Velmora quay works', 'Work on the quay started, according to the harbour office.', 'Tide Gazette', '2026-02-03T08:00:00Z'),
      article('q3', 'Quay closed for works', 'The quay is closed; 50% of berths are shut.', null, '2026-02-02T08:00:00Z', 'https://www.Coastline.test/q3'),
    ], [entity('person', 'Orla Brenning', 3, ['O. Brenning']), entity('person', 'Tam Ceddor', 1), entity('place', 'Velmora', 4)]],
    ['s-mill', [
      article('m1', 'Mill reopens', 'The flour mill in Ostrander reopened after a year.', 'Valley Note', '2026-01-10T08:00:00Z'),
    ], [entity('person', 'Ilse Varn', 2), entity('place', 'Ostrander', 2)]],
    ['s-undated', [article('u1', 'Notice board', 'A notice about the parish fete.', 'Parish Sheet', null)], []],
  ];
  for (const [id, articles, entities] of stories) {
    for (const a of articles) {
      await store.transaction(async (db) => { await putArticle(db, recordOf(a)); await assignArticle(db, a.id, id, articles[0]!.title!); });
    }
    await store.transaction((db) => saveStoryDetails(db, id, articles.length, {
      title: articles[0]!.title!, entities, quotes: [], facts: [], lineage: [], brief: [{ text: `Brief of ${id}.`, citations: [] }],
    }));
  }
}

storeTest('should list a page of stories newest first with outlet counts, times and top names', async (store) => {
  await fill(store);
  const all = await storyListPage(store.pool, {}, { limit: 10, offset: 0 });
  assert.equal(all.total, 3);
  assert.deepEqual(all.rows.map((r) => r.id), ['s-quay', 's-mill', 's-undated']);
  const quay = all.rows[0]!;
  assert.equal(quay.articleCount, 3);
  assert.deepEqual(quay.outlets, [{ outlet: 'Tide Gazette', articles: 2 }, { outlet: 'coastline.test', articles: 1 }]);
  assert.deepEqual([...quay.published].sort(), ['2026-02-01T08:00:00Z', '2026-02-02T08:00:00Z', '2026-02-03T08:00:00Z']);
  assert.deepEqual([quay.people, quay.places], [['Orla Brenning', 'Tam Ceddor'], ['Velmora']]);
  const second = await storyListPage(store.pool, {}, { limit: 1, offset: 1 });
  assert.deepEqual([second.rows.map((r) => r.id), second.total], [['s-mill'], 3]);
  assert.deepEqual(await storyListPage(store.pool, {}, { limit: 5, offset: 9 }), { rows: [], total: 3 });
});

storeTest('should filter stories by text in articles, titles and briefs, by person alias and by place', async (store) => {
  await fill(store);
  const ids = async (filter: Parameters<typeof storyListPage>[1]) => (await storyListPage(store.pool, filter, { limit: 10, offset: 0 })).rows.map((r) => r.id);
  assert.deepEqual(await ids({ q: 'HARBOUR off' }), ['s-quay']);
  assert.deepEqual(await ids({ q: 'flour' }), ['s-mill']);
  assert.deepEqual(await ids({ q: 'brief of s-undated' }), ['s-undated']);
  assert.deepEqual(await ids({ q: '50%' }), ['s-quay']);
  assert.deepEqual(await ids({ q: '%' }), []);
  assert.deepEqual(await ids({ q: "x' OR 1=1 --" }), []);
  assert.deepEqual(await ids({ person: 'o. brenn' }), ['s-quay']);
  assert.deepEqual(await ids({ person: 'ostrander' }), []);
  assert.deepEqual(await ids({ place: 'Ostrander', q: 'mill' }), ['s-mill']);
  assert.equal(textQuery(' a:b & c '), 'a:* & b:* & c:*');
  assert.equal(textQuery('— !'), null);
});

storeTest('should find articles by every word of a query, bounded by the limit', async (store) => {
  await fill(store);
  const hits = await searchArticles(store.pool, 'harbour office', 10);
  assert.deepEqual(hits.map((h) => h.id).sort(), ['q1', 'q2']);
  assert.equal(hits[0]!.storyId, 's-quay');
  assert.equal((await searchArticles(store.pool, 'quay', 2)).length, 2);
  assert.deepEqual(await searchArticles(store.pool, '!!', 10), []);
});

storeTest('should keep watch cursors and story changes behind store queries', async (store) => {
  const since = await latestStoryUpdate(store.pool);
  await fill(store);
  await store.transaction((db) => saveCursorValue(db, 'file:/a', { kind: 'file', size: 1 }));
  await store.transaction((db) => saveCursorValue(db, 'file:/a', { kind: 'file', size: 2 }));
  await store.transaction((db) => saveCursorValue(db, 'feed:https://x.test/', { kind: 'feed', seen: ['a\u0000b'] }));
  assert.deepEqual([...(await loadCursorValues(store.pool, 'file:')).entries()], [['file:/a', { kind: 'file', size: 2 }]]);
  assert.equal((await loadCursorValues(store.pool)).size, 2);
  assert.equal(await hasContentHash(store.pool, recordOf(article('m1', 'Mill reopens', 'The flour mill in Ostrander reopened after a year.', 'Valley Note', '2026-01-10T08:00:00Z')).contentHash), true);
  assert.equal(await hasContentHash(store.pool, 'f'.repeat(64)), false);
  const changed = await storiesChangedSince(store.pool, new Date(since.getTime() - 60_000));
  assert.deepEqual(changed.map((c) => c.id).sort(), ['s-mill', 's-quay', 's-undated']);
  assert.deepEqual((await alignedStories(store.pool, ['s-quay', 'none'])).map((s) => [s.id, s.articleCount]), [['s-quay', 3]]);
  assert.equal((await storyHead(store.pool, 's-mill'))?.title, 'Mill reopens');
  assert.equal(await storyHead(store.pool, 'none'), null);
  await store.transaction(async (db) => {
    await assert.rejects(withSavepoint(db, async () => { await saveCursorValue(db, 'file:/b', {}); throw new Error('boom'); }), /boom/);
    await withSavepoint(db, () => saveCursorValue(db, 'file:/c', {}));
  });
  assert.deepEqual([...(await loadCursorValues(store.pool, 'file:')).keys()].sort(), ['file:/a', 'file:/c']);
});
