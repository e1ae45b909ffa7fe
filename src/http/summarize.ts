/** Turns a story and its articles' metadata into a story-list row: outlet counts, dates, coverage buckets. */
import type { Story } from '../core/index.js';
import type { ArticleMeta, OutletCount, StorySummary } from './repository.js';

/** Number of buckets in a coverage sparkline. */
export const COVERAGE_BUCKETS = 12;

/** The name an article is shown under: its outlet, else the host of its source URL, else its id. */
export function outletOf(article: Pick<ArticleMeta, 'id' | 'outlet' | 'source'>): string {
  if (article.outlet) return article.outlet;
  if (/^https?:\/\//i.test(article.source)) {
    try {
      return new URL(article.source).hostname.replace(/^www\./, '');
    } catch {
      // fall through to the id
    }
  }
  return article.id;
}

/** Outlets with their article counts, most articles first, then by name. */
export function countOutlets(articles: ArticleMeta[]): OutletCount[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(outletOf(a), (counts.get(outletOf(a)) ?? 0) + 1);
  return [...counts].map(([outlet, n]) => ({ outlet, articles: n }))
    .sort((x, y) => y.articles - x.articles || x.outlet.localeCompare(y.outlet));
}

/** Articles per equal time bucket between the first and last publication time (undated articles are left out). */
export function coverageBuckets(times: number[], buckets = COVERAGE_BUCKETS): number[] {
  const dated = times.filter(Number.isFinite);
  if (dated.length === 0) return [];
  const first = Math.min(...dated);
  const span = Math.max(...dated) - first;
  if (span === 0) return [dated.length];
  const counts = new Array<number>(buckets).fill(0);
  for (const t of dated) counts[Math.min(buckets - 1, Math.floor(((t - first) / span) * buckets))]! += 1;
  return counts;
}

/** Names of a story's entities of one kind, most mentioned first. */
export function namesOf(story: Story, kind: 'person' | 'place', max = 6): string[] {
  return story.entities.filter((e) => e.kind === kind)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, max).map((e) => e.name);
}

/** The story-list row for a story. */
export function summarizeStory(story: Story, articles: ArticleMeta[]): StorySummary {
  const times = articles.map((a) => (a.published ? Date.parse(a.published) : NaN)).filter(Number.isFinite);
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.length,
    outlets: countOutlets(articles),
    first: times.length ? new Date(Math.min(...times)).toISOString() : null,
    last: times.length ? new Date(Math.max(...times)).toISOString() : null,
    coverage: coverageBuckets(times),
    people: namesOf(story, 'person'),
    places: namesOf(story, 'place'),
  };
}

/** Orders summaries newest first (by latest article), undated last, then by title. */
export function newestFirst(a: StorySummary, b: StorySummary): number {
  const ta = a.last ? Date.parse(a.last) : -Infinity;
  const tb = b.last ? Date.parse(b.last) : -Infinity;
  return tb - ta || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}
