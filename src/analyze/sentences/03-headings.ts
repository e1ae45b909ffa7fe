/** Marks heading sentences: those inside `article.headings`, and the title line at the top of the text. */
import type { Article } from '../../core/index.js';
import type { SentenceRange } from './02-split.js';

/** Normalises a line for comparing with the title: no end punctuation, single spaces, lower case. */
function normalise(line: string): string {
  return line.replace(/\s+/g, ' ').replace(/[\s.!?:;,]+$/u, '').trim().toLowerCase();
}

/** The span of the title line when the text opens with the article's title ("Russia renews talks invite\n\n…"). */
export function titleLine(article: Pick<Article, 'text' | 'title'>): { start: number; end: number } | null {
  const text = article.text;
  const start = text.search(/\S/u);
  if (start < 0 || article.title === null) return null;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return normalise(text.slice(start, end)) === normalise(article.title) ? { start, end } : null;
}

/** Sets `heading` on sentences that overlap a heading span or the title line. */
export function markHeadings(sentences: SentenceRange[], article: Pick<Article, 'text' | 'title' | 'headings'>): void {
  const spans = [...article.headings];
  const title = titleLine(article);
  if (title) spans.push(title);
  if (spans.length === 0) return;
  for (const sentence of sentences) {
    sentence.heading = spans.some((s) => sentence.start < s.end && s.start < sentence.end);
  }
}
