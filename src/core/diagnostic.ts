/** Content problems recorded as data: the batch goes on (the shape follows vfile-message). */
import type { ArticleId } from './article.js';
import type { Span } from './span.js';

/** How bad a content problem is: `error` means the input yielded nothing usable. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem with the input, kept on the article or the batch rather than thrown. */
export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case rule id: `no-speaker`, `empty-body`, `boilerplate-removed`, `malformed-jsonl` … */
  rule: string;
  /** One human sentence: what is wrong and where. */
  reason: string;
  article?: ArticleId;
  span?: Span;
  /** File, URL or `stdin` the problem was found in. */
  source?: string;
  /** 1-based line in `source`, where it has lines (JSONL). */
  line?: number;
}

/** Builds a diagnostic without optional fields set to undefined (so JSON output stays tidy). */
export function diagnostic(
  severity: Severity,
  rule: string,
  reason: string,
  where: { article?: ArticleId; span?: Span; source?: string; line?: number } = {},
): Diagnostic {
  const d: Diagnostic = { severity, rule, reason };
  if (where.article !== undefined) d.article = where.article;
  if (where.span !== undefined) d.span = where.span;
  if (where.source !== undefined) d.source = where.source;
  if (where.line !== undefined) d.line = where.line;
  return d;
}
