/** Writes a story's cross-article results (entities, quotes, facts, lineage, brief) as of one revision. */
import { pgJson, pgText } from './rows.js';
import { DETAIL_LOCK } from './stories.js';
import type { Queryable, StoredStory } from './types.js';

/** What alignment and the brief produced for a story. */
export type StoryDetails = Pick<StoredStory, 'title' | 'entities' | 'quotes' | 'facts' | 'lineage' | 'brief'>;

/**
 * Replaces a story's details, computed from membership `revision`; call inside a transaction. A per-story
 * advisory lock keeps two processes from interleaving their rewrites. Returns false (writing nothing) when a
 * newer alignment is already stored.
 */
export async function saveStoryDetails(db: Queryable, storyId: string, revision: number, details: StoryDetails): Promise<boolean> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DETAIL_LOCK, storyId]);
  const { rows } = await db.query('SELECT aligned_revision FROM stories WHERE id = $1 FOR UPDATE', [storyId]);
  if (!rows[0] || rows[0].aligned_revision > revision) return false;
  await db.query('DELETE FROM facts WHERE story_id = $1', [storyId]);
  await db.query('DELETE FROM quotes WHERE story_id = $1', [storyId]);
  await db.query('DELETE FROM lineage WHERE story_id = $1', [storyId]);
  for (const [ord, f] of details.facts.entries()) {
    await db.query('INSERT INTO facts (story_id, id, ord, text, status, outlets, citations, conflicts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [storyId, f.id, ord, pgText(f.text), f.status, f.outlets, pgJson(f.citations), pgJson(f.conflicts)]);
  }
  for (const [ord, q] of details.quotes.entries()) {
    await db.query(`INSERT INTO quotes (story_id, id, ord, text, speaker, speaker_name, cue, venue, direct, citations)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [storyId, q.id, ord, pgText(q.text), q.speaker, pgText(q.speakerName), pgText(q.cue), pgText(q.venue), q.direct, pgJson(q.citations)]);
  }
  for (const l of details.lineage) {
    await db.query(`INSERT INTO lineage (story_id, from_article, to_article, kind, score) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (story_id, from_article, to_article) DO UPDATE SET kind = EXCLUDED.kind, score = EXCLUDED.score`,
    [storyId, l.from, l.to, l.kind, l.score]);
  }
  await db.query(`UPDATE stories SET title = $2, entities = $3, brief = $4, aligned_revision = $5 WHERE id = $1`,
    [storyId, pgText(details.title), pgJson(details.entities), pgJson(details.brief), revision]);
  return true;
}
