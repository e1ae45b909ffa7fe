/** Story-row reads for live updates: what changed since a time, which stories finished refreshing, one story's head. */
import type { Queryable } from './types.js';

/** A stories row as the live poll sees it. */
export interface StoryChange {
  id: string;
  title: string;
  articleCount: number;
  revision: number;
  alignedRevision: number;
  updatedAt: Date;
}

/** The columns every change query selects. */
const CHANGE_COLUMNS = 'id, title, article_count, revision, aligned_revision, updated_at';

/** Maps a stories row to a StoryChange. */
function changeOf(r: Record<string, unknown>): StoryChange {
  return {
    id: r.id as string, title: r.title as string, articleCount: r.article_count as number, revision: r.revision as number,
    alignedRevision: r.aligned_revision as number, updatedAt: new Date(r.updated_at as string | Date),
  };
}

/** The newest story update time (now when there are no stories): where a poll starts. */
export async function latestStoryUpdate(db: Queryable): Promise<Date> {
  const { rows } = await db.query('SELECT coalesce(max(updated_at), now()) AS at FROM stories');
  return new Date(rows[0].at);
}

/** Stories updated at or after `since`, oldest update first, at most `limit`. */
export async function storiesChangedSince(db: Queryable, since: Date, limit = 10_000): Promise<StoryChange[]> {
  const { rows } = await db.query(`SELECT ${CHANGE_COLUMNS} FROM stories WHERE updated_at >= $1 ORDER BY updated_at LIMIT $2`, [since, limit]);
  return rows.map(changeOf);
}

/** Those of `ids` whose details reflect their current membership. */
export async function alignedStories(db: Queryable, ids: string[]): Promise<StoryChange[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query(`SELECT ${CHANGE_COLUMNS} FROM stories WHERE id = ANY($1::text[]) AND aligned_revision >= revision`, [ids]);
  return rows.map(changeOf);
}

/** One story's row (title, article count, revisions), or null. */
export async function storyHead(db: Queryable, id: string): Promise<StoryChange | null> {
  const { rows } = await db.query(`SELECT ${CHANGE_COLUMNS} FROM stories WHERE id = $1`, [id]);
  return rows[0] ? changeOf(rows[0]) : null;
}

/** Runs `fn` inside a savepoint of the current transaction: released when it resolves, rolled back to when it throws. */
export async function withSavepoint<T>(db: Queryable, fn: () => Promise<T>): Promise<T> {
  await db.query('SAVEPOINT concord_step');
  try {
    const value = await fn();
    await db.query('RELEASE SAVEPOINT concord_step');
    return value;
  } catch (error) {
    await db.query('ROLLBACK TO SAVEPOINT concord_step');
    throw error;
  }
}
