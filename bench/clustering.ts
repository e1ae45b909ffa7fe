/** Story clustering at scale: time, memory and per-article assignment cost at 100k and 1M synthetic articles, and the ratio to brute force at 10k. */
import { dataFile, fixed, median, percentile, type ReportSection } from '../eval/lib/report.js';
import { valueOf, type SectionOptions } from '../eval/lib/runner.js';
import { bcubed, loadEcb, type EcbDoc } from '../eval/clustering.js';
import { DEFAULT_CLUSTER_OPTIONS, clusterDocFrom, createClusterer, type ClusterDoc } from '../src/corpus/cluster/index.js';

/** Suffixes that turn a real name into a synthetic one ("Reid" → "Reidkora"); 101 of them, so a base story's names recur only every 6,666 stories. */
const SUFFIXES = Array.from({ length: 101 }, (_, i) => 'bcdfgklmnprstvz'[i % 15]! + 'aeiou'[i % 5]! + 'rnlsk'[Math.floor(i / 15) % 5]! + 'aeiou'[Math.floor(i / 3) % 5]!);
const STORIES_PER_DAY = 500;
const DAY = 24 * 3600 * 1000;
const START = Date.parse('2026-01-01T00:00:00Z');

/** A deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shifts a sentence into synthetic story `k`: capitalised words get the story's suffix, numbers and years move by a story-specific offset. */
function shift(sentence: string, k: number): string {
  const suffix = SUFFIXES[k % SUFFIXES.length]!;
  return sentence.replace(/\p{Lu}\p{Ll}{2,}|\d+/gu, (w) => {
    if (!/^\d/u.test(w)) return w + suffix;
    const n = Number(w);
    return String(n >= 1900 && n <= 2100 ? n + (k % 13) : n + (k % 97));
  });
}

/** One synthetic article with its synthetic story. */
export interface SyntheticArticle {
  doc: ClusterDoc;
  story: number;
}

/**
 * Streams `count` synthetic articles: story k re-tells ECB+ gold story (k mod 66) with shifted names, numbers and
 * dates; it starts at k / 500 days and has 4–12 articles over 48 hours, each a sampled headline sentence and 4–8
 * sampled sentences of that gold story. Articles are emitted in time order within blocks of 200 stories.
 */
export function* syntheticArticles(ecb: EcbDoc[], count: number, seed = 1): Generator<SyntheticArticle> {
  const pools = new Map<string, string[]>();
  for (const d of ecb) pools.set(d.story, [...(pools.get(d.story) ?? []), ...d.sentences.filter((s) => s.split(' ').length >= 5)]);
  const bases = [...pools.values()].filter((p) => p.length >= 10);
  const rand = rng(seed);
  const pick = (pool: string[]): string => pool[Math.floor(rand() * pool.length)]!;
  let made = 0;
  for (let block = 0; made < count; block++) {
    const batch: Array<{ time: number; story: number; title: string; text: string }> = [];
    for (let k = block * 200; k < (block + 1) * 200; k++) {
      const pool = bases[k % bases.length]!;
      const start = START + (k / STORIES_PER_DAY) * DAY;
      const size = 4 + Math.floor(rand() * 9);
      for (let a = 0; a < size; a++) {
        const body = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => shift(pick(pool), k)).join(' ');
        batch.push({ time: start + rand() * 2 * DAY, story: k, title: shift(pick(pool), k), text: body });
      }
    }
    batch.sort((x, y) => x.time - y.time);
    for (const a of batch) {
      if (made >= count) return;
      const doc = clusterDocFrom({ id: `g${made}`, title: a.title, text: a.text, published: new Date(a.time).toISOString() });
      made++;
      yield { doc, story: a.story };
    }
  }
}

/** What one scale run measured. */
interface ScaleRun {
  size: number;
  /** Articles actually clustered (fewer than `size` when the time budget ran out). */
  done: number;
  seconds: number;
  featureSeconds: number;
  addMicros: { all: number; firstMedian: number; lastMedian: number; lastP99: number };
  heapMb: number;
  rssMb: number;
  stories: number;
  open: number;
  f1: number | null;
}

/** Clusters `size` synthetic articles, timing feature extraction and assignment separately and sampling memory. */
function scaleRun(ecb: EcbDoc[], size: number, scoreUpTo: number, deadline: number): ScaleRun {
  const clusterer = createClusterer();
  const gold: string[] = [];
  const perAdd = new Float64Array(size);
  let featureNs = 0n;
  let addNs = 0n;
  let heap = 0;
  const gen = syntheticArticles(ecb, size);
  const started = process.hrtime.bigint();
  let done = 0;
  for (let i = 0; ; i++) {
    if (i % 1000 === 0 && Date.now() > deadline) break;
    const t0 = process.hrtime.bigint();
    const next = gen.next();
    if (next.done) break;
    done = i + 1;
    const t1 = process.hrtime.bigint();
    clusterer.add(next.value.doc);
    const t2 = process.hrtime.bigint();
    featureNs += t1 - t0;
    addNs += t2 - t1;
    perAdd[i] = Number(t2 - t1) / 1000;
    if (size <= scoreUpTo) gold.push(String(next.value.story));
    if (i % 20000 === 0) heap = Math.max(heap, process.memoryUsage().heapUsed);
    if (i > 0 && i % 100000 === 0) {
      const recent = Array.from(perAdd.subarray(i - 10000, i));
      console.log(`[clustering] ${size}: ${i} articles, ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s, assign median ${median(recent).toFixed(1)} µs (last 10k), heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, open stories ${clusterer.stats().open}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  heap = Math.max(heap, process.memoryUsage().heapUsed);
  const window = Math.min(10000, Math.floor(done / 2));
  const last = Array.from(perAdd.subarray(done - window, done));
  return {
    size, done, seconds, featureSeconds: Number(featureNs) / 1e9,
    addMicros: { all: Number(addNs) / 1000 / Math.max(1, done), firstMedian: median(Array.from(perAdd.subarray(0, window))), lastMedian: median(last), lastP99: percentile(last, 99) },
    heapMb: heap / 2 ** 20, rssMb: process.resourceUsage().maxRSS / 1024, stories: clusterer.stats().stories, open: clusterer.stats().open,
    f1: gold.length && done === size ? bcubed(clusterer.labels(), gold).f1 : null,
  };
}

/** A doc as one sorted sparse vector (feature ids and idf-weighted, L2-normalised values) for the brute-force baseline. */
interface Packed { ids: Int32Array; values: Float64Array }

/** Packs a doc's features (all channels, prefixed) with idf from the docs seen so far. */
function pack(doc: ClusterDoc, ids: Map<string, number>, df: Map<number, number>, seen: number): Packed {
  const counts = new Map<number, number>();
  const bags: Array<[string, string[]]> = [['t:', doc.terms], ['e:', doc.entities], ['', doc.numbers]];
  for (const [prefix, bag] of bags) for (const f of bag) {
    const key = prefix + f;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const id of counts.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const entries = [...counts].map(([id, n]) => [id, (1 + Math.log(n)) * Math.log(1 + seen / df.get(id)!)] as [number, number]).sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return { ids: Int32Array.from(entries.map((e) => e[0])), values: Float64Array.from(entries.map((e) => e[1] / norm)) };
}

/** Dot product of two packed vectors by merging their sorted ids. */
function packedDot(a: Packed, b: Packed): number {
  let i = 0, j = 0, s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!, y = b.ids[j]!;
    if (x === y) s += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Brute force: each article is compared with every earlier one and joins the story of the most similar (≥ 0.25), O(n²). */
function bruteForce(docs: ClusterDoc[]): { seconds: number; labels: string[] } {
  const started = process.hrtime.bigint();
  const ids = new Map<string, number>();
  const df = new Map<number, number>();
  const packed: Packed[] = [];
  const labels: string[] = [];
  docs.forEach((doc, n) => {
    const v = pack(doc, ids, df, n + 1);
    let best = -1, bestScore = 0.25;
    for (let i = 0; i < packed.length; i++) { const s = packedDot(v, packed[i]!); if (s >= bestScore) { bestScore = s; best = i; } }
    labels.push(best < 0 ? `b${n}` : labels[best]!);
    packed.push(v);
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, labels };
}

/** The clustering section of BENCHMARKS.md. Flags: `--sizes 100000,1000000`, `--brute 10000`, `--budget-s N` (stop scale runs after N seconds, reporting how far they got). */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const file = dataFile('ecbplus-dev/documents.jsonl');
  if ('missing' in file) { console.log(file.missing); return null; }
  const ecb = loadEcb(file.path);
  const sizes = (valueOf(options.argv, '--sizes') ?? (options.quick ? '20000,100000' : '100000,1000000')).split(',').map(Number);
  const bruteSize = Number(valueOf(options.argv, '--brute') ?? (options.quick ? 3000 : 10000));
  const budget = Number(valueOf(options.argv, '--budget-s') ?? 0);
  const deadline = budget > 0 ? Date.now() + budget * 1000 : Infinity;
  const small = [...syntheticArticles(ecb, bruteSize)];
  const brute = bruteForce(small.map((a) => a.doc));
  const indexedStart = process.hrtime.bigint();
  const clusterer = createClusterer();
  for (const a of small) clusterer.add(a.doc);
  const indexedSeconds = Number(process.hrtime.bigint() - indexedStart) / 1e9;
  const smallGold = small.map((a) => String(a.story));
  const runs: ScaleRun[] = [];
  for (const size of sizes) {
    (globalThis as { gc?: () => void }).gc?.();
    runs.push(scaleRun(ecb, size, 200000, deadline));
    console.log(`[clustering] ${size} articles in ${runs[runs.length - 1]!.seconds.toFixed(1)} s`);
  }
  const rows = runs.map((r) => `| ${r.done === r.size ? r.size.toLocaleString('en-US') : `${r.done.toLocaleString('en-US')} of ${r.size.toLocaleString('en-US')} (time budget ran out)`} | ${fixed(r.seconds, 1)} | ${fixed(r.featureSeconds, 1)} | ${fixed(r.addMicros.all, 1)} | ${fixed(r.addMicros.firstMedian, 1)} | ${fixed(r.addMicros.lastMedian, 1)} | ${fixed(r.addMicros.lastP99, 0)} | ${fixed(r.heapMb, 0)} | ${fixed(r.rssMb, 0)} | ${r.stories.toLocaleString('en-US')} (${r.open.toLocaleString('en-US')} open at end) | ${r.f1 === null ? 'not scored' : fixed(r.f1)} |`);
  return {
    title: 'Story clustering at scale',
    markdown: `Command: \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only clustering\` (flags: \`--sizes ${sizes.join(',')}\`, \`--brute ${bruteSize}\`${budget > 0 ? ', `--budget-s ' + budget + '`' : ''}), one run per size, on the shared 2-core machine.

Synthetic articles (generated on the fly, never stored): synthetic story *k* re-tells ECB+ dev gold story *k* mod 66 with
its capitalised words given one of 101 story-specific suffixes ("Reid" → "Reid*kora*") and its numbers and years shifted
by story-specific offsets; it starts at *k*/${STORIES_PER_DAY} days and has 4–12 articles spread over 48 hours, each a sampled
headline sentence plus 2–4 sampled sentences of that gold story (so articles of one story share facts but not text).
Stories sharing a base and a suffix are 6,666 stories (13 days) apart, outside the 7-day window. Articles stream in
time order within blocks of 200 stories; the clusterer keeps only stories in the window, and an open story keeps its
members' vectors for split checks only while it has at most ${DEFAULT_CLUSTER_OPTIONS.splitMemberCap} members (past that they are freed), so memory is bounded
by the window and the split check costs at most ${DEFAULT_CLUSTER_OPTIONS.splitMemberCap}² member similarities.

| articles | total s | of which generate + features s | assign µs/article (mean) | first 10k median µs | last 10k median µs | last 10k p99 µs | peak heap MB (sampled) | peak RSS MB (process) | stories | B³ F1 vs synthetic stories |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Brute-force baseline at ${bruteSize.toLocaleString('en-US')} articles (each article compared with every earlier one, same
features, sorted sparse vectors): ${fixed(brute.seconds, 2)} s (B³ F1 ${fixed(bcubed(brute.labels, smallGold).f1)}) against
${fixed(indexedSeconds, 2)} s for the indexed online clusterer on the same articles (B³ F1 ${fixed(bcubed(clusterer.labels(), smallGold).f1)}):
**${fixed(brute.seconds / indexedSeconds, 1)}×** faster. Peak RSS is the process maximum so far (runs go small to large).
`,
  };
}
