/**
 * JSON lines from a stream (a crawler piping into `concord watch -`): one article per line as it arrives, each
 * named `stdin:LINE`; a malformed line is a diagnostic and the stream goes on.
 */
import { createInterface } from 'node:readline';
import { diagnostic, type Article, type Diagnostic } from '../../core/index.js';
import { parseJsonlArticles } from '../../ingest/index.js';

/** One line of the stream: its article, or the problems that kept it from being one. */
export interface StdinLine {
  line: number;
  article: Article | null;
  diagnostics: Diagnostic[];
}

/** Reads one JSONL line (numbered `line`) into an article; a record without `id` is named `stdin-LINE`. */
export function articleFromLine(text: string, line: number, outlet?: string): StdinLine {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { line, article: null, diagnostics: [diagnostic('error', 'malformed-jsonl', `stdin:${line}: not valid JSON (${(error as Error).message})`, { source: 'stdin', line })] };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { line, article: null, diagnostics: [diagnostic('error', 'malformed-jsonl', `stdin:${line}: expected a JSON object`, { source: 'stdin', line })] };
  }
  const fields = record as Record<string, unknown>;
  const named = ['id', '_id', 'uuid', 'doc_id'].some((k) => typeof fields[k] === 'string' || typeof fields[k] === 'number');
  const parsed = parseJsonlArticles(JSON.stringify(named ? fields : { ...fields, id: `stdin-${line}` }), 'stdin', { outlet: outlet ?? null });
  const diagnostics = parsed.diagnostics.map((d) => ({ ...d, reason: d.reason.replace(/^stdin:1\b/, `stdin:${line}`), line }));
  const article = parsed.articles[0];
  return { line, article: article ? { ...article, source: `stdin:${line}` } : null, diagnostics };
}

/** Yields each non-blank line of the stream as it arrives, with its 1-based line number. */
export async function* streamLines(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: number; text: string }> {
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}
