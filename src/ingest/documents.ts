/** One document to articles: an HTML page or a plain text, already decoded, with the caller's ids and metadata. */
import type { IngestedArticle } from '../core/index.js';
import type { FoundMeta } from './types.js';
import { buildArticle } from './article.js';
import { extractHtml } from './html/index.js';
import { readPlainText } from './text/index.js';

/** Who a document is and what is known about it from outside (feed item, JSONL fields, `--outlet`). */
export interface DocumentInfo {
  id: string;
  source: string;
  url?: string | null;
  outlet?: string | null;
  known?: FoundMeta;
  now?: Date;
}

/** Reads an HTML page into an article (metadata, main text, cleanup). */
export function htmlArticle(html: string, info: DocumentInfo): IngestedArticle {
  const extracted = extractHtml(html, { source: info.source, url: info.url ?? info.known?.url ?? null, now: info.now });
  return buildArticle(extracted, { id: info.id, source: info.source, outlet: info.outlet, known: info.known });
}

/** Reads a plain text into an article (headline, dateline, headings, cleanup). */
export function textArticle(text: string, info: DocumentInfo): IngestedArticle {
  const extracted = readPlainText(text, { title: info.known?.title ?? null });
  return buildArticle(extracted, { id: info.id, source: info.source, outlet: info.outlet, known: { url: info.url, ...info.known } });
}
