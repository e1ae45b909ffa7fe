/** Maps database rows to the plain core types, and values to parameters PostgreSQL accepts. */
import type { Article } from '../core/index.js';

/** An `articles` row as selected by ARTICLE_COLUMNS. */
export interface ArticleRow {
  id: string;
  key: string;
  content_hash: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  language: string | null;
  text: string;
  headings: Article['headings'];
  diagnostics: Article['diagnostics'];
  extra: Record<string, unknown>;
  version: number;
}

/** The columns every article query selects (prefix `a.`). */
export const ARTICLE_COLUMNS = 'a.id, a.key, a.content_hash, a.source, a.url, a.outlet, a.title, a.published, a.author, a.language, a.text, a.headings, a.diagnostics, a.extra, a.version';

/** Builds the core Article from a row. */
export function articleFromRow(row: ArticleRow): Article {
  return {
    ...row.extra,
    id: row.id, source: row.source, outlet: row.outlet, title: row.title, published: row.published, author: row.author,
    language: row.language, url: row.url, text: row.text, headings: row.headings, diagnostics: row.diagnostics,
  };
}

/**
 * PostgreSQL text and jsonb refuse NUL; U+FFFD has the same UTF-16 length, so every span stays valid.
 * ("a\u0000b" → "a\uFFFDb")
 */
export function pgText<T extends string | null>(value: T): T {
  return (value === null ? value : value.replace(/\u0000/g, '\uFFFD')) as T;
}

/** JSON for a jsonb parameter, with NUL escaped the same way as pgText. */
export function pgJson(value: unknown): string {
  return JSON.stringify(value).replace(/\\u0000/g, '\\ufffd');
}

/** The fields of the core Article; anything else a reader set goes to the `extra` column. */
const CORE_FIELDS = new Set(['id', 'source', 'outlet', 'title', 'published', 'author', 'language', 'url', 'text', 'headings', 'diagnostics']);

/** Optional fields beyond the core Article ("dateline"), kept so an article reads back as it was stored. */
function extraOf(article: Article): Record<string, unknown> {
  return Object.fromEntries(Object.entries(article).filter(([k, v]) => !CORE_FIELDS.has(k) && v !== undefined));
}

/** The parameters of an INSERT/UPDATE of an article, in column order id…extra. */
export function articleParams(article: Article, key: string, hash: string): unknown[] {
  return [
    pgText(article.id), pgText(key), hash, pgText(article.source), pgText(article.url), pgText(article.outlet),
    pgText(article.title), pgText(article.published), pgText(article.author), pgText(article.language),
    pgText(article.text), pgJson(article.headings), pgJson(article.diagnostics), pgJson(extraOf(article)),
  ];
}
