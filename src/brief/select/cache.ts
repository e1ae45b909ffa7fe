/**
 * `BriefMemo`: parts of a story's brief kept between refreshes. A cited sentence's entry depends only on the
 * article text around the citation; a fact's candidates only on its wording, citations, conflicts, the outlet each
 * cited article counts as and (for disputes) the story's people. Keys hold all of that, so a brief built through a
 * filled memo equals one built through an empty memo: only what changed is recomputed.
 */
import { contentKey, type Article } from '../../core/index.js';
import type { Entry } from './entries.js';

/** Brief parts of one story; extended in place by `buildBrief(options)(story, articles, memo)`. */
export interface BriefMemo {
  /** Entry of a citation, by article id, text key and span. */
  entries: Map<string, Entry>;
  /** Candidates of a fact (`source` set to a placeholder), by fact key. */
  facts: Map<string, unknown[]>;
  /** Count keys of a sentence text (number disputes). */
  counts: Map<string, Map<string, Set<string>>>;
  /** Text key per article object seen in this refresh. */
  textKeys: WeakMap<Article, string>;
  /** Facts served from the memo / built afresh, over the memo's life. */
  hits: number;
  misses: number;
}

/** Most entries (and facts, and count keys) one memo keeps; past it that map is emptied and refilled. */
const MAX_ITEMS = 50_000;

/** An empty brief memo. */
export function createBriefMemo(): BriefMemo {
  return { entries: new Map(), facts: new Map(), counts: new Map(), textKeys: new WeakMap(), hits: 0, misses: 0 };
}

/** The content key of an article's text (computed once per article object). */
export function textKeyOf(memo: BriefMemo, article: Article): string {
  let key = memo.textKeys.get(article);
  if (key === undefined) memo.textKeys.set(article, (key = `${article.id}\u0000${contentKey(article.text, 4)}`));
  return key;
}

/** A value of `map` under `key`, or `make()` remembered there (the map is emptied first when full). */
export function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size >= MAX_ITEMS) map.clear();
    map.set(key, (v = make()));
  }
  return v;
}
