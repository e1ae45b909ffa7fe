/** The identity of an article in the store: its key (URL or id) and the hash of its content. */
import { createHash } from 'node:crypto';
import type { Article } from '../core/index.js';

/**
 * SHA-256 of what the reader produced from the source bytes (text and metadata, not the path), so the same
 * article read twice, or copied under another file name, hashes the same; any edit changes it.
 */
export function contentHash(article: Article): string {
  const { url, outlet, title, published, author, language, text } = article;
  return createHash('sha256').update(JSON.stringify([url, outlet, title, published, author, language, text])).digest('hex');
}

/** What makes two inputs the same article: its canonical URL when known (an update keeps it), else its id. */
export function articleKey(article: Article): string {
  return article.url ? `url:${article.url}` : `id:${article.id}`;
}
