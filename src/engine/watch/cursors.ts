/**
 * Per-source cursors, so a restarted watch resumes without re-ingesting: for a file its mtime, size and content
 * hash; for a feed its ETag, Last-Modified and the item ids already taken. Stored in the same database as the
 * articles (its own table, created on first use) and written in the transaction of the article that completes
 * the source, so a cursor never runs ahead of what was committed.
 */
import { createHash } from 'node:crypto';
import type { Queryable, Store } from '../../store/index.js';

/** A file seen and fully ingested. */
export interface FileCursor {
  kind: 'file';
  mtimeMs: number;
  size: number;
  /** SHA-256 of the file's bytes. */
  hash: string;
}

/** A feed polled: validators for the next conditional request, and ids of items already ingested. */
export interface FeedCursor {
  kind: 'feed';
  etag: string | null;
  lastModified: string | null;
  /** Item ids (newest last), bounded by MAX_SEEN. */
  seen: string[];
}

/** Any cursor. */
export type Cursor = FileCursor | FeedCursor;

/** A cursor to save under its key (`file:/abs/path`, `feed:https://…`). */
export interface CursorUpdate {
  key: string;
  cursor: Cursor;
}

/** Feed item ids remembered per feed (feeds carry tens of items; this covers many rotations). */
export const MAX_SEEN = 2000;

/** Advisory-lock key taken while creating the cursor table ("concord-watch"). */
const TABLE_LOCK = 0x636f6e09;

/** Creates the cursor table when missing (under a lock: two workers starting at once must not race). */
export async function ensureCursorTable(store: Store): Promise<void> {
  await store.transaction(async (db) => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [TABLE_LOCK]);
    await db.query(`CREATE TABLE IF NOT EXISTS watch_cursors (
      key text PRIMARY KEY, value jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  });
}

/** Every cursor whose key starts with `prefix`. */
export async function loadCursors(db: Queryable, prefix = ''): Promise<Map<string, Cursor>> {
  const { rows } = await db.query('SELECT key, value FROM watch_cursors WHERE starts_with(key, $1)', [prefix]);
  return new Map(rows.map((r) => [r.key as string, r.value as Cursor]));
}

/** Writes (or replaces) one cursor; call inside the transaction that commits what it covers. */
export async function saveCursor(db: Queryable, update: CursorUpdate): Promise<void> {
  const value = update.cursor.kind === 'feed' ? { ...update.cursor, seen: update.cursor.seen.slice(-MAX_SEEN) } : update.cursor;
  await db.query(
    `INSERT INTO watch_cursors (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`, [update.key, JSON.stringify(value)]);
}

/** True when an article with this content hash is stored already (checked before analysing it again). */
export async function hasContentHash(db: Queryable, hash: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM articles WHERE content_hash = $1', [hash]);
  return rows.length > 0;
}

/** The cursor key of a file path or feed URL. */
export function cursorKey(kind: Cursor['kind'], where: string): string {
  return `${kind}:${where}`;
}

/** SHA-256 hex of some bytes. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
