/** Import: reads an export's JSONL lines back into a store, merging (running it twice changes nothing). */
import type pg from 'pg';
import { EngineError, type Article, type ArticleAnalysis } from '../core/index.js';
import { saveStoryDetails } from './details.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export.js';
import { articleParams, pgJson, pgText } from './rows.js';
import { touchStory } from './stories.js';
import type { LogEntry, Store, StoredStory } from './types.js';

/** What an import did. */
export interface ImportSummary {
  articles: number;
  /** Articles already present (same content, or a newer version stored). */
  skipped: number;
  stories: number;
  log: number;
}

/** An article line. */
interface ArticleLine { article: Article; key: string; contentHash: string; version: number; analysis: ArticleAnalysis | null; story: string | null }

/** Stores one exported article unless the store has it (or a newer version of it); true when written. */
async function importArticle(db: pg.PoolClient, line: ArticleLine): Promise<boolean> {
  const { rows } = await db.query('SELECT id, version FROM articles WHERE id = $1 OR key = $2 OR content_hash = $3 FOR UPDATE',
    [line.article.id, line.key, line.contentHash]);
  if (rows.length > 1 || (rows.length === 1 && (rows[0].id !== line.article.id || rows[0].version >= line.version))) return false;
  const params = articleParams(line.article, line.key, line.contentHash);
  if (rows.length === 1) {
    await db.query(`UPDATE articles SET key = $2, content_hash = $3, source = $4, url = $5, outlet = $6, title = $7, published = $8,
      author = $9, language = $10, text = $11, headings = $12, diagnostics = $13, extra = $14, version = $15, updated_at = now() WHERE id = $1`, [...params, line.version]);
  } else {
    await db.query(`INSERT INTO articles (id, key, content_hash, source, url, outlet, title, published, author, language, text, headings, diagnostics, extra, version)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`, [...params, line.version]);
  }
  if (line.analysis) {
    await db.query(`INSERT INTO analyses (article_id, analysis) VALUES ($1, $2)
      ON CONFLICT (article_id) DO UPDATE SET analysis = EXCLUDED.analysis`, [line.article.id, pgJson(line.analysis)]);
  }
  return true;
}

/** Recreates a story and its membership (articles keep a story they already have), and its details when complete. */
async function importStory(db: pg.PoolClient, story: StoredStory, aligned: boolean): Promise<void> {
  await db.query('INSERT INTO stories (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [story.id, pgText(story.title)]);
  await db.query(`INSERT INTO story_articles (article_id, story_id) SELECT a.id, $1 FROM articles a
    WHERE a.id = ANY($2::text[]) ORDER BY a.id ON CONFLICT (article_id) DO NOTHING`, [story.id, story.articles]);
  await touchStory(db, story.id);
  const { rows } = await db.query('SELECT revision, array(SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY article_id) AS members FROM stories WHERE id = $1', [story.id]);
  const same = JSON.stringify(rows[0].members) === JSON.stringify([...story.articles].sort());
  if (aligned && same) await saveStoryDetails(db, story.id, rows[0].revision, story);
}

/** Appends a log entry unless an identical one is there. */
async function importLog(db: pg.PoolClient, e: LogEntry): Promise<boolean> {
  const r = await db.query(`INSERT INTO ingest_log (at, action, article_id, key, source, content_hash, previous_hash, detail)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE NOT EXISTS (SELECT 1 FROM ingest_log WHERE at = $1 AND action = $2 AND source = $5
      AND article_id IS NOT DISTINCT FROM $3 AND content_hash IS NOT DISTINCT FROM $6)`,
  [e.at, e.action, e.articleId, e.key, e.source, e.contentHash, e.previousHash, e.detail]);
  return r.rowCount === 1;
}

/** Reads export lines into the store, 200 lines per transaction; a malformed line throws E_BAD_INPUT naming it. */
export async function importLines(store: Store, lines: AsyncIterable<string> | Iterable<string>): Promise<ImportSummary> {
  const summary: ImportSummary = { articles: 0, skipped: 0, stories: 0, log: 0 };
  let batch: { n: number; value: Record<string, unknown> }[] = [];
  let n = 0;
  const flush = async () => {
    const todo = batch;
    batch = [];
    await store.transaction(async (db) => {
      for (const { value } of todo) {
        if (value.type === 'article') summary[(await importArticle(db, value as unknown as ArticleLine)) ? 'articles' : 'skipped']++;
        else if (value.type === 'story') { await importStory(db, value.story as StoredStory, value.aligned === true); summary.stories++; }
        else if (value.type === 'log' && (await importLog(db, value as unknown as LogEntry))) summary.log++;
      }
    });
  };
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new EngineError('E_BAD_INPUT', `line ${n}: not JSON`, { subject: `line ${n}` });
    }
    if (n === 1) {
      if (value.type !== 'header' || value.format !== EXPORT_FORMAT) throw new EngineError('E_BAD_INPUT', 'line 1: not a Concord export (no header line)');
      if (typeof value.version !== 'number' || value.version > EXPORT_VERSION) throw new EngineError('E_BAD_INPUT', `line 1: export version ${String(value.version)} is newer than this Concord reads (${EXPORT_VERSION})`);
      continue;
    }
    if (!['article', 'story', 'log'].includes(value.type as string)) throw new EngineError('E_BAD_INPUT', `line ${n}: unknown line type \`${String(value.type)}\``);
    if (value.type === 'article' && typeof (value.article as Article | undefined)?.id !== 'string') throw new EngineError('E_BAD_INPUT', `line ${n}: article without an id`);
    batch.push({ n, value });
    if (batch.length >= 200) await flush();
  }
  if (n === 0) throw new EngineError('E_BAD_INPUT', 'the export is empty');
  if (batch.length) await flush();
  return summary;
}
