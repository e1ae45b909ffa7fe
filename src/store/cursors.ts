/** Watch cursors: one JSON value per source key (`file:/abs/path`, `feed:https://…`), in table watch_cursors (migration 2). */
import { pgJson } from './rows.js';
import type { Queryable } from './types.js';

/** Every cursor value whose key starts with `prefix`, by key. */
export async function loadCursorValues(db: Queryable, prefix = ''): Promise<Map<string, unknown>> {
  const { rows } = await db.query('SELECT key, value FROM watch_cursors WHERE starts_with(key, $1)', [prefix]);
  return new Map(rows.map((r) => [r.key as string, r.value as unknown]));
}

/** Writes (or replaces) one cursor value; call inside the transaction that commits what it covers. */
export async function saveCursorValue(db: Queryable, key: string, value: unknown): Promise<void> {
  await db.query(
    `INSERT INTO watch_cursors (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`, [key, pgJson(value)]);
}

/** True when an article with this content hash is stored already. */
export async function hasContentHash(db: Queryable, hash: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM articles WHERE content_hash = $1', [hash]);
  return rows.length > 0;
}
