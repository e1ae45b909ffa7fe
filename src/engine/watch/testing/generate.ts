/**
 * Invented articles in bulk for the watch benchmark: stories of a few articles each, every story about its own
 * made-up place, person and event, spread over a few days; and a fast bulk load of them into a store (plain
 * SQL from JSON, bypassing analysis), with stories marked aligned so nothing is stale.
 */
import type { Article, ArticleAnalysis } from '../../../core/index.js';
import { articleKey, contentHash, type Store } from '../../../store/index.js';
import { storyIdFor } from '../../store-assign.js';

const SYL = ['bar', 'lin', 'tor', 'vel', 'mar', 'quo', 'dun', 'sel', 'ka', 'ren', 'os', 'fal', 'ti', 'gro', 'hem', 'pa', 'zu', 'wick', 'nor', 'el'];
const EVENTS = ['bridge closure', 'harbour strike', 'library fire', 'council vote', 'flood warning', 'rail delay', 'school merger', 'water outage', 'mine accident', 'port expansion', 'hospital opening', 'bus fare rise'];
const OUTLETS = ['Daily Lantern', 'Harbour Post', 'Valley Courier', 'Morning Ledger', 'Evening Star', 'Coast Wire'];

/** A made-up proper name from a number ("Barlintor"). */
function nameOf(n: number, parts = 3): string {
  let s = '';
  let x = n + 7;
  for (let i = 0; i < parts; i++) { s += SYL[x % SYL.length]; x = Math.floor(x / SYL.length) + i * 13; }
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Article `k` of story `story` (of `stories` spread over five days from 2026-01-01). */
export function generatedArticle(story: number, k: number, stories: number, idPrefix = 'g'): Article {
  const place = `${nameOf(story)} ${['Bay', 'Falls', 'Hill', 'Cross'][story % 4]}`;
  const person = `${nameOf(story * 7 + 3, 2)} ${nameOf(story * 11 + 5, 3)}`;
  const event = EVENTS[story % EVENTS.length]!;
  const outlet = OUTLETS[(story + k) % OUTLETS.length]!;
  const n = (story % 40) + 3;
  const title = k % 2 === 0 ? `${place} ${event}: ${n} affected` : `${event[0]!.toUpperCase()}${event.slice(1)} hits ${place}`;
  const text = `${title}\n\n${k % 2 === 0 ? `Officials in ${place} said on Tuesday that the ${event} affected ${n} families.` : `The ${event} in ${place} has affected ${n} families, officials said on Tuesday.`}\n\n`
    + `"We are doing everything we can," ${person} told the ${outlet}, adding that help would arrive within ${k + 2} days.\n\n`
    + `Residents of ${place} described report ${k} of the ${event} as the worst in years.`;
  const time = Date.UTC(2026, 0, 1) + Math.floor((story * 5 * 86_400_000) / Math.max(1, stories)) + k * 600_000;
  return {
    id: `${idPrefix}${story}-${k}`, source: `generated/${idPrefix}${story}-${k}.txt`, outlet, title, published: new Date(time).toISOString(),
    author: null, language: 'en', url: null, text, headings: [{ start: 0, end: title.length }], diagnostics: [],
  };
}

/** A cheap analysis (sentences by line) for bulk-loaded articles; clustering reads the text itself. */
export function lineAnalysis(article: Article): ArticleAnalysis {
  const sentences = [...article.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, heading: m.index === 0 }));
  return { article: article.id, sentences, entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] };
}

/** Loads `count` generated articles (`perStory` per story) into the store in chunks; returns the story count. */
export async function bulkLoad(store: Store, count: number, perStory = 5, chunk = 2000): Promise<number> {
  const stories = Math.ceil(count / perStory);
  for (let start = 0; start < count; start += chunk) {
    const rows: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(count, start + chunk); i++) {
      const a = generatedArticle(Math.floor(i / perStory), i % perStory, stories);
      rows.push({ ...a, key: articleKey(a), content_hash: contentHash(a), analysis: lineAnalysis(a), story_id: storyIdFor(`g${Math.floor(i / perStory)}-0`) });
    }
    await store.transaction(async (db) => {
      const json = JSON.stringify(rows);
      await db.query(`INSERT INTO articles (id, key, content_hash, source, url, outlet, title, published, author, language, text, headings, diagnostics)
        SELECT id, key, content_hash, source, url, outlet, title, published, author, language, text, headings, diagnostics
        FROM jsonb_to_recordset($1::jsonb) AS r(id text, key text, content_hash text, source text, url text, outlet text, title text,
          published text, author text, language text, text text, headings jsonb, diagnostics jsonb)`, [json]);
      await db.query(`INSERT INTO analyses (article_id, analysis) SELECT id, analysis FROM jsonb_to_recordset($1::jsonb) AS r(id text, analysis jsonb)`, [json]);
      await db.query(`INSERT INTO stories (id, title) SELECT DISTINCT ON (story_id) story_id, title FROM jsonb_to_recordset($1::jsonb) AS r(story_id text, title text)
        ON CONFLICT (id) DO NOTHING`, [json]);
      await db.query(`INSERT INTO story_articles (article_id, story_id) SELECT id, story_id FROM jsonb_to_recordset($1::jsonb) AS r(id text, story_id text, published text)
        ORDER BY published, id`, [json]);
    });
  }
  await store.pool.query(`UPDATE stories s SET article_count = c.n, revision = c.n, aligned_revision = c.n
    FROM (SELECT story_id, count(*)::int AS n FROM story_articles GROUP BY story_id) c WHERE c.story_id = s.id`);
  return stories;
}
