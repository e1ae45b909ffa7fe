/** Reading stories back: realign a story whose membership changed, and build the public result for one story. */
import { EngineError, type AnalysisResult, type Article, type ArticleAnalysis, type PublicArticle, type Story } from '../core/index.js';
import { getStory, loadArticles, saveStoryDetails, staleStories, type Store, type StoredStory } from '../store/index.js';
import { createAlignMemo, type AlignMemo } from '../corpus/align/index.js';
import { createBriefMemo, type BriefMemo } from '../brief/index.js';
import { fallbackAnalyze } from './store-fallbacks.js';
import { loadStoreStages, type StoreStages } from './store-stages.js';

/** The title of a story: the headline of its earliest article with one. */
function titleOf(articles: Article[], fallback: string): string {
  return articles.find((a) => a.title)?.title ?? (articles[0]?.text.split('\n')[0]?.slice(0, 120) || fallback);
}

/** A story's memos kept between refreshes: judged pairs and article parts for the aligner, entries and fact candidates for the brief. */
export interface StoryMemos {
  align: AlignMemo;
  brief: BriefMemo;
}

/** Options of realignStory. */
export interface RealignOptions {
  /**
   * Runs the computation (alignment and brief: CPU only, no I/O); the watch passes a turnstile here so that no
   * computation runs while one of its own article transactions holds the assignment lock.
   */
  compute?: (fn: () => Story) => Promise<Story>;
}

/** Fresh memos for one story. */
export function createStoryMemos(maxPairs?: number): StoryMemos {
  return { align: createAlignMemo(maxPairs), brief: createBriefMemo() };
}

/**
 * Recomputes a story's entities, quotes, facts, lineage and brief from its stored articles and saves them as
 * of the revision read. Returns false when the story does not exist or a newer alignment was saved meanwhile.
 * `memos` (the story's own, kept by the caller) let the aligner and the brief reuse what earlier refreshes computed
 * (the result is the same without them).
 */
export async function realignStory(store: Store, id: string, stages?: StoreStages, memos?: StoryMemos, options: RealignOptions = {}): Promise<boolean> {
  const s = stages ?? (await loadStoreStages());
  const story = await getStory(store.pool, id);
  if (story === null) return false;
  const loaded = await loadArticles(store.pool, story.articles);
  const articles = loaded.map((x) => x.article);
  const analyses: ArticleAnalysis[] = loaded.map((x) => x.analysis ?? fallbackAnalyze(x.article));
  const align = s.align as (input: { articles: Article[]; analyses: ArticleAnalysis[] }, memo?: AlignMemo) => ReturnType<StoreStages['align']>;
  const brief = s.brief as (story: Omit<Story, 'brief'>, articles: Article[], memo?: BriefMemo) => ReturnType<StoreStages['brief']>;
  const compute = (): Story => {
    const draft: Omit<Story, 'brief'> = { id, title: titleOf(articles, id), articles: story.articles, ...align({ articles, analyses }, memos?.align) };
    return { ...draft, brief: brief(draft, articles, memos?.brief) };
  };
  const details = options.compute ? await options.compute(compute) : compute();
  return store.transaction((db) => saveStoryDetails(db, id, story.revision, details));
}

/** Realigns every story whose details lag behind its membership; returns how many. */
export async function realignStale(store: Store): Promise<number> {
  const stages = await loadStoreStages();
  let n = 0;
  for (const id of await staleStories(store.pool)) if (await realignStory(store, id, stages)) n++;
  return n;
}

/** The public article shape. */
function publicArticle(a: Article): PublicArticle {
  return { id: a.id, source: a.source, outlet: a.outlet, title: a.title, published: a.published, author: a.author, language: a.language, text: a.text };
}

/** A stored story as the public contract's Story. */
function toStory(s: StoredStory): Story {
  return { id: s.id, title: s.title, articles: s.articles, entities: s.entities, quotes: s.quotes, facts: s.facts, lineage: s.lineage, brief: s.brief };
}

/** One story as an AnalysisResult (realigned first if stale); unknown id → E_NOT_FOUND. */
export async function storyResult(store: Store, id: string): Promise<AnalysisResult> {
  let story = await getStory(store.pool, id);
  if (story === null) throw new EngineError('E_NOT_FOUND', `no story \`${id}\` in ${store.location} (list them with \`concord stories\`)`, { subject: id });
  if (story.alignedRevision < story.revision) {
    await realignStory(store, id);
    story = (await getStory(store.pool, id)) ?? story;
  }
  const loaded = await loadArticles(store.pool, story.articles);
  const diagnostics = loaded.flatMap((x) => [...x.article.diagnostics, ...(x.analysis?.diagnostics ?? [])]);
  return { articles: loaded.map((x) => publicArticle(x.article)), stories: [toStory(story)], diagnostics };
}
