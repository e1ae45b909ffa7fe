/** Helpers for writing sample stories by hand: articles from text, and citations found by phrase. */
import type { Article, Citation, Story } from '../../core/index.js';

/** An article with defaults for the fields a sample does not care about. */
export function sampleArticle(id: string, outlet: string | null, title: string, published: string | null, text: string): Article {
  return { id, source: `${id}.txt`, outlet, title, published, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}

/** Cites the first occurrence of `phrase` in the article; throws when it is missing so a sample cannot drift. */
export function citeIn(article: Article, phrase: string): Citation {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`sample: \`${phrase}\` not found in ${article.id}`);
  return { article: article.id, start, end: start + phrase.length };
}

/** Cites every occurrence of `phrase` in each of the articles. */
export function citeAll(articles: Article[], phrase: string): Citation[] {
  const out: Citation[] = [];
  for (const a of articles) {
    for (let at = a.text.indexOf(phrase); at >= 0; at = a.text.indexOf(phrase, at + phrase.length)) {
      out.push({ article: a.id, start: at, end: at + phrase.length });
    }
  }
  return out;
}

/** An empty story over the articles, to be filled in by the sample. */
export function emptyStory(id: string, title: string, articles: Article[]): Story {
  return { id, title, articles: articles.map((a) => a.id), entities: [], quotes: [], facts: [], lineage: [], brief: [] };
}
