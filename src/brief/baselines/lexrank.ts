/** A LexRank-style baseline (Erkan & Radev 2004): tf-idf cosine graph over all sentences, PageRank, greedy non-redundant pick. */
import { rougeTokens, wordCount } from '../text/tokenize.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { baselineSentences } from './lead.js';

/** Knobs of LexRank: edge threshold, damping, similarity above which a sentence counts as a repeat. */
export interface LexRankOptions {
  threshold: number;
  damping: number;
  redundancy: number;
}

const DEFAULTS: LexRankOptions = { threshold: 0.1, damping: 0.85, redundancy: 0.5 };

/** Sparse tf-idf vectors of sentences (idf over the sentences themselves), unit length. */
function vectors(sentences: string[]): Map<string, number>[] {
  const tokens = sentences.map((s) => rougeTokens(s).filter((t) => !STOPWORDS.has(t)));
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  return tokens.map((t) => {
    const v = new Map<string, number>();
    for (const w of t) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(sentences.length / df.get(w)!  + 1);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

/** Cosine of two unit sparse vectors. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

/** LexRank centrality of each sentence (power iteration on the thresholded, degree-normalised graph). */
export function lexRankScores(sentences: string[], options: Partial<LexRankOptions> = {}): number[] {
  const o = { ...DEFAULTS, ...options };
  const n = sentences.length;
  if (n === 0) return [];
  const v = vectors(sentences);
  const edges: number[][] = v.map((a, i) => v.map((b, j) => (i !== j && cosine(a, b) >= o.threshold ? 1 : 0)));
  const degree = edges.map((row) => row.reduce((x, y) => x + y, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter++) {
    const next = new Array<number>(n).fill((1 - o.damping) / n);
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) {
        for (let j = 0; j < n; j++) next[j]! += (o.damping * p[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j++) if (edges[i]![j]) next[j]! += (o.damping * p[i]!) / degree[i]!;
    }
    const delta = next.reduce((s, x, i) => s + Math.abs(x - p[i]!), 0);
    p = next;
    if (delta < 1e-6) break;
  }
  return p;
}

/** The LexRank summary of some documents: most central sentences first, no near-repeats, up to `budget` words. */
export function lexRankBaseline(documents: string[], budget: number, options: Partial<LexRankOptions> = {}): string[] {
  const o = { ...DEFAULTS, ...options };
  const sentences = documents.flatMap(baselineSentences);
  const scores = lexRankScores(sentences, o);
  const v = vectors(sentences);
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const chosen: number[] = [];
  let words = 0;
  for (const [, i] of order) {
    if (words >= budget) break;
    if (chosen.some((j) => cosine(v[i]!, v[j]!) >= o.redundancy)) continue;
    chosen.push(i);
    words += wordCount(sentences[i]!);
  }
  return chosen.map((i) => sentences[i]!);
}
