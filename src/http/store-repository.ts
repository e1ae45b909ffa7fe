/** The Repository over the real store: story list and search as SQL queries (src/store/search.ts), ingest through the engine pipeline. */
import { EngineError, type Diagnostic, type FetchOptions, type SourceLimits } from '../core/index.js';
import { ingestIntoStore, nodeContext, storyResult } from '../engine/index.js';
import { getArticle, searchArticles, storyListPage, type Store, type StoryListRow } from '../store/index.js';
import type { ArticleMeta, IngestResult, Repository, SearchResult, StoryPage, StoryQuery, StorySummary, StoryView } from './repository.js';
import { articleHit, paging } from './query.js';
import { coverageBuckets } from './summarize.js';
import { uploadContext } from './upload-context.js';
import { metaOf } from './memory-repository.js';
import { createMemo } from './memo.js';

/** Options for the store repository. */
export interface StoreRepositoryOptions {
  allowPrivateNetwork?: boolean;
  env?: Record<string, string | undefined>;
  /** Fetch limits for URLs given to ingest (size, time, redirects); the fetcher's defaults when absent. */
  fetchLimits?: Pick<FetchOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects'>;
  /** Source limits for ingested files and feeds (gzip output, page fetches per feed). */
  sourceLimits?: SourceLimits;
  /**
   * How long read results are reused (ms). Default: until this server ingests, for PGlite (the directory is locked
   * to this process, so nobody else writes); 2 s for PostgreSQL, where other processes may write.
   */
  cacheTtlMs?: number;
}

/** A story-list row of the store as the app shows it (coverage buckets and first/last from the publication times). */
function summaryOf(row: StoryListRow): StorySummary {
  const times = row.published.map((p) => Date.parse(p)).filter(Number.isFinite);
  return {
    id: row.id, title: row.title, articles: row.articleCount, outlets: row.outlets,
    first: times.length ? new Date(Math.min(...times)).toISOString() : null,
    last: times.length ? new Date(Math.max(...times)).toISOString() : null,
    coverage: coverageBuckets(times), people: row.people, places: row.places,
  };
}

/** Creates a repository over an open store. */
export function storeRepository(store: Store, options: StoreRepositoryOptions = {}): Repository & { warm(): Promise<void> } {
  const memo = createMemo({ ttlMs: options.cacheTtlMs ?? (store.backend === 'pglite' ? Infinity : 2000) });
  let writing: Promise<unknown> = Promise.resolve();

  /** One page of matching stories, from one query (cached per filter and page). */
  const page = (query: StoryQuery, limit: number, offset: number): Promise<StoryPage> =>
    memo.get(`list:${JSON.stringify([query.q, query.person, query.place, limit, offset])}`, async () => {
      const found = await storyListPage(store.pool, { q: query.q, person: query.person, place: query.place }, { limit, offset });
      return { stories: found.rows.map(summaryOf), total: found.total };
    });

  return {
    async warm() {
      await page({}, 50, 0);
    },
    listStories(query): Promise<StoryPage> {
      const { limit, offset } = paging(query);
      return page(query, limit, offset);
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
    search(query): Promise<SearchResult> {
      const { limit } = paging(query);
      return memo.get(`search:${JSON.stringify([query.q, query.person, query.place, limit])}`, async () => {
        const [found, hits] = await Promise.all([
          page(query, limit, 0),
          query.q?.trim() ? searchArticles(store.pool, query.q, limit) : Promise.resolve([]),
        ]);
        const inStories = new Set(found.stories.map((s) => s.id));
        const filtered = query.person || query.place ? hits.filter((h) => h.storyId !== null && inStories.has(h.storyId)) : hits;
        const articles = filtered.map((h) => articleHit(h, query.q ?? '', h.storyId ? [h.storyId] : []));
        return { stories: found.stories, articles };
      });
    },
    ingest(request, progress): Promise<IngestResult> {
      const run = async (): Promise<IngestResult> => {
        const diagnostics: Diagnostic[] = [];
        const node = nodeContext({ allowPrivateNetwork: options.allowPrivateNetwork ?? false, env: options.env ?? {}, onDiagnostic: (d) => diagnostics.push(d) });
        const base = { ...node, limits: options.sourceLimits, fetch: (url: string, o: FetchOptions = {}) => node.fetch(url, { ...options.fetchLimits, ...o }) };
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
