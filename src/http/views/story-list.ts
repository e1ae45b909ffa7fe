/** The story list: a search form (text, person, place) and one row per story, newest first. */
import type { StoryPage, StoryQuery, StorySummary } from '../repository.js';
import { href, html, seg, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';
import { sparkline } from './sparkline.js';

/** The search form, keeping the current values. */
function searchForm(query: StoryQuery): SafeHtml {
  return html`<form class="search" method="get" action="/" role="search">
  <label>Text <input type="search" name="q" value="${query.q ?? ''}" placeholder="words in titles, briefs, articles"></label>
  <label>Person <input type="search" name="person" value="${query.person ?? ''}" placeholder="e.g. a speaker"></label>
  <label>Place <input type="search" name="place" value="${query.place ?? ''}" placeholder="e.g. a city"></label>
  <button type="submit">Search</button>
  ${query.q || query.person || query.place ? html`<a class="clear" href="/">Clear</a>` : null}
</form>`;
}

/** Links that narrow the list to a person or place. */
function facetLinks(names: string[], key: 'person' | 'place'): SafeHtml {
  return html`${names.slice(0, 4).map((n) => html`<a class="facet ${key}" href="${href('/', { [key]: n })}">${n}</a>`)}`;
}

/** One story row. */
function storyRow(s: StorySummary): SafeHtml {
  const outlets = s.outlets.map((o) => html`<span class="outlet">${o.outlet}<b>${o.articles}</b></span>`);
  return html`<li class="story-row">
  <div class="story-main">
    <a class="story-title" href="/stories/${seg(s.id)}">${s.title}</a>
    <div class="meta">${formatTime(s.last)} · ${s.articles} article${s.articles === 1 ? '' : 's'} · ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'}</div>
    <div class="outlets">${outlets}</div>
    <div class="facets">${facetLinks(s.people, 'person')}${facetLinks(s.places, 'place')}</div>
  </div>
  ${sparkline(s.coverage, `coverage over time: ${s.coverage.join(', ')} articles`)}
</li>`;
}

/** Previous/next links for a paged list. */
function pager(query: StoryQuery, page: StoryPage, limit: number, offset: number): SafeHtml {
  const base = { q: query.q, person: query.person, place: query.place };
  const prev = offset > 0 ? html`<a href="${href('/', { ...base, offset: Math.max(0, offset - limit) || null })}">← Newer</a>` : null;
  const next = offset + limit < page.total ? html`<a href="${href('/', { ...base, offset: offset + limit })}">Older →</a>` : null;
  return prev || next ? html`<nav class="pager">${prev}${next}</nav>` : html``;
}

/** The body of the story-list page. */
export function storyListView(query: StoryQuery, page: StoryPage, limit: number, offset: number): SafeHtml {
  const filtered = Boolean(query.q || query.person || query.place);
  const heading = filtered ? `${page.total} matching stor${page.total === 1 ? 'y' : 'ies'}` : `${page.total} stor${page.total === 1 ? 'y' : 'ies'}`;
  return html`<h1>Stories</h1>
${searchForm(query)}
<p class="count" id="story-count">${heading}</p>
${page.stories.length === 0
    ? html`<p class="empty">${filtered ? 'No story matches these filters.' : 'No stories yet.'} <a href="/ingest">Add articles</a>.</p>`
    : html`<ol class="stories">${page.stories.map(storyRow)}</ol>`}
${pager(query, page, limit, offset)}`;
}
