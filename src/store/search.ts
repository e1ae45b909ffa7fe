/**
 * The story list and search in SQL: one query for a page of stories with outlet counts, publication times and
 * top people/places, filtered by text (full-text search on articles, ILIKE on story titles and briefs), person and
 * place (story entities and their aliases). Parameters only; every result is bounded.
 */
import type { Queryable } from './types.js';

/** The text-search expression; must equal the articles_search index expression (migration 2). */
const ARTICLE_TSV = `to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text)`;

/** Filters of the story list; empty ones are ignored. */
export interface StoryFilter {
  q?: string | undefined;
  person?: string | undefined;
  place?: string | undefined;
}

/** One row of a story list page. */
export interface StoryListRow {
  id: string;
  title: string;
  articleCount: number;
  /** Outlet (else source host, else article id) with its article count, most first. */
  outlets: { outlet: string; articles: number }[];
  /** The members' publication times as stored (undated members left out). */
  published: string[];
  /** Up to six person / place names, most mentioned first. */
  people: string[];
  places: string[];
}

/** A page of stories and how many match in all. */
export interface StoryListPage {
  rows: StoryListRow[];
  total: number;
}

/** One article found by text. */
export interface ArticleSearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  storyId: string | null;
}

/** A prefix tsquery from free text ("harbour off" → "harbour:* & off:*"), or null when it has no words. */
export function textQuery(text: string | undefined): string | null {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 16).map((w) => `${w}:*`).join(' & ') : null;
}

/** An ILIKE pattern matching `text` anywhere, wildcards escaped; null when empty. */
function containsPattern(text: string | undefined): string | null {
  const t = text?.trim();
  return t ? `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/** The WHERE clause over stories `s` for parameters $1 (pattern) $2 (tsquery) $3 (person) $4 (place). */
const FILTER = `
  ($1::text IS NULL OR s.title ILIKE $1 OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.brief) b WHERE b->>'text' ILIKE $1)
    OR ($2::text IS NOT NULL AND s.id IN (SELECT m.story_id FROM articles a JOIN story_articles m ON m.article_id = a.id
      WHERE ${ARTICLE_TSV} @@ to_tsquery('simple', $2))))
  AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.entities) e WHERE e->>'kind' = 'person'
    AND (e->>'name' ILIKE $3 OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(e->'aliases') al WHERE al ILIKE $3))))
  AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.entities) e WHERE e->>'kind' = 'place'
    AND (e->>'name' ILIKE $4 OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(e->'aliases') al WHERE al ILIKE $4))))`;

/** Top names of one entity kind of story `r`. */
const names = (kind: string) => `(SELECT coalesce(jsonb_agg(n.name), '[]') FROM (SELECT e->>'name' AS name FROM stories s2,
  jsonb_array_elements(s2.entities) e WHERE s2.id = r.id AND e->>'kind' = '${kind}'
  ORDER BY jsonb_array_length(coalesce(e->'mentions', '[]')) DESC, e->>'name' LIMIT 6) n)`;

/** The page query: filter, aggregate members, order newest first (latest publication), then title and id. */
const PAGE = `
WITH ranked AS (
  SELECT s.id, s.title, count(m.article_id)::int AS articles, array_remove(array_agg(a.published), NULL) AS published,
    max(concord_time(a.published)) AS last_at, count(*) OVER () AS total
  FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id LEFT JOIN articles a ON a.id = m.article_id
  WHERE ${FILTER}
  GROUP BY s.id, s.title
  ORDER BY last_at DESC NULLS LAST, s.title, s.id LIMIT $5 OFFSET $6)
SELECT r.id, r.title, r.articles, r.published, r.total,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('outlet', o.outlet, 'articles', o.n) ORDER BY o.n DESC, o.outlet), '[]')
   FROM (SELECT coalesce(a.outlet, lower(substring(a.source from '^[hH][tT][tT][pP][sS]?://(?:www\\.)?([^/:?#]+)')), a.id) AS outlet, count(*)::int AS n
         FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = r.id GROUP BY 1) o) AS outlets,
  ${names('person')} AS people, ${names('place')} AS places
FROM ranked r ORDER BY r.last_at DESC NULLS LAST, r.title, r.id`;

/** Filter parameters $1–$4 of FILTER. */
function filterParams(filter: StoryFilter): unknown[] {
  return [containsPattern(filter.q), textQuery(filter.q), containsPattern(filter.person), containsPattern(filter.place)];
}

/** One page of the story list (limit clamped to 1–500), newest first, with the total number of matches. */
export async function storyListPage(db: Queryable, filter: StoryFilter, page: { limit: number; offset: number }): Promise<StoryListPage> {
  const limit = Math.min(500, Math.max(1, Math.floor(page.limit)));
  const offset = Math.max(0, Math.floor(page.offset));
  const { rows } = await db.query(PAGE, [...filterParams(filter), limit, offset]);
  let total = rows.length ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    const counted = await db.query(`SELECT count(*)::int AS n FROM stories s WHERE ${FILTER}`, filterParams(filter));
    total = counted.rows[0].n;
  }
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id, title: r.title, articleCount: r.articles, outlets: r.outlets, published: r.published, people: r.people, places: r.places,
    })),
  };
}

/** Articles whose title or text contain every word of `text` (as word prefixes), best ranked first, at most `limit` (≤ 500). */
export async function searchArticles(db: Queryable, text: string, limit: number): Promise<ArticleSearchHit[]> {
  const query = textQuery(text);
  if (query === null) return [];
  const { rows } = await db.query(
    `SELECT a.id, a.title, a.outlet, a.published, a.text, m.story_id FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id
     WHERE ${ARTICLE_TSV} @@ to_tsquery('simple', $1)
     ORDER BY ts_rank(${ARTICLE_TSV}, to_tsquery('simple', $1)) DESC, a.id LIMIT $2`,
    [query, Math.min(500, Math.max(1, Math.floor(limit)))]);
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, text: r.text, storyId: r.story_id ?? null }));
}
