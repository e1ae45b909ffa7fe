/** The story page: cited brief, coverage matrix, claims, quotes, lineage, people and places, and the sources. */
import type { Fact, StoryEntity, StoryQuote } from '../../core/index.js';
import type { StoryView } from '../repository.js';
import { countOutlets } from '../summarize.js';
import { citeLinks, outletsOf, sourceIndex, type SourceIndex } from './citations.js';
import { coverageMatrix } from './coverage-matrix.js';
import { href, html, seg, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';
import { lineageGraph } from './lineage-graph.js';

/** The brief: each sentence followed by links to its evidence. */
function brief(view: StoryView, sources: SourceIndex): SafeHtml {
  if (view.story.brief.length === 0) return html`<p class="empty">No brief was written for this story.</p>`;
  return html`<ol class="brief">${view.story.brief.map((s) => html`<li><span class="sentence">${s.text}</span> ${citeLinks(s.citations, sources)}</li>`)}</ol>`;
}

/** Disputed claims with why they conflict, and single-source claims with their one outlet. */
function claims(facts: Fact[], sources: SourceIndex): SafeHtml {
  const disputed = facts.filter((f) => f.status === 'disputed');
  const single = facts.filter((f) => f.status === 'single-source');
  return html`<div class="claims">
<section class="disputed"><h3>Disputed (${disputed.length})</h3>${disputed.length === 0 ? html`<p class="empty">None.</p>` : html`<ul>${disputed.map((f) => html`<li><p>${f.text} ${citeLinks(f.citations, sources)}</p>${f.conflicts.map((k) => html`<p class="conflict">${k.reason} ${citeLinks(k.citations, sources)}</p>`)}</li>`)}</ul>`}</section>
<section class="single"><h3>Single source (${single.length})</h3>${single.length === 0 ? html`<p class="empty">None.</p>` : html`<ul>${single.map((f) => html`<li><p>${f.text} ${citeLinks(f.citations, sources)}</p><p class="only">only ${outletsOf(f.citations, sources).join(', ')}</p></li>`)}</ul>`}</section>
</div>`;
}

/** One quote with speaker, cue, venue and the outlets carrying it. */
function quote(q: StoryQuote, sources: SourceIndex): SafeHtml {
  const outlets = outletsOf(q.citations, sources);
  return html`<li class="quote">
<blockquote class="${q.direct ? 'direct' : 'indirect'}">${q.direct ? html`“${q.text.replace(/[,.]$/, '')}”` : q.text}</blockquote>
<p class="who">— <b>${q.speakerName ?? 'unattributed'}</b>${q.cue ? html` <span class="cue">${q.cue}</span>` : null}${q.venue ? html` <span class="venue">${q.venue}</span>` : null}</p>
<p class="carried">carried by ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}: ${outlets.join(', ')} ${citeLinks(q.citations, sources)}</p>
</li>`;
}

/** People and places (and organisations), each linking to the stories that name them. */
function entities(list: StoryEntity[]): SafeHtml {
  const group = (kind: StoryEntity['kind'], label: string, key: 'person' | 'place' | null) => {
    const items = list.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length);
    if (items.length === 0) return null;
    return html`<h3>${label}</h3><ul class="entities ${kind}">${items.map((e) => html`<li>${key ? html`<a href="${href('/', { [key]: e.name })}">${e.name}</a>` : e.name}${e.roles?.length ? html` <span class="role">${e.roles.join(', ')}</span>` : null} <span class="n">${e.mentions.length}</span>${e.aliases.length ? html`<div class="aliases">also: ${e.aliases.join(', ')}</div>` : null}</li>`)}</ul>`;
  };
  const body = [group('person', 'People', 'person'), group('place', 'Places', 'place'), group('organization', 'Organisations', null)].filter(Boolean);
  return body.length ? html`${body}` : html`<p class="empty">No named people or places.</p>`;
}

/** Most sources listed on one story page; further ones are paged with `?from=`. */
export const MAX_PAGE_ARTICLES = 200;

/** Most facts and most quotes rendered on one story page. */
export const MAX_PAGE_ROWS = 200;

/** A "showing N of M" note, empty when nothing was cut. */
function shownNote(shown: number, total: number, what: string): SafeHtml | null {
  return shown < total ? html`<p class="note">showing ${shown} of ${total} ${what}</p>` : null;
}

/** The numbered source list, one page of MAX_PAGE_ARTICLES from `from`, with links to the other pages. */
function sourceList(storyId: string, sources: SourceIndex, from: number): SafeHtml {
  const total = sources.articles.length;
  const start = Math.min(from, Math.max(0, total - 1));
  const shown = sources.articles.slice(start, start + MAX_PAGE_ARTICLES);
  const link = (at: number, label: string) => html`<a href="${href(`/stories/${seg(storyId)}`, at > 0 ? { from: at } : {})}#sources">${label}</a>`;
  const nav = total > MAX_PAGE_ARTICLES
    ? html`<p class="note">showing ${start + 1}–${start + shown.length} of ${total} articles${start > 0 ? html` · ${link(Math.max(0, start - MAX_PAGE_ARTICLES), 'previous')}` : null}${start + shown.length < total ? html` · ${link(start + MAX_PAGE_ARTICLES, 'more')}` : null}</p>`
    : null;
  return html`<ol class="sources">${shown.map((a) => html`<li value="${sources.number(a.id)}"><a href="/articles/${seg(a.id)}">${a.title ?? a.id}</a><div class="meta">${sources.outlet(a.id)} · ${formatTime(a.published)}</div></li>`)}</ol>${nav}`;
}

/** The body of a story page; `from` is the first source listed (paging past MAX_PAGE_ARTICLES). */
export function storyPageView(view: StoryView, from = 0): SafeHtml {
  const { story } = view;
  const facts = story.facts.slice(0, MAX_PAGE_ROWS);
  const quotes = story.quotes.slice(0, MAX_PAGE_ROWS);
  const sources = sourceIndex(story.articles, view.articles);
  const outlets = countOutlets(view.articles);
  return html`<article class="story" data-story="${story.id}">
<h1>${story.title}</h1>
<p class="meta">${story.articles.length} articles from ${outlets.length} outlets · ${story.facts.length} facts · ${story.quotes.length} quotes</p>
<div class="story-grid">
<div class="story-col">
<section id="brief"><h2>Brief</h2>${brief(view, sources)}</section>
<section id="coverage"><h2>Coverage</h2>${coverageMatrix(facts, sources)}${shownNote(facts.length, story.facts.length, 'facts')}</section>
<section id="claims"><h2>Claims to check</h2>${claims(facts, sources)}</section>
<section id="quotes"><h2>Quotes</h2>${quotes.length === 0 ? html`<p class="empty">No quotes.</p>` : html`<ul class="quotes">${quotes.map((q) => quote(q, sources))}</ul>`}${shownNote(quotes.length, story.quotes.length, 'quotes')}</section>
</div>
<aside class="story-side">
<section id="sources"><h2>Sources</h2>${sourceList(story.id, sources, from)}</section>
<section id="lineage"><h2>Lineage</h2>${lineageGraph(story.lineage, sources)}</section>
<section id="entities"><h2>People and places</h2>${entities(story.entities)}</section>
</aside>
</div>
</article>`;
}
