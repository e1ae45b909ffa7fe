/** Story clustering on ECB+ dev: B-cubed F1 of the online clusterer over shuffled orders, full text and headlines only, against a tf-idf average-link baseline. */
import { readFileSync } from 'node:fs';
import { clusterBatch, clusterDocFrom, createClusterer, type ClusterDoc } from '../src/corpus/cluster/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import type { Article } from '../src/core/index.js';
import { dataFile, fixed, type ReportSection } from './lib/report.js';
import type { SectionOptions } from './lib/runner.js';

/** One ECB+ document as the eval reads it. */
export interface EcbDoc {
  id: string;
  topic: number;
  story: string;
  title: string;
  text: string;
  sentences: string[];
}

/** Reads ECB+ documents.jsonl (path from dataFile). */
export function loadEcb(path: string): EcbDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line) as { doc_id: string; topic: number; story_id: string; title_guess: string | null; text: string; sentences: Array<{ text: string }> };
    return { id: r.doc_id, topic: r.topic, story: r.story_id, title: r.title_guess ?? r.sentences[0]?.text ?? '', text: r.text, sentences: r.sentences.map((s) => s.text) };
  });
}

/** B-cubed precision, recall and F1 of predicted labels against gold labels (same order). */
export function bcubed(predicted: string[], gold: string[]): { p: number; r: number; f1: number } {
  const key = (a: string, b: string): string => `${a}\u0000${b}`;
  const count = (xs: string[]): Map<string, number> => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const pred = count(predicted);
  const gol = count(gold);
  const both = count(predicted.map((p, i) => key(p, gold[i]!)));
  let p = 0;
  let r = 0;
  predicted.forEach((x, i) => {
    const shared = both.get(key(x, gold[i]!))!;
    p += shared / pred.get(x)!;
    r += shared / gol.get(gold[i]!)!;
  });
  p /= predicted.length;
  r /= predicted.length;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** A seeded shuffle (mulberry32), so every run sees the same orders. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Features per doc: full text, headline only, or full text with entities from analyzeArticle. */
export function docsFor(ecb: EcbDoc[], mode: 'full' | 'headline' | 'analyzed'): ClusterDoc[] {
  const analyze = mode === 'analyzed' ? analyzeArticle({ skipQuantities: true }) : null;
  return ecb.map((d) => {
    if (mode === 'headline') return clusterDocFrom({ id: d.id, title: d.title });
    const article: Article = { id: d.id, source: d.id, outlet: null, title: d.title, published: null, author: null, language: 'en', url: null, text: d.text, headings: [], diagnostics: [] };
    return clusterDocFrom(article, analyze ? analyze(article) : undefined);
  });
}

/** Labels from the online pass alone (no refine), as the store's incremental assignment sees them. */
function onlineOnly(docs: ClusterDoc[]): string[] {
  const clusterer = createClusterer();
  for (const doc of docs) clusterer.add(doc);
  return clusterer.labels();
}

/** B³ F1 of the clusterer over `orders` shuffles of the docs (plus the file order). */
export function scoreOrders(ecb: EcbDoc[], docs: ClusterDoc[], orders: number, refine = true): number[] {
  const out: number[] = [];
  for (let seed = 0; seed <= orders; seed++) {
    const order = seed === 0 ? ecb.map((_, i) => i) : shuffled(ecb.map((_, i) => i), seed);
    const labels = refine ? clusterBatch(order.map((i) => docs[i]!)) : onlineOnly(order.map((i) => docs[i]!));
    out.push(bcubed(labels, order.map((i) => ecb[i]!.story)).f1);
  }
  return out;
}

/** Plain tf-idf vectors (lower-case words, sublinear tf, smoothed idf), L2-normalised: the baseline's representation. */
function tfidf(texts: string[]): Array<Map<string, number>> {
  const bags = texts.map((t) => (t.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? []).reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>()));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return bags.map((b) => {
    const v = new Map<string, number>();
    let n = 0;
    for (const [w, c] of b) { const x = (1 + Math.log(c)) * Math.log((1 + bags.length) / (1 + df.get(w)!)); v.set(w, x); n += x * x; }
    n = Math.sqrt(n) || 1;
    for (const [w, x] of v) v.set(w, x / n);
    return v;
  });
}

/** Average-link agglomerative clustering over cosine similarity; the merge history, cut later at any threshold. */
function averageLink(vectors: Array<Map<string, number>>): Array<[number, number, number]> {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    let s = 0;
    const [a, b] = vectors[i]!.size < vectors[j]!.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
    for (const [w, x] of a) s += x * (b.get(w) ?? 0);
    sim[i * n + j] = sim[j * n + i] = s;
  }
  const size = new Array<number>(n).fill(1);
  const active = new Set(Array.from({ length: n }, (_, i) => i));
  const merges: Array<[number, number, number]> = [];
  while (active.size > 1) {
    let best = -1, bi = -1, bj = -1;
    const list = [...active];
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const s = sim[list[x]! * n + list[y]!]!;
      if (s > best) { best = s; bi = list[x]!; bj = list[y]!; }
    }
    if (best <= 0) break;
    merges.push([bi, bj, best]);
    for (const k of active) {
      if (k === bi || k === bj) continue;
      const s = (sim[bi * n + k]! * size[bi]! + sim[bj * n + k]! * size[bj]!) / (size[bi]! + size[bj]!);
      sim[bi * n + k] = sim[k * n + bi] = s;
    }
    size[bi]! += size[bj]!;
    active.delete(bj);
  }
  return merges;
}

/** Labels from cutting a merge history at a similarity threshold. */
function cut(n: number, merges: Array<[number, number, number]>, threshold: number): string[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b, s] of merges) if (s >= threshold) parent[find(b)] = find(a);
  return parent.map((_, i) => String(find(i)));
}

/** The baseline's best B³ F1 over thresholds 0.02–0.60 (an oracle cut, so a generous floor) and the threshold that reached it. */
export function baseline(texts: string[], gold: string[]): { f1: number; threshold: number } {
  const merges = averageLink(tfidf(texts));
  let best = { f1: 0, threshold: 0 };
  for (let t = 0.02; t <= 0.6; t += 0.02) {
    const f1 = bcubed(cut(texts.length, merges, t), gold).f1;
    if (f1 > best.f1) best = { f1, threshold: t };
  }
  return best;
}

const stats = (xs: number[]): string => `${fixed(xs.reduce((a, b) => a + b, 0) / xs.length)} | ${fixed(Math.min(...xs))} | ${fixed(Math.max(...xs))}`;

/** The clustering section of EVALUATION.md. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const file = dataFile('ecbplus-dev/documents.jsonl');
  if ('missing' in file) { console.log(file.missing); return null; }
  const ecb = loadEcb(file.path);
  const gold = ecb.map((d) => d.story);
  const orders = options.quick ? 4 : 10;
  const full = scoreOrders(ecb, docsFor(ecb, 'full'), orders);
  const heads = scoreOrders(ecb, docsFor(ecb, 'headline'), orders);
  const analyzed = scoreOrders(ecb, docsFor(ecb, 'analyzed'), orders);
  const online = scoreOrders(ecb, docsFor(ecb, 'full'), orders, false);
  const baseFull = baseline(ecb.map((d) => d.text), gold);
  const baseHead = baseline(ecb.map((d) => d.title), gold);
  const stories = new Set(gold).size;
  return {
    title: 'Story clustering (ECB+ dev)',
    markdown: `Data: \`ecbplus-dev/documents.jsonl\` — ${ecb.length} documents, ${stories} gold stories (two events of the same kind per topic).
Command: \`npx tsc -p . ; node dist/eval/main.js --only clustering\`. Metric: B-cubed F1 against \`story_id\`.
The online clusterer (\`clusterBatch\`: default options, one refine pass at the end; entities from capitalised runs, plus
\`analyzeArticle\` entity keys in the last row; numbers, dates, tf-idf terms; ECB+ has no publication times) is run over the
file order plus ${orders} seeded shuffles. Headline-only input is \`title_guess\` (the first sentence) with no body.
The baseline is tf-idf cosine + average-link agglomerative clustering over all documents at once, cut at the best threshold
for these labels (an oracle cut, so a generous floor), computed in the same run.

| input | online clusterer: mean | min | max | tf-idf average-link (best cut) |
|---|---|---|---|---|
| full text | ${stats(full)} | ${fixed(baseFull.f1)} (cut ${baseFull.threshold.toFixed(2)}) |
| headline only | ${stats(heads)} | ${fixed(baseHead.f1)} (cut ${baseHead.threshold.toFixed(2)}) |
| full text + \`analyzeArticle\` entities | ${stats(analyzed)} | — |
| full text, online pass only (no refine) | ${stats(online)} | — |
`,
  };
}
