/** Citation links: each names its source by number and opens the article with the cited span highlighted. */
import type { Citation } from '../../core/index.js';
import type { ArticleMeta } from '../repository.js';
import { outletOf } from '../summarize.js';
import { href, html, seg, type SafeHtml } from './html.js';

/** Numbers and outlets of a story's articles, in story order. */
export interface SourceIndex {
  number(article: string): number;
  outlet(article: string): string;
  meta(article: string): ArticleMeta | undefined;
  articles: ArticleMeta[];
}

/** Indexes a story's articles: the first article is source 1. */
export function sourceIndex(order: string[], articles: ArticleMeta[]): SourceIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const numbers = new Map(order.map((id, i) => [id, i + 1]));
  return {
    number: (id) => numbers.get(id) ?? 0,
    outlet: (id) => { const a = byId.get(id); return a ? outletOf(a) : id; },
    meta: (id) => byId.get(id),
    articles: order.flatMap((id) => { const a = byId.get(id); return a ? [a] : []; }),
  };
}

/** The URL of an article page with a span highlighted. */
export function citationHref(c: Citation): string {
  return `${href(`/articles/${seg(c.article)}`, { start: c.start, end: c.end })}#hl`;
}

/** One citation as a small numbered link. */
export function citeLink(c: Citation, sources: SourceIndex): SafeHtml {
  const n = sources.number(c.article);
  return html`<a class="cite" href="${citationHref(c)}" title="${sources.outlet(c.article)}" data-article="${c.article}">${n || '?'}</a>`;
}

/** Citations as links, one per distinct article+span, in source order. */
export function citeLinks(citations: Citation[], sources: SourceIndex): SafeHtml {
  const seen = new Set<string>();
  const unique = citations.filter((c) => { const k = `${c.article}:${c.start}:${c.end}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => sources.number(a.article) - sources.number(b.article) || a.start - b.start);
  return html`<span class="cites">${unique.map((c) => citeLink(c, sources))}</span>`;
}

/** Distinct outlets among citations, in source order. */
export function outletsOf(citations: Citation[], sources: SourceIndex): string[] {
  const sorted = [...citations].sort((a, b) => sources.number(a.article) - sources.number(b.article));
  return [...new Set(sorted.map((c) => sources.outlet(c.article)))];
}
