/** Story queries: membership under one advisory lock, summaries, and the cross-article results of a story. */
import type { Fact, Lineage, StoryQuote } from '../core/index.js';
import { pgJson, pgText } from './rows.js';
import { named } from './prepared.js';
import type { Queryable, StoredStory, StorySummary } from './types.js';

/** Advisory-lock key serialising story assignment across processes ("concord-assign"). */
export const ASSIGN_LOCK = 0x636f6e02;
/** First key of the two-key advisory lock taken while rewriting one story's details. */
export const DETAIL_LOCK = 0x636f6e03;

/** First key of the two-key session advisory lock a worker holds while it recomputes one story (see claimStoryRefresh). */
export const REFRESH_LOCK = 0x636f6e04;

/**
 * Claims the recomputation of a story for this session (a session advisory lock, so two workers sharing a database
 * never recompute one story at once). Without `wait`, false at once when another session holds it; with `wait`,
 * waits for it. Release with releaseStoryRefresh on the same client.
 */
export async function claimStoryRefresh(db: Queryable, storyId: string, wait = false): Promise<boolean> {
  if (wait) {
    await db.query(named('SELECT pg_advisory_lock($1, hashtext($2))', [REFRESH_LOCK, storyId]));
    return true;
  }
  const { rows } = await db.query(named('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [REFRESH_LOCK, storyId]));
  return rows[0].ok === true;
}

/** Releases a claim taken by claimStoryRefresh. */
export async function releaseStoryRefresh(db: Queryable, storyId: string): Promise<void> {
  await db.query(named('SELECT pg_advisory_unlock($1, hashtext($2))', [REFRESH_LOCK, storyId]));
}

/** One assignment: which story an article joined, in assignment order. */
export interface Membership {
  seq: number;
  articleId: string;
  storyId: string;
  /** The clusterer document stored with the assignment, if any. */
  doc?: unknown;
}

/** A membership row as returned. */
function membership(r: { seq: string | number; article_id: string; story_id: string; doc: unknown }): Membership {
  const m: Membership = { seq: Number(r.seq), articleId: r.article_id, storyId: r.story_id };
  if (r.doc !== null && r.doc !== undefined) m.doc = r.doc;
  return m;
}

/** Takes the assignment lock until the transaction ends (call inside a transaction). */
export async function lockAssignment(db: Queryable): Promise<void> {
  await db.query(named('SELECT pg_advisory_xact_lock($1)', [ASSIGN_LOCK]));
}

/** Assignments with seq > `after`, oldest first (a process catching up with what others assigned). */
export async function membershipsAfter(db: Queryable, after: number, limit = 100_000): Promise<Membership[]> {
  const { rows } = await db.query(named('SELECT seq, article_id, story_id, doc FROM story_articles WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit]));
  return rows.map(membership);
}

/** The newest `limit` assignments, oldest first (the window an online clusterer is rebuilt from). */
export async function recentMemberships(db: Queryable, limit: number): Promise<Membership[]> {
  const { rows } = await db.query(
    'SELECT seq, article_id, story_id, doc FROM (SELECT * FROM story_articles ORDER BY seq DESC LIMIT $1) m ORDER BY seq', [limit]);
  return rows.map(membership);
}

/**
 * Puts a newly stored article in a story (creating the story, or counting one more member and bumping its
 * revision) in one statement; returns the assignment seq. `doc` (JSON) is kept with the assignment for replay.
 */
export async function assignArticle(db: Queryable, articleId: string, storyId: string, title: string, doc?: unknown): Promise<number> {
  const { rows } = await db.query(named(
    `WITH s AS (INSERT INTO stories (id, title, article_count, revision) VALUES ($2, $3, 1, 1)
       ON CONFLICT (id) DO UPDATE SET article_count = stories.article_count + 1, revision = stories.revision + 1, updated_at = now())
     INSERT INTO story_articles (article_id, story_id, doc) VALUES ($1, $2, $4) RETURNING seq`, [articleId, storyId, pgText(title), doc === undefined ? null : pgJson(doc)]));
  return Number(rows[0].seq);
}

/** Marks a story changed: recounts its articles and bumps its revision (an update of a member does this too). */
export async function touchStory(db: Queryable, storyId: string): Promise<void> {
  await db.query(
    `UPDATE stories SET revision = revision + 1, updated_at = now(),
       article_count = (SELECT count(*) FROM story_articles WHERE story_id = $1) WHERE id = $1`, [storyId]);
}

/** The story an article belongs to, or null. */
export async function storyOfArticle(db: Queryable, articleId: string): Promise<string | null> {
  const { rows } = await db.query('SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]);
  return rows[0]?.story_id ?? null;
}

/** Every story, biggest and newest first. */
export async function listStories(db: Queryable, options: { limit?: number } = {}): Promise<StorySummary[]> {
  const { rows } = await db.query(
    `SELECT s.id, s.title, s.article_count, s.updated_at, s.revision = s.aligned_revision AS aligned,
       array_remove(array_agg(DISTINCT a.outlet), NULL) AS outlets, min(a.published) AS first, max(a.published) AS last
     FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id LEFT JOIN articles a ON a.id = m.article_id
     GROUP BY s.id ORDER BY s.article_count DESC, max(a.published) DESC NULLS LAST, s.id LIMIT $1`, [options.limit ?? 1_000_000]);
  return rows.map((r) => ({
    id: r.id, title: r.title, articleCount: r.article_count, outlets: (r.outlets as string[]).sort(), firstPublished: r.first,
    lastPublished: r.last, updatedAt: new Date(r.updated_at).toISOString(), aligned: r.aligned,
  }));
}

/** Stories whose details lag behind their membership. */
export async function staleStories(db: Queryable): Promise<string[]> {
  const { rows } = await db.query('SELECT id FROM stories WHERE aligned_revision < revision ORDER BY id');
  return rows.map((r) => r.id);
}

/** Everything stored about a story, or null. */
export async function getStory(db: Queryable, id: string): Promise<StoredStory | null> {
  const { rows } = await db.query('SELECT id, title, entities, brief, revision, aligned_revision FROM stories WHERE id = $1', [id]);
  const s = rows[0];
  if (!s) return null;
  const [members, facts, quotes, lineage] = await Promise.all([
    db.query(`SELECT m.article_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1
      ORDER BY a.published NULLS LAST, m.seq`, [id]),
    db.query('SELECT id, text, status, outlets, citations, conflicts FROM facts WHERE story_id = $1 ORDER BY ord', [id]),
    db.query('SELECT id, text, speaker, speaker_name, cue, venue, direct, citations FROM quotes WHERE story_id = $1 ORDER BY ord', [id]),
    db.query('SELECT from_article, to_article, kind, score FROM lineage WHERE story_id = $1 ORDER BY from_article, to_article', [id]),
  ]);
  return {
    id: s.id, title: s.title, entities: s.entities, brief: s.brief, revision: s.revision, alignedRevision: s.aligned_revision,
    articles: members.rows.map((r) => r.article_id),
    facts: facts.rows.map((r): Fact => ({ id: r.id, text: r.text, status: r.status, outlets: r.outlets, citations: r.citations, conflicts: r.conflicts })),
    quotes: quotes.rows.map((r): StoryQuote => ({
      id: r.id, text: r.text, speaker: r.speaker, speakerName: r.speaker_name, cue: r.cue, venue: r.venue, direct: r.direct, citations: r.citations,
    })),
    lineage: lineage.rows.map((r): Lineage => ({ from: r.from_article, to: r.to_article, kind: r.kind, score: r.score })),
  };
}
