/**
 * Per-source cursors, so a restarted watch resumes without re-ingesting: for a file its mtime, size and content
 * hash; for a feed its ETag, Last-Modified and the item ids already taken. Stored in the same database as the
 * articles (table watch_cursors, a store migration; the SQL is in src/store/cursors.ts) and written in the transaction of the article that completes
 * the source, so a cursor never runs ahead of what was committed.
 */
import { createHash } from 'node:crypto';
import { hasContentHash as storedHash, loadCursorValues, saveCursorValue, type Queryable, type Store } from '../../store/index.js';

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


/** Every cursor whose key starts with `prefix`. */
export async function loadCursors(db: Queryable, prefix = ''): Promise<Map<string, Cursor>> {
  return (await loadCursorValues(db, prefix)) as Map<string, Cursor>;
}

/** Writes (or replaces) one cursor; call inside the transaction that commits what it covers. */
export async function saveCursor(db: Queryable, update: CursorUpdate): Promise<void> {
  const value = update.cursor.kind === 'feed' ? { ...update.cursor, seen: update.cursor.seen.slice(-MAX_SEEN) } : update.cursor;
  await saveCursorValue(db, update.key, value);
}

/** True when an article with this content hash is stored already (checked before analysing it again). */
export const hasContentHash = storedHash;

/** The cursor key of a file path or feed URL. */
export function cursorKey(kind: Cursor['kind'], where: string): string {
  return `${kind}:${where}`;
}

/** SHA-256 hex of some bytes. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
