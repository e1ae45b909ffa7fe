/** Builds an Article from what a reader extracted: cleanup, text and headings, language, diagnostics. */
import { diagnostic, type Article, type IngestedArticle } from '../core/index.js';
import type { Extracted, FoundMeta } from './types.js';
import { cleanBlocks } from './clean/index.js';
import { joinBlocks } from './blocks.js';
import { detectLanguage } from './language.js';
import { readPlainText } from './text/index.js';

/** Where an article comes from and what the caller already knows about it. */
export interface ArticleBase {
  id: string;
  source: string;
  /** Outlet forced by the caller (`--outlet`); wins over metadata. */
  outlet?: string | null;
  /** Metadata known from outside the document (a feed item, a JSONL record, the fetched URL); the document fills the gaps. */
  known?: FoundMeta;
}

/** The first non-empty value. */
function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
}

/** The host of a URL without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Cleans the extracted blocks and assembles the article; an empty body gets an `empty-body` error diagnostic. */
export function buildArticle(extracted: Extracted, base: ArticleBase): IngestedArticle {
  const where = { source: base.source, article: base.id };
  const cleaned = cleanBlocks(extracted.blocks, where);
  const { text, headings } = joinBlocks(cleaned.blocks);
  const known = base.known ?? {};
  const meta = extracted.meta;
  const url = first(meta.url, known.url);
  const article: IngestedArticle = {
    id: base.id,
    source: base.source,
    outlet: first(base.outlet, meta.outlet, known.outlet, hostOf(url)),
    title: first(known.title, meta.title),
    published: first(known.published, meta.published),
    author: first(known.author, meta.author),
    language: detectLanguage(text, first(meta.declaredLanguage, known.declaredLanguage)),
    url,
    text,
    headings,
    diagnostics: [...extracted.diagnostics.map((d) => ({ ...d, article: d.article ?? base.id })), ...cleaned.diagnostics],
  };
  const dateline = first(meta.dateline, known.dateline);
  if (dateline !== null) article.dateline = dateline;
  if (text === '' && !article.diagnostics.some((d) => d.severity === 'error')) article.diagnostics.push(diagnostic('error', 'empty-body', `${base.source}: no article text was found`, where));
  return article;
}

/** Makes an article from plain text (headline and dateline detected, boilerplate removed); `meta` supplies id, source and known fields. */
export function articleFromText(text: string, meta: Partial<Article> & { id: string; source: string }): IngestedArticle {
  const extracted = readPlainText(text, { title: meta.title ?? null });
  return buildArticle(extracted, {
    id: meta.id,
    source: meta.source,
    outlet: meta.outlet ?? null,
    known: { title: meta.title, author: meta.author, published: meta.published, url: meta.url, declaredLanguage: meta.language },
  });
}
