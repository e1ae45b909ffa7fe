/** Sparse feature vectors in three channels, document frequencies kept incrementally, and idf-weighted cosines. */
import type { ClusterDoc } from './types.js';

/** The channels a similarity is made of, in a fixed order. */
export const CHANNELS = ['terms', 'entities', 'numbers'] as const;

/** One channel's name. */
export type Channel = (typeof CHANNELS)[number];

/** Feature → weight, one map per channel (terms, entities, numbers). */
export type Vectors = [Map<string, number>, Map<string, number>, Map<string, number>];

/** Prefixes keep the channels apart in the shared df table and inverted index. */
const PREFIX = ['t:', 'e:', ''] as const;

/** The key of a feature of channel `c` in the df table and the index. */
export function featureKey(c: number, feature: string): string {
  return PREFIX[c] + feature;
}

/** A doc's channels as sublinear term-frequency vectors (1 + ln tf). */
export function vectorsOf(doc: ClusterDoc): Vectors {
  const out: Vectors = [new Map(), new Map(), new Map()];
  [doc.terms, doc.entities, doc.numbers].forEach((bag, c) => {
    const counts = out[c]!;
    for (const f of bag) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [f, n] of counts) counts.set(f, 1 + Math.log(n));
  });
  return out;
}

/** Document frequencies, updated one doc at a time, so weights need no second pass over the archive. */
export interface DocFreq {
  docs: number;
  df: Map<string, number>;
}

/** Counts one doc's features. */
export function countDoc(table: DocFreq, vectors: Vectors): void {
  table.docs++;
  vectors.forEach((v, c) => {
    for (const f of v.keys()) {
      const key = featureKey(c, f);
      table.df.set(key, (table.df.get(key) ?? 0) + 1);
    }
  });
}

/** Inverse document frequency, smoothed so that it stays positive while the archive is small. */
export function idf(table: DocFreq, c: number, feature: string): number {
  return Math.log(1 + table.docs / (table.df.get(featureKey(c, feature)) ?? 1));
}

/** Squared idf, the weight both sides of a dot product carry. */
export function idf2(table: DocFreq, c: number, feature: string): number {
  const w = idf(table, c, feature);
  return w * w;
}

/** L2 norm of one channel under the current idf. */
export function norm(table: DocFreq, c: number, v: Map<string, number>): number {
  let sum = 0;
  for (const [f, x] of v) {
    const w = x * idf(table, c, f);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Idf-weighted dot product of two vectors of channel `c`, iterating the smaller. */
export function dot(table: DocFreq, c: number, a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, x] of small) {
    const y = large.get(f);
    if (y !== undefined) sum += x * y * idf2(table, c, f);
  }
  return sum;
}

/** Adds `v` scaled by `k` into `into` (k = -1 removes). Entries falling to ~0 are dropped. */
export function addInto(into: Map<string, number>, v: Map<string, number>, k = 1): void {
  for (const [f, x] of v) {
    const y = (into.get(f) ?? 0) + k * x;
    if (y > 1e-9) into.set(f, y);
    else into.delete(f);
  }
}
