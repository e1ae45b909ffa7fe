/** Plain data for one article as read by ingest: metadata and its cleaned text. */
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

/** An article's id: the file name without extension, a JSONL `id`, or a stable hash for feed items. */
export type ArticleId = string;

/** One article after ingest; every later offset is a UTF-16 index into `text`. */
export interface Article {
  id: ArticleId;
  /** Where it came from: a path, a URL, `stdin`, or `file.jsonl:12`. */
  source: string;
  outlet: string | null;
  title: string | null;
  /** ISO 8601 timestamp, or null when unknown. */
  published: string | null;
  author: string | null;
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  /** Canonical URL, when known. */
  url: string | null;
  /** Cleaned body text; paragraphs separated by a blank line, headings on their own line. */
  text: string;
  /** Section headings kept in `text` ("Abu Dhabi talks resume"), so analysis does not treat them as news sentences. */
  headings: Span[];
  /** Content problems found while reading (empty body, boilerplate removed, paywall stub …). */
  diagnostics: Diagnostic[];
}
