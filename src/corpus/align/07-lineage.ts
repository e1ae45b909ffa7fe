/**
 * Which articles are copies or rewrites of which: shared rare phrasing outside quotation marks, the same statement
 * order, one article's facts a subset of another's, and rewrite marks. Two outlets quoting one source share only
 * the quoted words, which are left out, so they are not lineage.
 */
import type { Article, ArticleAnalysis, Lineage } from '../../core/index.js';
import type { Statement } from './types.js';
import type { FactGroup } from './04-facts.js';
import { REWRITE_MARKS } from './lexicon/rewrite-marks.js';

/** A near-duplicate pair from the dedup stage (or the local check). */
export interface CopyPair { a: string; b: string; similarity: number }

/** Words per shingle for shared phrasing. */
const SHINGLE = 5;

/**
 * The article text with quoted passages blanked out (attributed contents and anything in quote marks). Built in one
 * pass over the contents sorted by start (overlaps merged), so it stays linear however many quotes a long text has.
 */
export function unquotedText(article: Article, analysis: ArticleAnalysis | undefined): string {
  const source = article.text;
  const spans = (analysis?.attributions ?? []).filter((at) => at.direct).map((at) => at.content).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0; // text before `at` is written
  for (const { start, end } of spans) {
    const from = Math.max(start, at);
    const to = Math.min(end, source.length);
    if (to <= from) continue;
    parts.push(source.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  parts.push(source.slice(at));
  return parts.join('').replace(/["“«][^"”»]{0,600}["”»]/g, (m) => ' '.repeat(m.length));
}

/** Word shingles of a text (lower-case words, numbers kept). */
export function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Count of rewrite marks in a text ("On , a Russian drone strike"). */
export function rewriteMarks(text: string): number {
  return REWRITE_MARKS.reduce((n, pattern) => n + (text.match(pattern)?.length ?? 0), 0);
}

/** Signals for one pair of articles, each in 0–1. */
export interface LineageSignals { phrasing: number; order: number; subset: number; marks: number; copy: number }

/** Share of concordant pairs among matched statement positions (1 = same order); 0 with fewer than 3 matches. */
function orderAgreement(positions: Array<[number, number]>): number {
  if (positions.length < 3) return 0;
  let agree = 0; let total = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      total++;
      if ((positions[i]![0] - positions[j]![0]) * (positions[i]![1] - positions[j]![1]) > 0) agree++;
    }
  }
  return agree / total;
}

/** Per-article text signals, precomputed (the aligner keeps them in its memo): rewrite marks and shared phrasing of a pair. */
export interface LineageParts {
  marks: number[];
  /** Shared unquoted 5-word shingles of articles i and j over the smaller article's count. */
  sharedShare(i: number, j: number): number;
}

/** The text signals computed from scratch. */
function partsOf(articles: Article[], analyses: ArticleAnalysis[]): LineageParts {
  const shingles = articles.map((a, i) => shinglesOf(unquotedText(a, analyses[i])));
  return {
    marks: articles.map((a) => rewriteMarks(a.text)),
    sharedShare(i, j) {
      let shared = 0;
      for (const s of shingles[i]!) if (shingles[j]!.has(s)) shared++;
      return shared / Math.max(1, Math.min(shingles[i]!.size, shingles[j]!.size));
    },
  };
}

/** Computes lineage between every pair of articles; `rank` orders articles by time (earliest first). */
export function findLineage(
  articles: Article[], analyses: ArticleAnalysis[], statements: Statement[], groups: FactGroup[], copies: CopyPair[], rank: number[], threshold: number,
  debug?: (a: string, b: string, score: number, signals: LineageSignals) => void, parts?: LineageParts,
): Array<Lineage & { signals: LineageSignals }> {
  const { marks, sharedShare: shareOf } = parts ?? partsOf(articles, analyses);
  const counts = articles.map(() => 0);
  for (const s of statements) counts[s.articleIndex]!++;
  /* per fact: the order of its statement in each article (first one), and the facts each article takes part in */
  const orderIn = groups.map((g) => {
    const m = new Map<number, number>();
    for (const id of g.statements) { const s = statements[id]!; if (!m.has(s.articleIndex)) m.set(s.articleIndex, s.order); }
    return m;
  });
  const factsOf = articles.map(() => [] as number[]);
  orderIn.forEach((m, g) => { if (m.size > 1) for (const ai of m.keys()) factsOf[ai]!.push(g); });
  const n = articles.length;
  const at = new Map(articles.map((a, i) => [a.id, i]));
  const copyOf = new Map<number, number>();
  for (const c of copies) {
    const a = at.get(c.a); const b = at.get(c.b);
    if (a !== undefined && b !== undefined) copyOf.set(Math.min(a, b) * n + Math.max(a, b), c.similarity);
  }
  const out: Array<Lineage & { signals: LineageSignals }> = [];
  const markedOnly = new Set<number>();
  /** Facts both articles of a marked-only link report. */
  const sharedFacts = new Map<number, number[]>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const copy = copyOf.get(i * n + j) ?? 0;
      const sharedShare = shareOf(i, j);
      const phrasing = Math.min(1, sharedShare / 0.3);
      const positions: Array<[number, number]> = [];
      const together: number[] = [];
      for (const g of factsOf[i]!) {
        const oj = orderIn[g]!.get(j);
        if (oj !== undefined) { positions.push([orderIn[g]!.get(i)!, oj]); together.push(g); }
      }
      const order = orderAgreement(positions);
      /* candidate derived article: the one with rewrite marks, else the later one, else the one with fewer statements */
      const jDerived = marks[i]! !== marks[j]! ? marks[j]! > marks[i]! : rank[i]! !== rank[j]! ? rank[i]! < rank[j]! : counts[j]! <= counts[i]!;
      const derived = jDerived ? j : i;
      /* "one article's facts a subset of another's": share of the derived article's statements found in the source */
      const subset = positions.length / Math.max(1, counts[derived]!);
      const markSignal = Math.min(1, marks[derived]! / 2);
      const plain = 0.5 * phrasing + 0.3 * subset + 0.2 * order * subset;
      const marked = markSignal > 0 ? 0.3 + 0.6 * subset + 0.3 * phrasing : 0;
      const score = Math.min(1, Math.max(copy, plain, marked));
      if (score < threshold && !debug) continue;
      const signals = { phrasing, order, subset, marks: markSignal, copy };
      if (debug) debug(articles[i]!.id, articles[j]!.id, score, signals);
      if (score < threshold) continue;
      const [from, to] = jDerived ? [articles[i]!.id, articles[j]!.id] : [articles[j]!.id, articles[i]!.id];
      if (marked > Math.max(copy, plain)) { markedOnly.add(out.length); sharedFacts.set(out.length, together); }
      out.push({ from, to, kind: (copy >= 0.8 || sharedShare >= 0.8) && markSignal === 0 ? 'copy' : 'rewrite', score: Math.round(score * 1000) / 1000, signals });
    }
  }
  const drop = extraSources(out, markedOnly, sharedFacts);
  return out.filter((_, n) => !drop.has(n)).sort((a, b) => b.score - a.score);
}

/** Fewest shared-phrasing signal an extra source of a marked rewrite needs, and its share of the best source's. */
const EXTRA_PHRASING = 0.1;
const EXTRA_PHRASING_SHARE = 0.5;
/** Share of the best source's coverage an extra source needs. */
const EXTRA_SUBSET_SHARE = 0.6;

/**
 * Rewrite marks say an article was rewritten, not from whom: of its marked-only sources the best (by score) is kept,
 * and another only on strong evidence of its own: coverage near the best's, shared phrasing of its own (not just the
 * same facts, which every report of the event shares), and facts of the rewrite no kept source reports. Returns the
 * indexes of the links to drop.
 */
function extraSources(out: Array<Lineage & { signals: LineageSignals }>, markedOnly: Set<number>, sharedFacts: Map<number, number[]>): Set<number> {
  const byTarget = new Map<string, number[]>();
  for (const n of markedOnly) { const to = out[n]!.to; byTarget.set(to, [...(byTarget.get(to) ?? []), n]); }
  const drop = new Set<number>();
  for (const list of byTarget.values()) {
    list.sort((x, y) => out[y]!.score - out[x]!.score || out[y]!.signals.subset - out[x]!.signals.subset || x - y);
    const best = out[list[0]!]!.signals;
    const covered = new Set(sharedFacts.get(list[0]!));
    for (const n of list.slice(1)) {
      const { subset, phrasing } = out[n]!.signals;
      const own = sharedFacts.get(n)!.filter((g) => !covered.has(g));
      if (subset < EXTRA_SUBSET_SHARE * best.subset || phrasing < Math.max(EXTRA_PHRASING, EXTRA_PHRASING_SHARE * best.phrasing) || own.length === 0) {
        drop.add(n);
        continue;
      }
      for (const g of own) covered.add(g);
    }
  }
  return drop;
}
