/** Article queries: store one article with its analysis idempotently, and read articles back. */
import type pg from 'pg';
import { EngineError, type Article, type ArticleAnalysis } from '../core/index.js';
import { articleKey } from './hash.js';
import { appendLog } from './log.js';
import { ARTICLE_COLUMNS, articleFromRow, articleParams, pgJson, type ArticleRow } from './rows.js';
import { named } from './prepared.js';
import type { ArticleRecord, PutOutcome, Queryable, StoredArticle } from './types.js';

/** Inserts the article, its analysis and its `new` log entry in one statement; no row back means a conflict. */
const INSERT = `WITH a AS (
    INSERT INTO articles (id, key, content_hash, source, url, outlet, title, published, author, language, text, headings, diagnostics, extra)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING RETURNING id),
  n AS (INSERT INTO analyses (article_id, analysis) SELECT id, $15 FROM a),
  l AS (INSERT INTO ingest_log (action, article_id, key, source, content_hash) SELECT 'new', id, $2, $4, $3 FROM a)
  SELECT id FROM a`;

const UPDATE = `UPDATE articles SET key = $2, content_hash = $3, source = $4, url = $5, outlet = $6, title = $7, published = $8,
  author = $9, language = $10, text = $11, headings = $12, diagnostics = $13, extra = $14, version = version + 1, updated_at = now() WHERE id = $1`;

/** The same article and analysis under another id (the store keeps ids unique; analysis points at its article). */
export function renameArticle(record: ArticleRecord, id: string): ArticleRecord {
  const from = record.article.id;
  const fix = <T extends { article?: string }>(d: T): T => (d.article === from ? { ...d, article: id } : d);
  const article: Article = { ...record.article, id, diagnostics: record.article.diagnostics.map(fix) };
  const analysis: ArticleAnalysis = { ...record.analysis, article: id, diagnostics: record.analysis.diagnostics.map(fix) };
  return { ...record, article, analysis };
}

/** Writes (or replaces) the analysis of a stored article. */
async function putAnalysis(db: Queryable, analysis: ArticleAnalysis): Promise<void> {
  await db.query(
    `INSERT INTO analyses (article_id, analysis) VALUES ($1, $2)
     ON CONFLICT (article_id) DO UPDATE SET analysis = EXCLUDED.analysis, analyzed_at = now()`,
    [analysis.article, pgJson(analysis)],
  );
}

/**
 * Stores one article with its analysis; call inside a transaction. Same content again → `duplicate`; same key
 * (URL or id) with new content → `updated` in place (keeping the stored id); else `new`. A concurrent writer's
 * insert of the same article makes ours a no-op (ON CONFLICT) and the loop re-reads what it committed.
 */
export async function putArticle(db: pg.PoolClient, input: ArticleRecord): Promise<PutOutcome> {
  let record = input;
  const key = articleKey(record.article);
  const hash = record.contentHash;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { rows } = await db.query<{ id: string; key: string; content_hash: string; story_id: string | null }>(named(
      `SELECT a.id, a.key, a.content_hash, m.story_id FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id
       WHERE a.key = $1 OR a.content_hash = $2 FOR UPDATE OF a`, [key, hash]));
    const same = rows.find((r) => r.content_hash === hash);
    if (same) {
      await appendLog(db, { action: 'duplicate', source: record.article.source, articleId: same.id, key, contentHash: hash });
      return { action: 'duplicate', id: same.id, previousHash: null, storyId: same.story_id };
    }
    const old = rows.find((r) => r.key === key);
    if (old) {
      const next = old.id === record.article.id ? record : renameArticle(record, old.id);
      await db.query(UPDATE, articleParams(next.article, key, hash));
      await putAnalysis(db, next.analysis);
      await appendLog(db, { action: 'updated', source: record.article.source, articleId: old.id, key, contentHash: hash, previousHash: old.content_hash });
      return { action: 'updated', id: old.id, previousHash: old.content_hash, storyId: old.story_id };
    }
    const inserted = await db.query(named(INSERT, [...articleParams(record.article, key, hash), pgJson(record.analysis)]));
    if (inserted.rowCount === 1) return { action: 'new', id: record.article.id, previousHash: null, storyId: null };
    // Nothing inserted: either a concurrent writer committed this key/hash (the next pass sees it), or another
    // article already has this id ("index.html" from two sites) — then this one takes a hash-suffixed id.
    const clash = await db.query('SELECT 1 FROM articles WHERE id = $1 AND key <> $2', [record.article.id, key]);
    if (clash.rowCount) record = renameArticle(record, `${input.article.id}~${hash.slice(0, 8 + attempt * 2)}`);
  }
  throw new EngineError('E_CONFLICT', `${input.article.source}: could not store the article after repeated conflicts`, { subject: input.article.source });
}

/** One stored article with its identity, version and story, or null. */
export async function getArticle(db: Queryable, id: string): Promise<StoredArticle | null> {
  const { rows } = await db.query<ArticleRow & { story_id: string | null }>(
    `SELECT ${ARTICLE_COLUMNS}, m.story_id FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  return { article: articleFromRow(row), key: row.key, contentHash: row.content_hash, version: row.version, storyId: row.story_id };
}

/** Articles with their analyses, in the order of `ids` (missing ids are left out). */
export async function loadArticles(db: Queryable, ids: string[]): Promise<{ article: Article; analysis: ArticleAnalysis | null }[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<ArticleRow & { analysis: ArticleAnalysis | null }>(
    named(`SELECT ${ARTICLE_COLUMNS}, n.analysis FROM articles a LEFT JOIN analyses n ON n.article_id = a.id WHERE a.id = ANY($1::text[])`, [ids]));
  const byId = new Map(rows.map((r) => [r.id, { article: articleFromRow(r), analysis: r.analysis }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How many articles the store holds. */
export async function countArticles(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM articles');
  return Number(rows[0]?.n ?? 0);
}

/** Article ids after `after` in id order, `limit` at a time (keyset paging for export and checks). */
export async function articleIdsAfter(db: Queryable, after: string | null, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM articles WHERE $1::text IS NULL OR id > $1 ORDER BY id LIMIT $2', [after, limit]);
  return rows.map((r) => r.id);
}
