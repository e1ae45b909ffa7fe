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

/** Document frequencies per channel, updated one doc at a time, so weights need no second pass over the archive. */
export interface DocFreq {
  docs: number;
  df: [Map<string, number>, Map<string, number>, Map<string, number>];
}

/** An empty df table. */
export function docFreq(): DocFreq {
  return { docs: 0, df: [new Map(), new Map(), new Map()] };
}

/** Counts one doc's features. */
export function countDoc(table: DocFreq, vectors: Vectors): void {
  table.docs++;
  vectors.forEach((v, c) => {
    const df = table.df[c]!;
    for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  });
}

/** Inverse document frequency, smoothed so that it stays positive while the archive is small. */
export function idf(table: DocFreq, c: number, feature: string): number {
  return Math.log(1 + table.docs / (table.df[c]!.get(feature) ?? 1));
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

/** A probe doc's channel weighted once by squared idf (feature, tf·idf²), so a dot with a story is one lookup per feature. */
export type Weighted = Array<Array<[string, number]>>;

/** Weights a vector set by squared idf, for repeated dot products against stories. */
export function weighted(table: DocFreq, v: Vectors): Weighted {
  return v.map((channel, c) => [...channel].map(([f, x]) => { const w = idf(table, c, f); return [f, x * w * w] as [string, number]; }));
}

/** Dot product of a pre-weighted channel with a raw (tf) vector. */
export function weightedDot(w: Array<[string, number]>, v: Map<string, number>): number {
  let sum = 0;
  for (const [f, x] of w) {
    const y = v.get(f);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** Idf-weighted dot product of two vectors of channel `c`, iterating the smaller. */
export function dot(table: DocFreq, c: number, a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, x] of small) {
    const y = large.get(f);
    if (y !== undefined) { const w = idf(table, c, f); sum += x * y * w * w; }
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
