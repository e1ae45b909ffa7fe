/** Export: the whole store as JSONL lines (header, articles with analyses, stories with details, log), one snapshot. */
import { SCHEMA_VERSION } from './schema.js';
import { articleIdsAfter } from './articles.js';
import { ARTICLE_COLUMNS, articleFromRow, type ArticleRow } from './rows.js';
import { getStory } from './stories.js';
import { readLog } from './log.js';
import type { Store } from './types.js';

/** The `format` of an export's first line. */
export const EXPORT_FORMAT = 'concord-export';
/** The export layout version (bump when lines change shape). */
export const EXPORT_VERSION = 1;

/** How many articles one query fetches while exporting. */
const PAGE = 500;

/**
 * Yields the store as JSONL lines without newlines. Everything is read in one REPEATABLE READ transaction, so a
 * concurrent ingest cannot tear the snapshot.
 */
export async function* exportLines(store: Store, now: Date = new Date()): AsyncGenerator<string> {
  const db = await store.pool.connect();
  try {
    await db.query(store.backend === 'postgres' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
    yield JSON.stringify({ type: 'header', format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: SCHEMA_VERSION, exportedAt: now.toISOString() });
    let after: string | null = null;
    for (;;) {
      const ids = await articleIdsAfter(db, after, PAGE);
      if (ids.length === 0) break;
      after = ids[ids.length - 1]!;
      const { rows } = await db.query<ArticleRow & { analysis: unknown; story_id: string | null }>(
        `SELECT ${ARTICLE_COLUMNS}, n.analysis, m.story_id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
         LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id = ANY($1::text[]) ORDER BY a.id`, [ids]);
      for (const r of rows) {
        yield JSON.stringify({
          type: 'article', article: articleFromRow(r), key: r.key, contentHash: r.content_hash, version: r.version,
          analysis: r.analysis, story: r.story_id,
        });
      }
    }
    const { rows: storyIds } = await db.query<{ id: string }>('SELECT id FROM stories ORDER BY id');
    for (const { id } of storyIds) {
      const story = await getStory(db, id);
      if (story) yield JSON.stringify({ type: 'story', story, aligned: story.alignedRevision === story.revision });
    }
    for (const entry of await readLog(db)) yield JSON.stringify({ type: 'log', ...entry });
    await db.query('COMMIT');
  } finally {
    await db.query('ROLLBACK').catch(() => undefined);
    db.release();
  }
}
