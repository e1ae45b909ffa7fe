/**
 * Per-article and per-article-pair parts of an alignment, kept in the story's memo between refreshes: the shingles
 * that lineage compares, the MinHash signature and shingles that copy detection compares, rewrite marks, and the
 * value of each compared pair. Every part is a function of the article contents it is keyed by, so an alignment
 * computed through a filled memo equals one computed through an empty memo.
 */
import type { Article, ArticleAnalysis } from '../../core/index.js';
import { DEFAULT_DEDUP_OPTIONS, candidatePairs, hashFamily, jaccard, shingles, signature } from '../dedup/index.js';
import { contentKey } from '../../core/index.js';
import type { AlignMemo } from './cache.js';
import { rewriteMarks, shinglesOf, unquotedText, type CopyPair } from './07-lineage.js';

/** What is kept per article content. */
export interface ArticleParts {
  /** Small number naming this content in the memo's pair keys. */
  uid: number;
  /** Lineage: 5-word shingles of the unquoted text. */
  phrases: Set<string>;
  /** Rewrite marks in the text. */
  marks: number;
  /** Copy detection: hashed word shingles and their MinHash signature. */
  copyShingles: Uint32Array;
  copySignature: Uint32Array;
  /** Values of pairs with older article contents, by `uid * 2 + tag` of the older one. */
  pairs: Map<number, number>;
}

let family: ReturnType<typeof hashFamily> | null = null;

/** Content key of an article: its text and the quoted spans lineage leaves out. */
function articleKey(article: Article, analysis: ArticleAnalysis | undefined): string {
  const direct = (analysis?.attributions ?? []).filter((a) => a.direct).map((a) => `${a.content.start}-${a.content.end}`).join(',');
  const text = `${article.text}\u0000${direct}`;
  return contentKey(text, 2);
}

/** The parts of every article (from the memo when its content is unchanged); the memo then keeps only these. */
export function articleParts(memo: AlignMemo, articles: Article[], analyses: ArticleAnalysis[]): ArticleParts[] {
  const o = DEFAULT_DEDUP_OPTIONS;
  family ??= hashFamily(o.bands * o.rows);
  if (memo.nextUid >= MAX_UID) { memo.articles.clear(); memo.nextUid = 0; }
  const kept = new Map<string, ArticleParts>();
  const parts = articles.map((a, i) => {
    const key = articleKey(a, analyses[i]);
    let p = kept.get(key) ?? memo.articles.get(key);
    if (p === undefined) {
      const copyShingles = shingles(a.text, o.shingleSize);
      p = { uid: memo.nextUid++, phrases: shinglesOf(unquotedText(a, analyses[i])), marks: rewriteMarks(a.text), copyShingles, copySignature: signature(copyShingles, family!), pairs: new Map() };
    }
    kept.set(key, p);
    return p;
  });
  memo.articles = kept;
  return parts;
}

/** Most article contents numbered in one memo before it starts again (pair keys stay small integers). */
const MAX_UID = 2 ** 28;

/** The per-pair value store of a refresh. */
export type PairValues = ReturnType<typeof pairValues>;

/** Pair value kinds. */
export type PairTag = 0 | 1;

/** Per-pair values: kept by the newer of the two article contents, under the older one's uid and the kind of value. */
export function pairValues(): { value(tag: PairTag, a: ArticleParts, b: ArticleParts, compute: () => number): number } {
  return {
    value(tag, a, b, compute) {
      const [older, newer] = a.uid < b.uid ? [a, b] : [b, a];
      const key = older.uid * 2 + tag;
      let v = newer.pairs.get(key);
      if (v === undefined) newer.pairs.set(key, (v = compute()));
      return v;
    },
  };
}

/**
 * Near copies among the articles, as `findNearDuplicates` finds them (MinHash + LSH bands for candidates, exact
 * shingle Jaccard at or above the dedup threshold to confirm), with signatures and similarities from the memo.
 */
export function nearCopies(articles: Article[], parts: ArticleParts[], values: PairValues): CopyPair[] {
  const o = DEFAULT_DEDUP_OPTIONS;
  const out: CopyPair[] = [];
  for (const [i, j] of candidatePairs(parts.map((p) => p.copySignature), o.bands, o.rows)) {
    const a = parts[i]!; const b = parts[j]!;
    if (a.copyShingles.length === 0 || b.copyShingles.length === 0) continue;
    const similarity = values.value(0, a, b, () => jaccard(a.copyShingles, b.copyShingles));
    if (similarity < o.threshold) continue;
    out.push({ a: articles[i]!.id, b: articles[j]!.id, similarity });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Share of shared unquoted phrasing of two articles (shared shingles over the smaller set), from the memo. */
export function sharedPhrasing(parts: ArticleParts[], values: PairValues): (i: number, j: number) => number {
  return (i, j) => values.value(1, parts[i]!, parts[j]!, () => {
    const a = parts[i]!.phrases; const b = parts[j]!.phrases;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    for (const s of small) if (large.has(s)) shared++;
    return shared / Math.max(1, Math.min(a.size, b.size));
  });
}
