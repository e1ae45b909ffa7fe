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

/** The article text with quoted passages blanked out (attributed contents and anything in quote marks). */
export function unquotedText(article: Article, analysis: ArticleAnalysis | undefined): string {
  let text = article.text;
  for (const at of analysis?.attributions ?? []) if (at.direct) text = text.slice(0, at.content.start) + ' '.repeat(at.content.end - at.content.start) + text.slice(at.content.end);
  return text.replace(/["“«][^"”»]{0,600}["”»]/g, (m) => ' '.repeat(m.length));
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

/** Computes lineage between every pair of articles; `rank` orders articles by time (earliest first). */
export function findLineage(
  articles: Article[], analyses: ArticleAnalysis[], statements: Statement[], groups: FactGroup[], copies: CopyPair[], rank: number[], threshold: number,
  debug?: (a: string, b: string, score: number, signals: LineageSignals) => void,
): Array<Lineage & { signals: LineageSignals }> {
  const shingles = articles.map((a, i) => shinglesOf(unquotedText(a, analyses[i])));
  const marks = articles.map((a) => rewriteMarks(a.text));
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
  const copyOf = new Map<string, number>();
  for (const c of copies) { copyOf.set(`${c.a}\u0000${c.b}`, c.similarity); copyOf.set(`${c.b}\u0000${c.a}`, c.similarity); }
  const out: Array<Lineage & { signals: LineageSignals }> = [];
  const markedOnly = new Set<number>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const copy = copyOf.get(`${articles[i]!.id}\u0000${articles[j]!.id}`) ?? 0;
      let shared = 0;
      for (const s of shingles[i]!) if (shingles[j]!.has(s)) shared++;
      const sharedShare = shared / Math.max(1, Math.min(shingles[i]!.size, shingles[j]!.size));
      const phrasing = Math.min(1, sharedShare / 0.3);
      const positions: Array<[number, number]> = [];
      for (const g of factsOf[i]!) {
        const oj = orderIn[g]!.get(j);
        if (oj !== undefined) positions.push([orderIn[g]!.get(i)!, oj]);
      }
      const order = orderAgreement(positions);
      /* candidate derived article: the one with rewrite marks, else the later one, else the one with fewer statements */
      const jDerived = marks[i]! !== marks[j]! ? marks[j]! > marks[i]! : rank[i]! !== rank[j]! ? rank[i]! < rank[j]! : counts[j]! <= counts[i]!;
      const derived = jDerived ? j : i;
      /* "one article's facts a subset of another's": share of the derived article's statements found in the source */
      const subset = positions.length / Math.max(1, counts[derived]!);
      const markSignal = Math.min(1, marks[derived]! / 2);
      const signals = { phrasing, order, subset, marks: markSignal, copy };
      const plain = 0.5 * phrasing + 0.3 * subset + 0.2 * order * subset;
      const marked = markSignal > 0 ? 0.3 + 0.6 * subset + 0.3 * phrasing : 0;
      const score = Math.min(1, Math.max(copy, plain, marked));
      if (debug) debug(articles[i]!.id, articles[j]!.id, score, signals);
      if (score < threshold) continue;
      const [from, to] = jDerived ? [articles[i]!.id, articles[j]!.id] : [articles[j]!.id, articles[i]!.id];
      if (marked > Math.max(copy, plain)) markedOnly.add(out.length);
      out.push({ from, to, kind: (copy >= 0.8 || sharedShare >= 0.8) && markSignal === 0 ? 'copy' : 'rewrite', score: Math.round(score * 1000) / 1000, signals });
    }
  }
  /* rewrite marks say an article was rewritten, not from whom: keep only the sources covering most of it */
  const best = new Map<string, number>();
  out.forEach((l, n) => { if (markedOnly.has(n)) best.set(l.to, Math.max(best.get(l.to) ?? 0, l.signals.subset)); });
  return out
    .filter((l, n) => !markedOnly.has(n) || l.signals.subset >= 0.6 * best.get(l.to)!)
    .sort((a, b) => b.score - a.score);
}
