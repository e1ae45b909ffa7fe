/** JSON lines of articles: `id`, `text` or `html`, optional `title`, `url`, `outlet`, `published`, `author`, `language`. */
import { diagnostic, type Diagnostic, type IngestedArticle } from '../core/index.js';
import { normalizeDate } from './dates.js';
import { htmlArticle, textArticle } from './documents.js';
import { idFromPath } from './ids.js';

/** Options for parsing JSONL. */
export interface JsonlOptions {
  /** Outlet forced on every article (`--outlet`). */
  outlet?: string | null;
  now?: Date;
}

/** A field as a trimmed string, or null. */
function field(record: Record<string, unknown>, ...names: string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/** Reads one record; returns null with a diagnostic when it has no text. */
function recordArticle(record: Record<string, unknown>, file: string, line: number, options: JsonlOptions, diagnostics: Diagnostic[]): IngestedArticle | null {
  const source = `${file}:${line}`;
  let id = field(record, 'id', '_id', 'uuid', 'doc_id');
  if (id === null) {
    id = `${idFromPath(file)}-${line}`;
    diagnostics.push(diagnostic('warning', 'missing-id', `${source}: record has no \`id\`; using \`${id}\``, { source: file, line }));
  }
  const text = field(record, 'text', 'body', 'content', 'articleBody');
  const html = field(record, 'html', 'raw_html');
  if (text === null && html === null) {
    diagnostics.push(diagnostic('error', 'missing-text', `${source}: record \`${id}\` has neither \`text\` nor \`html\``, { source: file, line, article: id }));
    return null;
  }
  const url = field(record, 'url', 'link');
  const known = {
    title: field(record, 'title', 'headline'),
    url,
    outlet: field(record, 'outlet', 'source_name', 'site_name', 'publisher'),
    published: normalizeDate(field(record, 'published', 'date', 'published_at', 'datePublished'), options.now),
    author: field(record, 'author', 'byline'),
    declaredLanguage: field(record, 'language', 'lang'),
  };
  const info = { id, source, url, outlet: options.outlet ?? known.outlet, known, now: options.now };
  return text !== null ? textArticle(text, info) : htmlArticle(html!, info);
}

/** Parses JSONL (or a JSON array of records); a malformed line yields a `malformed-jsonl` diagnostic naming file and line. */
export function parseJsonlArticles(content: string, file: string, options: JsonlOptions = {}): { articles: IngestedArticle[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const articles: IngestedArticle[] = [];
  const trimmed = content.replace(/^\ufeff/, '').trim();
  let records: { value: unknown; line: number }[] = [];
  if (trimmed.startsWith('[')) {
    try {
      records = (JSON.parse(trimmed) as unknown[]).map((value, i) => ({ value, line: i + 1 }));
    } catch (error) {
      diagnostics.push(diagnostic('error', 'malformed-json', `${file}: not valid JSON (${(error as Error).message})`, { source: file }));
    }
  } else {
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!.trim();
      if (raw === '') continue;
      try {
        records.push({ value: JSON.parse(raw), line: i + 1 });
      } catch (error) {
        diagnostics.push(diagnostic('error', 'malformed-jsonl', `${file}:${i + 1}: not valid JSON (${(error as Error).message})`, { source: file, line: i + 1 }));
      }
    }
  }
  for (const { value, line } of records) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push(diagnostic('error', 'malformed-jsonl', `${file}:${line}: expected a JSON object`, { source: file, line }));
      continue;
    }
    const article = recordArticle(value as Record<string, unknown>, file, line, options, diagnostics);
    if (article) articles.push(article);
  }
  return { articles, diagnostics };
}
