/** The Repository over the real store: story rows cached per story revision, ingest through the engine pipeline. */
import { EngineError, type Diagnostic, type Story } from '../core/index.js';
import { ingestIntoStore, nodeContext, storyResult } from '../engine/index.js';
import { getArticle, getStory, listStories, loadArticles, type Store, type StorySummary as StoreRow } from '../store/index.js';
import type { ArticleMeta, IngestResult, Repository, SearchResult, StoryPage, StoryQuery, StorySummary, StoryView } from './repository.js';
import { articleHit, paging, storyMatches } from './query.js';
import { summarizeStory } from './summarize.js';
import { uploadContext } from './upload-context.js';
import { metaOf } from './memory-repository.js';
import { createMemo } from './memo.js';

/** Options for the store repository. */
export interface StoreRepositoryOptions {
  allowPrivateNetwork?: boolean;
  env?: Record<string, string | undefined>;
  /**
   * How long read results are reused (ms). Default: until this server ingests, for PGlite (the directory is locked
   * to this process, so nobody else writes); 2 s for PostgreSQL, where other processes may write.
   */
  cacheTtlMs?: number;
}

/** A cached story row with the story details it came from and the searchable text of its articles. */
interface Cached { key: string; summary: StorySummary; story: Story; texts: string[] }

/** Creates a repository over an open store. */
export function storeRepository(store: Store, options: StoreRepositoryOptions = {}): Repository & { warm(): Promise<void> } {
  const cache = new Map<string, Cached>();
  const memo = createMemo({ ttlMs: options.cacheTtlMs ?? (store.backend === 'pglite' ? Infinity : 2000) });
  let writing: Promise<unknown> = Promise.resolve();

  const allRows = (): Promise<StoreRow[]> => memo.get('rows', async () => (await listStories(store.pool))
    .sort((a, b) => (b.lastPublished ?? '').localeCompare(a.lastPublished ?? '') || a.title.localeCompare(b.title)));
  const rowKey = (r: StoreRow) => `${r.updatedAt}|${r.aligned}|${r.articleCount}`;
  async function detail(row: StoreRow): Promise<Cached> {
    const hit = cache.get(row.id);
    if (hit && hit.key === rowKey(row)) return hit;
    const stored = await getStory(store.pool, row.id);
    const loaded = stored ? await loadArticles(store.pool, stored.articles) : [];
    const story: Story = stored
      ? { id: stored.id, title: stored.title, articles: stored.articles, entities: stored.entities, quotes: stored.quotes, facts: stored.facts, lineage: stored.lineage, brief: stored.brief }
      : { id: row.id, title: row.title, articles: [], entities: [], quotes: [], facts: [], lineage: [], brief: [] };
    const texts = loaded.flatMap((x) => [x.article.title ?? '', x.article.text]);
    const value = { key: rowKey(row), summary: summarizeStory(story, loaded.map((x) => metaOf(x.article))), story, texts };
    cache.set(row.id, value);
    return value;
  }
  async function matching(query: StoryQuery): Promise<StoreRow[]> {
    const list = await allRows();
    if (!query.q && !query.person && !query.place) return list;
    const out: StoreRow[] = [];
    for (const row of list) {
      const d = await detail(row);
      if (storyMatches(d.story, d.texts, query)) out.push(row);
    }
    return out;
  }

  return {
    async warm() {
      for (const row of await allRows()) await detail(row);
    },
    listStories(query): Promise<StoryPage> {
      const { limit, offset } = paging(query);
      return memo.get(`list:${JSON.stringify([query.q, query.person, query.place, limit, offset])}`, async () => {
        const list = await matching(query);
        const stories = await Promise.all(list.slice(offset, offset + limit).map(async (r) => (await detail(r)).summary));
        return { stories, total: list.length };
      });
    },
    getStory(id): Promise<StoryView> {
      return memo.get(`story:${id}`, async () => {
        const result = await storyResult(store, id);
        const articles: ArticleMeta[] = result.articles.map(({ text: _text, ...meta }) => meta);
        return { story: result.stories[0]!, articles };
      });
    },
    getArticle(id) {
      return memo.get(`article:${id}`, async () => {
        const stored = await getArticle(store.pool, id);
        if (!stored) throw new EngineError('E_NOT_FOUND', `no article \`${id}\``, { subject: id });
        return { article: { ...metaOf(stored.article), text: stored.article.text, url: stored.article.url }, stories: stored.storyId ? [stored.storyId] : [] };
      });
    },
    async search(query): Promise<SearchResult> {
      const { limit } = paging(query);
      const found = (await matching(query)).slice(0, limit);
      const details = await Promise.all(found.map(detail));
      const needle = query.q ?? '';
      const articles = [];
      for (const d of details.slice(0, 10)) {
        for (const x of await loadArticles(store.pool, d.story.articles)) {
          if (needle && `${x.article.title ?? ''}\n${x.article.text}`.toLowerCase().includes(needle.toLowerCase())) articles.push(articleHit(x.article, needle, [d.story.id]));
        }
      }
      return { stories: details.map((d) => d.summary), articles: articles.slice(0, limit) };
    },
    ingest(request, progress): Promise<IngestResult> {
      const run = async (): Promise<IngestResult> => {
        const diagnostics: Diagnostic[] = [];
        const base = nodeContext({ allowPrivateNetwork: options.allowPrivateNetwork ?? false, env: options.env ?? {}, onDiagnostic: (d) => diagnostics.push(d) });
        const { ctx, paths } = uploadContext(base, request.files);
        const inputs = [...paths, ...request.urls];
        const ids: string[] = [];
        let done = 0;
        progress({ done: 0, total: inputs.length, message: 'reading' });
        const summary = await ingestIntoStore(store, inputs, ctx, {
          ...(request.outlet ? { outlet: request.outlet } : {}),
          onArticle: (e) => {
            done++;
            if (e.id && e.action !== 'failed') ids.push(e.id);
            progress({ done, total: Math.max(done, inputs.length), message: `${e.action}: ${e.source.replace(/^\/upload\/\d+\//, '')}` });
          },
        });
        for (const u of summary.unreadable) diagnostics.push({ severity: 'error', rule: 'unreadable', reason: u.message.replace(/\/upload\/\d+\//g, ''), source: u.input.replace(/^\/upload\/\d+\//, '') });
        if (summary.read === 0) throw new EngineError('E_NOTHING_READ', summary.unreadable[0]?.message.replace(/\/upload\/\d+\//g, '') ?? 'no article could be read from the upload');
        memo.clear();
        return { articles: [...new Set(ids)], stories: summary.stories, diagnostics };
      };
      const next = writing.then(run, run);
      writing = next.catch(() => undefined);
      return next;
    },
  };
}
