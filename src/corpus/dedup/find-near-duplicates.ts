/** Exact and near copies among articles (a wire story under a changed headline), each with its similarity. */
import type { Article } from '../../core/index.js';
import { jaccard, normalized, shingles } from './01-shingle.js';
import { hashFamily, signature } from './02-minhash.js';
import { candidatePairs } from './03-lsh.js';

/** One pair of copies: `a` came first in the input; similarity is the exact shingle Jaccard of the bodies. */
export interface DuplicatePair {
  a: string;
  b: string;
  similarity: number;
  kind: 'exact' | 'near';
}

/** Options for duplicate detection. */
export interface DedupOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** LSH bands × rows = signature length; 20 × 5 catches pairs of Jaccard 0.5 with probability 0.47, 0.7 with 0.97. */
  bands: number;
  rows: number;
  /** Pairs below this exact Jaccard are not copies. */
  threshold: number;
}

/** Defaults: 5-word shingles, 20 bands of 5 rows, near copies from Jaccard 0.6. */
export const DEFAULT_DEDUP_OPTIONS: DedupOptions = { shingleSize: 5, bands: 20, rows: 5, threshold: 0.6 };

/** Finds exact copies (same normalised body) and near copies (shingle Jaccard ≥ threshold) with MinHash + LSH. */
export function findNearDuplicates(articles: Array<Pick<Article, 'id' | 'text'>>, options: Partial<DedupOptions> = {}): DuplicatePair[] {
  const o = { ...DEFAULT_DEDUP_OPTIONS, ...options } satisfies DedupOptions;
  const family = hashFamily(o.bands * o.rows);
  const sets = articles.map((a) => shingles(a.text, o.shingleSize));
  const keys = articles.map((a) => normalized(a.text));
  const usable = sets.map((s) => s.length > 0);
  const sigs = sets.map((s) => signature(s, family));
  const out: DuplicatePair[] = [];
  for (const [i, j] of candidatePairs(sigs, o.bands, o.rows)) {
    if (!usable[i] || !usable[j]) continue;
    const exact = keys[i] === keys[j];
    const similarity = exact ? 1 : jaccard(sets[i]!, sets[j]!);
    if (!exact && similarity < o.threshold) continue;
    out.push({ a: articles[i]!.id, b: articles[j]!.id, similarity, kind: exact ? 'exact' : 'near' });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
