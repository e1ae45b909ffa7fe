import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../core/index.js';
import { clusterDocFrom, createClusterer } from '../corpus/cluster/index.js';
import { getStory, listStories, readLog, storyOfArticle } from '../store/index.js';
import { fallbackAlign, fallbackReadSources, fallbackRender } from './store-fallbacks.js';
import { ingestArticles } from './store-ingest.js';
import { resolveStoreOptions } from './store-open.js';
import type { StoreStages } from './store-stages.js';
import { storeTest } from '../../test/support/store.js';
import { makeArticle, simpleAnalysis } from '../../test/support/store-fixtures.js';
import { testContext } from '../../test/support/context.js';

const stages: StoreStages = {
  readSources: fallbackReadSources, analyze: simpleAnalysis, align: fallbackAlign, brief: () => [],
  renderMarkdown: (r) => fallbackRender(r, 'md'), renderHtml: (r) => fallbackRender(r, 'html'), createClusterer, clusterDocFrom, fallbacks: [],
};

async function* each(articles: Article[]): AsyncGenerator<Article> {
  yield* articles;
}

test('should prefer flags to the environment and a URL to a directory of the same rank', () => {
  const cwd = '/work';
  assert.deepEqual(resolveStoreOptions({ env: {}, cwd }), { dir: '/work/.concord' });
  assert.deepEqual(resolveStoreOptions({ env: { CONCORD_DB: 'data/db' }, cwd }), { dir: '/work/data/db' });
  assert.deepEqual(resolveStoreOptions({ env: { CONCORD_DB: 'x', DATABASE_URL: 'postgres://h/db' }, cwd }), { url: 'postgres://h/db' });
  assert.deepEqual(resolveStoreOptions({ db: 'mine', env: { DATABASE_URL: 'postgres://h/db' }, cwd }), { dir: '/work/mine' });
  assert.deepEqual(resolveStoreOptions({ databaseUrl: 'postgresql://h/x', env: { CONCORD_DB: 'x' }, cwd }), { url: 'postgresql://h/x' });
  assert.throws(() => resolveStoreOptions({ db: 'a', databaseUrl: 'postgres://h/x', env: {}, cwd }), /either --db or --database-url/);
  assert.throws(() => resolveStoreOptions({ databaseUrl: 'mysql://h/x', env: {}, cwd }), /postgres:\/\//);
});

storeTest('should keep assigning the same event to its stored story after a restart', async (store) => {
  // Articles 0 and 36 tell the same event (topic 0); 1 another one (topic 1).
  const first = await ingestArticles(store, each([makeArticle(0), makeArticle(1)]), testContext(), { align: false }, stages);
  assert.equal(first.new, 2);
  const story0 = await storyOfArticle(store.pool, 'a0');
  const story1 = await storyOfArticle(store.pool, 'a1');
  assert.notEqual(story0, story1);
  // A new ingestArticles call starts with an empty clusterer, which it must rebuild from the store.
  const second = await ingestArticles(store, each([makeArticle(36), makeArticle(0)]), testContext(), { align: false }, stages);
  assert.deepEqual([second.new, second.duplicate], [1, 1]);
  assert.equal(await storyOfArticle(store.pool, 'a36'), story0);
  const stories = await listStories(store.pool);
  assert.deepEqual(stories.map((s) => s.articleCount).sort(), [1, 2]);
});

storeTest('should count an analysis that throws as failed, log it and go on', async (store) => {
  const analyze = (a: Article) => {
    if (a.id === 'a2') throw new Error('analysis exploded');
    return simpleAnalysis(a);
  };
  const summary = await ingestArticles(store, each([makeArticle(1), makeArticle(2), makeArticle(3)]), testContext(), { analyze, batchSize: 2 }, stages);
  assert.deepEqual([summary.read, summary.new, summary.failed], [3, 2, 1]);
  const failed = (await readLog(store.pool)).filter((e) => e.action === 'failed');
  assert.equal(failed.length, 1);
  assert.match(failed[0]!.detail ?? '', /analysis exploded/);
});

storeTest('should realign a changed story so its stored details match its revision', async (store) => {
  const summary = await ingestArticles(store, each([makeArticle(5), makeArticle(41)]), testContext(), {}, {
    ...stages,
    align: ({ articles }) => ({ ...fallbackAlign(), lineage: articles.length > 1 ? [{ from: articles[0]!.id, to: articles[1]!.id, kind: 'rewrite', score: 0.5 }] : [] }),
    brief: (story) => [{ text: `${story.articles.length} reports`, citations: [] }],
  });
  assert.equal(summary.stories.length, 1);
  const story = await getStory(store.pool, summary.stories[0]!);
  assert.equal(story!.alignedRevision, story!.revision);
  assert.deepEqual(story!.brief.map((b) => b.text), ['2 reports']);
  assert.equal(story!.lineage.length, 1);
});
