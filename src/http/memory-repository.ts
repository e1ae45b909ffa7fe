/** An in-memory Repository over plain Article and Story objects: for tests, the demo without a store, and benchmarks. */
import { EngineError, type AnalysisResult, type Article, type Story } from '../core/index.js';
import type {
  ArticleMeta, ArticleReader, ArticleView, IngestResult, Repository, SearchResult, StoryPage, StoryQuery, StorySummary, StoryView,
} from './repository.js';
import { articleHit, fold, paging, storyMatches } from './query.js';
import { newestFirst, summarizeStory } from './summarize.js';

/** Options for the in-memory repository. */
export interface MemoryRepositoryOptions {
  articles?: Article[];
  stories?: Story[];
  /** Reads ingest input into articles; without it, ingest throws E_USAGE. */
  read?: ArticleReader;
  /** Recomputes stories over all articles after an ingest; without it each new article becomes its own story. */
  analyze?: (articles: Article[]) => AnalysisResult | Promise<AnalysisResult>;
}

/** Metadata of an article (everything but the text). */
export function metaOf(a: Article): ArticleMeta {
  return { id: a.id, source: a.source, outlet: a.outlet, title: a.title, published: a.published, author: a.author, language: a.language };
}

/** A one-article story for an article nobody has clustered. */
function soloStory(a: Article): Story {
  return { id: `story-${a.id}`, title: a.title ?? a.id, articles: [a.id], entities: [], quotes: [], facts: [], lineage: [], brief: [] };
}

/** Creates an in-memory repository; data is indexed once per change so reads stay cheap at 10k articles. */
export function memoryRepository(options: MemoryRepositoryOptions = {}): Repository & { size(): { articles: number; stories: number } } {
  const articles = new Map<string, Article>();
  const stories = new Map<string, Story>();
  let summaries: StorySummary[] = [];
  const storiesOf = new Map<string, string[]>();

  function index(): void {
    storiesOf.clear();
    for (const s of stories.values()) for (const id of s.articles) storiesOf.set(id, [...(storiesOf.get(id) ?? []), s.id]);
    summaries = [...stories.values()].map((s) => summarizeStory(s, s.articles.flatMap((id) => { const a = articles.get(id); return a ? [metaOf(a)] : []; })));
    summaries.sort(newestFirst);
  }
  function replace(nextArticles: Article[], nextStories: Story[]): void {
    for (const a of nextArticles) articles.set(a.id, a);
    for (const s of nextStories) stories.set(s.id, s);
    index();
  }
  function matching(query: StoryQuery): StorySummary[] {
    return summaries.filter((row) => {
      const story = stories.get(row.id)!;
      const texts = query.q ? story.articles.flatMap((id) => { const a = articles.get(id); return a ? [a.title ?? '', a.text] : []; }) : [];
      return storyMatches(story, texts, query);
    });
  }
  replace(options.articles ?? [], options.stories ?? []);

  return {
    size: () => ({ articles: articles.size, stories: stories.size }),
    async listStories(query): Promise<StoryPage> {
      const { limit, offset } = paging(query);
      const rows = query.q || query.person || query.place ? matching(query) : summaries;
      return { stories: rows.slice(offset, offset + limit), total: rows.length };
    },
    async getStory(id): Promise<StoryView> {
      const story = stories.get(id);
      if (!story) throw new EngineError('E_NOT_FOUND', `no story \`${id}\``, { subject: id });
      return { story, articles: story.articles.flatMap((a) => { const x = articles.get(a); return x ? [metaOf(x)] : []; }) };
    },
    async getArticle(id): Promise<ArticleView> {
      const a = articles.get(id);
      if (!a) throw new EngineError('E_NOT_FOUND', `no article \`${id}\``, { subject: id });
      return { article: { ...metaOf(a), text: a.text, url: a.url }, stories: storiesOf.get(id) ?? [] };
    },
    async search(query): Promise<SearchResult> {
      const { limit } = paging(query);
      const needle = query.q?.trim() ?? '';
      const found = needle ? [...articles.values()].filter((a) => fold(`${a.title ?? ''}\n${a.text}`).includes(fold(needle))) : [];
      return {
        stories: matching(query).slice(0, limit),
        articles: found.slice(0, limit).map((a) => articleHit(a, needle, storiesOf.get(a.id) ?? [])),
      };
    },
    async ingest(request, progress): Promise<IngestResult> {
      if (!options.read) throw new EngineError('E_USAGE', 'this server cannot ingest: no reader configured');
      const { articles: read, diagnostics } = await options.read(request, progress);
      if (read.length === 0) throw new EngineError('E_NOTHING_READ', 'no article could be read from the upload', { subject: request.files[0]?.name ?? request.urls[0] });
      if (options.analyze) {
        const result = await options.analyze([...articles.values(), ...read.filter((a) => !articles.has(a.id))]);
        stories.clear();
        replace(read, result.stories);
        diagnostics.push(...result.diagnostics.filter((d) => d.article === undefined || read.some((a) => a.id === d.article)));
      } else {
        replace(read, read.map(soloStory));
      }
      const storyIds = [...new Set(read.flatMap((a) => storiesOf.get(a.id) ?? []))];
      return { articles: read.map((a) => a.id), stories: storyIds, diagnostics };
    },
  };
}
