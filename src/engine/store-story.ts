/** Reading stories back: realign a story whose membership changed, and build the public result for one story. */
import { EngineError, type AnalysisResult, type Article, type ArticleAnalysis, type PublicArticle, type Story } from '../core/index.js';
import { getStory, loadArticles, saveStoryDetails, staleStories, type Store, type StoredStory } from '../store/index.js';
import type { AlignMemo } from '../corpus/align/index.js';
import { fallbackAnalyze } from './store-fallbacks.js';
import { loadStoreStages, type StoreStages } from './store-stages.js';

/** The title of a story: the headline of its earliest article with one. */
function titleOf(articles: Article[], fallback: string): string {
  return articles.find((a) => a.title)?.title ?? (articles[0]?.text.split('\n')[0]?.slice(0, 120) || fallback);
}

/**
 * Recomputes a story's entities, quotes, facts, lineage and brief from its stored articles and saves them as
 * of the revision read. Returns false when the story does not exist or a newer alignment was saved meanwhile.
 * `memo` (the story's own, kept by the caller) lets the aligner reuse sentence pairs judged on earlier refreshes.
 */
export async function realignStory(store: Store, id: string, stages?: StoreStages, memo?: AlignMemo): Promise<boolean> {
  const s = stages ?? (await loadStoreStages());
  const story = await getStory(store.pool, id);
  if (story === null) return false;
  const loaded = await loadArticles(store.pool, story.articles);
  const articles = loaded.map((x) => x.article);
  const analyses: ArticleAnalysis[] = loaded.map((x) => x.analysis ?? fallbackAnalyze(x.article));
  const align = s.align as (input: { articles: Article[]; analyses: ArticleAnalysis[] }, memo?: AlignMemo) => ReturnType<StoreStages['align']>;
  const aligned = align({ articles, analyses }, memo);
  const title = titleOf(articles, id);
  const draft: Omit<Story, 'brief'> = { id, title, articles: story.articles, ...aligned };
  const brief = s.brief(draft, articles);
  return store.transaction((db) => saveStoryDetails(db, id, story.revision, { ...draft, brief }));
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
