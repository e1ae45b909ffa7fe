import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../core/index.js';
import { loadArticles, openStore } from '../../store/index.js';
import { nodeContext } from '../node-context.js';
import { loadStoreStages } from '../store-stages.js';
import { freshSchemaUrl, postgresSkipReason, testDatabaseUrl } from '../../../test/support/store.js';
import { createPipeline } from './pipeline.js';
import { generatedArticle, lineAnalysis } from './testing/generate.js';

/** Sets of article ids, one per story, in a canonical order. */
function partition(groups: Map<string, string[]>): string[][] {
  return [...groups.values()].map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

test('should assign stories consistently when two workers share one PostgreSQL database', { timeout: 120_000 }, async (t) => {
  const reason = postgresSkipReason();
  if (reason !== null) { t.skip(reason); return; }
  const fresh = await freshSchemaUrl(testDatabaseUrl()!);
  const a = await openStore({ url: fresh.url });
  const b = await openStore({ url: fresh.url });
  t.after(async () => { await a.close(); await b.close(); await fresh.drop(); });
  const stages = await loadStoreStages();
  const ctx = nodeContext();
  const analyze = (x: Article) => lineAnalysis(x);
  const workers = [createPipeline(a, ctx, stages, { analyze }), createPipeline(b, ctx, stages, { analyze })];
  const articles = Array.from({ length: 48 }, (_, i) => generatedArticle(Math.floor(i / 4), i % 4, 12, 'w'));
  // Both workers take interleaved articles of the same stories at once, refreshing as they go.
  await Promise.all(workers.map(async (w, k) => {
    for (let i = k; i < articles.length; i += 2) {
      await w.ingest(articles[i]!);
      if (i % 6 < 2) await w.refresh();
    }
    await w.refresh();
  }));

  const { rows } = await a.pool.query('SELECT article_id, story_id FROM story_articles ORDER BY seq');
  assert.equal(rows.length, articles.length, 'every article stored and assigned once');
  const stored = new Map<string, string[]>();
  for (const r of rows) stored.set(r.story_id, [...(stored.get(r.story_id) ?? []), r.article_id]);
  // A single clusterer fed the same articles in commit order must reach the same stories.
  const clusterer = stages.createClusterer();
  const loaded = await loadArticles(a.pool, rows.map((r) => r.article_id));
  const replay = new Map<string, string[]>();
  for (const x of loaded) {
    const story = clusterer.add(stages.clusterDocFrom(x.article, x.analysis ?? undefined)).story;
    replay.set(story, [...(replay.get(story) ?? []), x.article.id]);
  }
  assert.deepEqual(partition(stored), partition(replay));
  const stale = await a.pool.query('SELECT id FROM stories WHERE aligned_revision < revision');
  assert.deepEqual(stale.rows, [], 'every story refreshed to its latest membership');
  const counts = await a.pool.query('SELECT count(*)::int AS n FROM stories s WHERE article_count <> (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id)');
  assert.equal(counts.rows[0].n, 0);
});
