/** The ingest log: one row per input an ingest handled, so updates and failures stay on record. */
import type { IngestAction, LogEntry, Queryable } from './types.js';
import { pgText } from './rows.js';
import { named } from './prepared.js';

/** What to record about one input. */
export interface LogInput {
  action: IngestAction;
  source: string;
  articleId?: string | null;
  key?: string | null;
  contentHash?: string | null;
  previousHash?: string | null;
  detail?: string | null;
}

/** Appends one entry to the ingest log. */
export async function appendLog(db: Queryable, entry: LogInput): Promise<void> {
  await db.query(named(
    'INSERT INTO ingest_log (action, article_id, key, source, content_hash, previous_hash, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [entry.action, pgText(entry.articleId ?? null), pgText(entry.key ?? null), pgText(entry.source), entry.contentHash ?? null,
      entry.previousHash ?? null, pgText(entry.detail ?? null)],
  ));
}

/** Reads the log, oldest first, optionally for one article. */
export async function readLog(db: Queryable, options: { articleId?: string; limit?: number } = {}): Promise<LogEntry[]> {
  const { rows } = await db.query(
    `SELECT seq, at, action, article_id, key, source, content_hash, previous_hash, detail FROM ingest_log
     WHERE $1::text IS NULL OR article_id = $1 ORDER BY seq LIMIT $2`,
    [options.articleId ?? null, options.limit ?? 1_000_000],
  );
  return rows.map((r) => ({
    seq: Number(r.seq), at: new Date(r.at).toISOString(), action: r.action, articleId: r.article_id, key: r.key, source: r.source,
    contentHash: r.content_hash, previousHash: r.previous_hash, detail: r.detail,
  }));
}
