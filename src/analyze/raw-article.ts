/** Builds an Article straight from a file's text, offsets untouched: what `concord quotes` and the evaluation need. */
import type { Article } from '../core/index.js';

/** An Article over `text` exactly as given (no cleanup); the first line is the title when a blank line follows it. */
export function articleFromRawText(text: string, meta: { id: string; source: string; title?: string | null }): Article {
  let title = meta.title ?? null;
  if (meta.title === undefined) {
    const m = /^\s*([^\n]{1,200})\r?\n\s*\r?\n/u.exec(text);
    title = m && !/[.!?"”]$/u.test(m[1]!.trim()) ? m[1]!.trim() : null;
  }
  return { id: meta.id, source: meta.source, outlet: null, title, published: null, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}
