/** The article page: metadata and the text with entities, quotes and the cited span marked. */
import type { Story } from '../../core/index.js';
import type { ArticleView } from '../repository.js';
import { outletOf } from '../summarize.js';
import { html, seg, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';
import { markText, type TextMark } from './marks.js';

/** Marks for one article from the story it belongs to: entity mentions and quote spans. */
export function storyMarks(story: Story | null, articleId: string): TextMark[] {
  if (!story) return [];
  const marks: TextMark[] = [];
  for (const e of story.entities) {
    for (const m of e.mentions) if (m.article === articleId) marks.push({ start: m.start, end: m.end, classes: ['ent', e.kind], title: `${e.name} (${e.kind})` });
  }
  for (const q of story.quotes) {
    for (const c of q.citations) if (c.article === articleId) marks.push({ start: c.start, end: c.end, classes: ['qt'], title: `quote: ${q.speakerName ?? 'unattributed'}${q.venue ? ` via ${q.venue}` : ''}` });
  }
  return marks;
}

/** The highlighted span from `?start=&end=`, when both are whole numbers inside the text. */
export function highlightMark(start: string | undefined, end: string | undefined, length: number): TextMark | null {
  const s = Number(start);
  const e = Number(end);
  if (start === undefined || end === undefined || !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > length || s >= e) return null;
  return { start: s, end: e, classes: [], highlight: true };
}

/** The body of an article page. */
export function articlePageView(view: ArticleView, story: Story | null, highlight: TextMark | null): SafeHtml {
  const a = view.article;
  const marks = [...storyMarks(story, a.id), ...(highlight ? [highlight] : [])];
  return html`<article class="article" data-article="${a.id}">
<p class="crumbs">${story ? html`<a href="/stories/${seg(story.id)}">← ${story.title}</a>` : html`<a href="/">← Stories</a>`}</p>
<h1>${a.title ?? a.id}</h1>
<p class="meta"><b>${outletOf(a)}</b> · ${formatTime(a.published)}${a.author ? html` · ${a.author}` : null}${a.language ? html` · ${a.language}` : null}</p>
<p class="meta source">source: ${a.url ?? a.source}</p>
${highlight ? html`<p class="hl-note">The highlighted passage is the cited evidence.</p>` : null}
<p class="legend"><span class="ent person">person</span> <span class="ent place">place</span> <span class="ent organization">organisation</span> <span class="qt">quote</span></p>
<div class="text">${markText(a.text, marks)}</div>
</article>`;
}
