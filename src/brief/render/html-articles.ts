/** The included articles of the HTML page: escaped text with every cited span highlighted and addressable. */
import type { Citation, PublicArticle } from '../../core/index.js';
import { escapeHtml as h } from './escape.js';

/** Gives each distinct cited span a stable anchor id (`c1`, `c2` …) and each article a page id (`a1` …). */
export class Anchors {
  private readonly spans = new Map<string, string>();
  private readonly byArticle = new Map<string, Citation[]>();
  readonly articleIds = new Map<string, string>();
  constructor(articles: PublicArticle[]) {
    articles.forEach((a, i) => this.articleIds.set(a.id, `a${i + 1}`));
  }
  /** The anchor id of a citation, registering it on first use (null when the article is not on the page). */
  anchor(c: Citation): string | null {
    if (!this.articleIds.has(c.article)) return null;
    const key = `${c.article}\u0000${c.start}\u0000${c.end}`;
    let id = this.spans.get(key);
    if (id === undefined) {
      id = `c${this.spans.size + 1}`;
      this.spans.set(key, id);
      const list = this.byArticle.get(c.article) ?? [];
      list.push(c);
      this.byArticle.set(c.article, list);
    }
    return id;
  }
  /** The cited spans of one article. */
  citationsOf(articleId: string): Citation[] {
    return this.byArticle.get(articleId) ?? [];
  }
  /** The anchor id of an already registered citation. */
  idOf(c: Citation): string {
    return this.spans.get(`${c.article}\u0000${c.start}\u0000${c.end}`)!;
  }
}

/**
 * An article's text as HTML: cut at every citation boundary, cited pieces in <mark>, an empty anchor before
 * each citation's first piece (so `#c7` scrolls there and `:target + mark` outlines it). Everything is escaped.
 */
export function articleBody(article: PublicArticle, anchors: Anchors): string {
  const text = article.text;
  const cites = anchors.citationsOf(article.id).filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const cuts = [...new Set([0, text.length, ...cites.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const starting = cites.filter((c) => c.start === from);
    const covering = cites.filter((c) => c.start <= from && c.end >= to);
    for (const c of starting) out += `<span class="anchor" id="${anchors.idOf(c)}"></span>`;
    const piece = h(text.slice(from, to));
    out += covering.length > 0 ? `<mark data-c="${covering.map((c) => anchors.idOf(c)).join(' ')}">${piece}</mark>` : piece;
  }
  return out;
}

/** The article section: heading with outlet, title, time and author, then the highlighted text. */
export function articleSection(article: PublicArticle, anchors: Anchors): string {
  const meta = [article.outlet, article.published, article.author].filter((x): x is string => !!x).map(h).join(' · ');
  return `<article class="source" id="${anchors.articleIds.get(article.id)}">
<h3>${h(article.title ?? article.id)}</h3>
<p class="meta">${meta}${meta ? ' · ' : ''}<code>${h(article.id)}</code></p>
<div class="text">${articleBody(article, anchors)}</div>
</article>`;
}
