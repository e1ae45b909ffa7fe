/** Matching stories and articles against a StoryQuery: free text, person and place, case- and accent-insensitive. */
import type { Story } from '../core/index.js';
import type { ArticleHit, StoryQuery } from './repository.js';

/** Folds case and accents so "Zelenskyy" and "zelenskyy", "Kyiv" and "Kýiv" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** True when an entity of the kind is named (or aliased) with the needle. */
function hasEntity(story: Story, kind: 'person' | 'place', needle: string): boolean {
  return story.entities.some((e) => e.kind === kind && [e.name, ...e.aliases].some((n) => fold(n).includes(needle)));
}

/** True when the story matches every filter given; `texts` are its articles' titles and bodies. */
export function storyMatches(story: Story, texts: string[], query: StoryQuery): boolean {
  if (query.person && !hasEntity(story, 'person', fold(query.person.trim()))) return false;
  if (query.place && !hasEntity(story, 'place', fold(query.place.trim()))) return false;
  const q = query.q?.trim();
  if (!q) return true;
  const needle = fold(q);
  if (fold(story.title).includes(needle)) return true;
  if (story.brief.some((b) => fold(b.text).includes(needle))) return true;
  return texts.some((t) => fold(t).includes(needle));
}

/** A window of about `width` characters of `text` around the first match of `needle`, or its start. */
export function snippetAround(text: string, needle: string, width = 160): string {
  const at = needle ? fold(text).indexOf(fold(needle)) : -1;
  const start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(width / 3));
  const piece = text.slice(start, start + width).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${start + width < text.length ? '…' : ''}`;
}

/** Builds an article hit for search results. */
export function articleHit(
  article: { id: string; title: string | null; outlet: string | null; published: string | null; text: string },
  needle: string,
  stories: string[],
): ArticleHit {
  return { id: article.id, title: article.title, outlet: article.outlet, published: article.published, snippet: snippetAround(article.text, needle), stories };
}

/** Clamps paging parameters: limit 1–200 (default 50), offset ≥ 0. */
export function paging(query: StoryQuery): { limit: number; offset: number } {
  const limit = Number.isInteger(query.limit) ? Math.min(200, Math.max(1, query.limit!)) : 50;
  const offset = Number.isInteger(query.offset) ? Math.max(0, query.offset!) : 0;
  return { limit, offset };
}
