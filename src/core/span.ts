/** Offsets into text: a Span inside one article, a Citation across articles. */
import type { ArticleId } from './article.js';

/** A half-open range [start, end) of UTF-16 indices into one text. */
export interface Span {
  start: number;
  end: number;
}

/** Evidence: a span of one article's cleaned `text`. Nothing downstream points at evidence any other way. */
export interface Citation {
  article: ArticleId;
  start: number;
  end: number;
}

/** Returns the text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Turns a span of one article into a citation. */
export function cite(article: ArticleId, span: Span): Citation {
  return { article, start: span.start, end: span.end };
}
