/** `alignStory(options)(input)`: entities, quotes, facts with conflicts, and lineage for one story's articles. */
import { contentKey, EngineError, type Article, type ArticleAnalysis, type Fact, type Lineage, type StoryEntity, type StoryQuote } from '../../core/index.js';
import { createMatcher } from '../match/index.js';
import { joinEntities } from './01-entities.js';
import { buildStatements } from './02-statements.js';
import { judgePairs, type JudgedPair, type PairIndex } from './03-pairs.js';
import { groupFacts, joinSides, type FactGroup } from './04-facts.js';
import { findConflict, type StatementConflict } from './05-conflicts.js';
import { mergeQuotes, quoteItems } from './06-quotes.js';
import { findLineage } from './07-lineage.js';
import { sourceGroups } from './08-independence.js';
import { isBareTitle } from './lexicon/titles.js';
import { claimMemo, createAlignMemo, memoMatcher, type AlignMemo } from './cache.js';
import { articleParts, nearCopies, pairValues, sharedPhrasing } from './cache-articles.js';
import { weightArticles } from './weights.js';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions, type Statement } from './types.js';

/** What alignStory returns for one story. */
export interface StoryAlignment {
  entities: StoryEntity[];
  quotes: StoryQuote[];
  facts: Fact[];
  lineage: Lineage[];
}

/** The input: a story's articles and their analyses (matched by article id). */
export interface AlignInput {
  articles: Article[];
  analyses: ArticleAnalysis[];
}

/** Orders articles by publication time, unknown times last, then input order; returns each article's position. */
function timeOrder(articles: Article[]): number[] {
  const time = (a: Article) => { const t = a.published ? Date.parse(a.published) : NaN; return Number.isNaN(t) ? Infinity : t; };
  const sorted = articles.map((a, i) => ({ t: time(a), i })).sort((x, y) => (x.t === y.t ? x.i - y.i : x.t < y.t ? -1 : 1));
  const rank = new Array<number>(articles.length);
  sorted.forEach((s, position) => { rank[s.i] = position; });
  return rank;
}

/** Builds a fact from a group: the most central statement is its text. */
function toFact(group: FactGroup, statements: Statement[], conflicts: StatementConflict[], sourceOf: number[], n: number): Fact {
  const members = group.statements.map((id) => statements[id]!);
  const sums = new Map<number, number>();
  for (const p of group.pairs) { sums.set(p.a, (sums.get(p.a) ?? 0) + p.score); if (p.b !== p.a) sums.set(p.b, (sums.get(p.b) ?? 0) + p.score); }
  const centrality = (id: number) => sums.get(id) ?? 0;
  const central = [...members].sort((x, y) => centrality(y.id) - centrality(x.id) || x.id - y.id)[0]!;
  const cite = (s: Statement) => ({ article: s.article, start: s.span.start, end: s.span.end });
  /* one conflict per reason: the same disagreement seen through several pairs of reports is said once */
  const reasons = new Set<string>();
  const inGroup = new Set(group.statements);
  const own = conflicts.filter((c) => inGroup.has(c.a) && inGroup.has(c.b) && !reasons.has(c.reason) && reasons.add(c.reason) !== undefined);
  const outlets = new Set(members.map((s) => sourceOf[s.articleIndex])).size;
  return {
    id: `f${n + 1}`, text: central.text.trim(), status: own.length > 0 ? 'disputed' : outlets >= 2 ? 'corroborated' : 'single-source', outlets,
    citations: members.map(cite),
    conflicts: own.map((c) => ({ reason: c.reason, citations: [cite(statements[c.a]!), cite(statements[c.b]!)] })),
  };
}

/**
 * For a judged pair, which stands for every pair of its two wordings: one statement of each wording from two
 * independent sources, the first such in wording order (x over the first wording, then y over the second), or null.
 * Each wording's first statement and first statement of another source are found once, so a pair costs O(1) rather
 * than a scan of both wordings (a hundred copies of one wire story, all one source, made that scan quadratic).
 */
function independentPair(index: PairIndex, statements: Statement[], sourceOf: number[]): (pair: JudgedPair) => [Statement, Statement] | null {
  const source = (id: number) => sourceOf[statements[id]!.articleIndex]!;
  /* per wording: its first statement, and its first statement whose source differs from that one's (or -1) */
  const other = index.forms.map((ids) => ids.find((id) => source(id) !== source(ids[0]!)) ?? -1);
  /* the first statement of wording f whose source is not `s` */
  const firstNotOf = (f: number, s: number) => (source(index.forms[f]![0]!) !== s ? index.forms[f]![0]! : other[f]!);
  return (pair) => {
    const fa = index.formOf[pair.a]!; const fb = index.formOf[pair.b]!;
    const y0 = index.forms[fb]![0]!;
    /* x runs over wording a: the first x with some y of another source; y is then the first such y */
    const x = other[fb]! >= 0 ? index.forms[fa]![0]! : firstNotOf(fa, source(y0));
    if (x < 0) return null;
    const y = firstNotOf(fb, source(x));
    return y < 0 ? null : [statements[x]!, statements[y]!];
  };
}

/**
 * Finds the statement of an article whose span holds a range (the first such in statement order), by binary search
 * over the article's statements; a scan of every statement per speaker clash was quadratic in the story's size.
 */
function statementFinder(statements: Statement[], articleCount: number): (articleIndex: number, range: { start: number; end: number }) => Statement | undefined {
  const byArticle = Array.from({ length: articleCount }, () => [] as Statement[]);
  for (const s of statements) byArticle[s.articleIndex]!.push(s);
  /* per article, the greatest span end up to each statement; starts rise with statement order (checked, else a scan) */
  const reach = byArticle.map((list) => { let max = -Infinity; return list.map((s) => (max = Math.max(max, s.span.end))); });
  const sorted = byArticle.map((list) => list.every((s, i) => i === 0 || list[i - 1]!.span.start <= s.span.start));
  return (ai, range) => {
    const list = byArticle[ai] ?? [];
    if (!sorted[ai]) return list.find((s) => s.span.start <= range.start && s.span.end >= range.end);
    /* statements starting at or before the range: a prefix; the first of them reaching its end: first with reach >= end */
    const prefix = firstIndex(list.length, (i) => list[i]!.span.start > range.start);
    const first = firstIndex(prefix, (i) => reach[ai]![i]! >= range.end);
    return first < prefix ? list[first] : undefined;
  };
}

/** The first i in [0, n) for which a monotone predicate holds (n when none does). */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0; let hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (holds(mid)) hi = mid; else lo = mid + 1; }
  return lo;
}

/**
 * Returns the aligner; throws E_BAD_OPTION on an unknown option. The aligner's optional `memo` (one per story,
 * from `createAlignMemo`) keeps judged sentence pairs between calls; the result is the same with or without it.
 */
export function alignStory(options: Partial<AlignOptions> = {}): (input: AlignInput, memo?: AlignMemo) => StoryAlignment {
  for (const key of Object.keys(options)) if (!(key in DEFAULT_ALIGN_OPTIONS)) throw new EngineError('E_UNKNOWN_OPTION', `alignStory: unknown option \`${key}\``, { subject: key });
  const o = { ...DEFAULT_ALIGN_OPTIONS, ...options } satisfies AlignOptions;
  for (const key of ['linkScore', 'anchoredScore', 'coherenceScore', 'conflictScore', 'quoteScore', 'lineageThreshold'] as const) {
    if (!(o[key] >= 0 && o[key] <= 1)) throw new EngineError('E_BAD_OPTION', `alignStory: \`${key}\` must be within 0–1, got \`${String(o[key])}\``, { subject: key });
  }
  if (!(Number.isInteger(o.fullWeightArticles) && o.fullWeightArticles >= 1)) {
    throw new EngineError('E_BAD_OPTION', `alignStory: \`fullWeightArticles\` must be a whole number of at least 1, got \`${String(o.fullWeightArticles)}\``, { subject: 'fullWeightArticles' });
  }
  const matcherKey = JSON.stringify({ ...o.matcher, corpus: null });
  return ({ articles, analyses: given }, memoGiven) => {
    /* batch and incremental runs take the same path: a fresh memo gives the same result as a filled one */
    const memo = memoGiven ?? createAlignMemo();
    const byId = new Map(given.map((a) => [a.article, a]));
    const analyses = articles.map((a) => byId.get(a.id) ?? { article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] });
    const rank = timeOrder(articles);
    const sentencesOf = (i: number) => analyses[i]!.sentences.map((s) => articles[i]!.text.slice(s.start, s.end));
    const corpus = o.matcher.corpus !== undefined ? [...o.matcher.corpus] : weightArticles(rank, o.fullWeightArticles).sort((x, y) => rank[x]! - rank[y]!).flatMap(sentencesOf);
    const joined = corpus.join('\u0001');
    claimMemo(memo, `${matcherKey}|${contentKey(joined, 3)}`);
    memo.matcher ??= createMatcher({ ...o.matcher, corpus });
    const matcher = memoMatcher(memo, memo.matcher);
    const { entities, idOf } = joinEntities(analyses, articles.map((a) => a.id));
    const entityById = new Map(entities.map((e) => [e.id, e]));
    const places = new Set(entities.filter((e) => e.kind === 'place').map((e) => e.id));
    const statements = buildStatements(articles, analyses, idOf, matcher);
    const index = judgePairs(statements, matcher, memo);
    const groupList = groupFacts(statements, index, o);
    const parts = articleParts(memo, articles, analyses);
    const values = pairValues();
    const copies = nearCopies(articles, parts, values);
    const lineage = findLineage(articles, analyses, statements, groupList, copies, rank, o.lineageThreshold, undefined,
      { marks: parts.map((p) => p.marks), sharedShare: sharedPhrasing(parts, values) });
    /* copies count once; a rewrite is still its outlet's own report (the issue: "copies found by near-duplicate detection count once") */
    const sourceOf = sourceGroups(articles, [...lineage.filter((l) => l.kind === 'copy'), ...copies.map((c) => ({ from: c.a, to: c.b }))]);
    const groupOf = new Map<number, FactGroup>();
    for (const g of groupList) for (const id of g.statements) groupOf.set(id, g);
    /* a fact's articles, made once per fact (a joined fact is a new object) */
    const articlesOf = new Map<FactGroup, Set<number>>();
    const sharesArticle = (x: FactGroup, y: FactGroup): boolean => {
      let inX = articlesOf.get(x);
      if (inX === undefined) articlesOf.set(x, (inX = new Set(x.statements.map((i) => statements[i]!.articleIndex))));
      return y.statements.some((j) => inX!.has(statements[j]!.articleIndex));
    };
    const conflicts: StatementConflict[] = [];
    /* statement pairs in conflict, keyed both ways (the speaker clashes below ask once per clash) */
    const inConflict = new Set<number>();
    const conflictKey = (x: number, y: number) => x * statements.length + y;
    /* records a conflict; two facts become one disputed fact only when neither already is one (conflicts never chain) */
    const record = (a: Statement, b: Statement, reason: string): void => {
      const groupA = groupOf.get(a.id)!; const groupB = groupOf.get(b.id)!;
      /* two facts join only when neither is disputed and they share no article (a disputed side is refused first: it is
         the cheap test, and a clash between two big facts is tried once per pair of their outlets) */
      if (groupA !== groupB && (groupA.disputed || groupB.disputed || sharesArticle(groupA, groupB))) return;
      const joined = groupA === groupB ? groupA : joinSides(groupA, groupB);
      if (joined === null) return;
      joined.disputed = true;
      for (const id of joined.statements) groupOf.set(id, joined);
      conflicts.push({ a: a.id, b: b.id, reason });
      inConflict.add(conflictKey(a.id, b.id)).add(conflictKey(b.id, a.id));
    };
    const independent = independentPair(index, statements, sourceOf);
    for (const pair of index.pairs) {
      if (pair.score < o.conflictScore) break;
      if (pair.identical) continue;
      const sides = independent(pair);
      if (sides === null) continue;
      const [a, b] = sides;
      if (groupOf.get(a.id)!.disputed || groupOf.get(b.id)!.disputed) continue;
      const conflict = findConflict(a, b, pair.score, groupOf.get(a.id) === groupOf.get(b.id), entityById, places);
      if (conflict !== null) record(a, b, conflict.reason);
    }
    const items = quoteItems(articles, analyses, idOf, matcher);
    const { quotes, clashes } = mergeQuotes(items, rank, matcher, o.quoteScore);
    const statementAt = statementFinder(statements, articles.length);
    for (const clash of clashes) {
      const at = (q: typeof clash.a) => statementAt(q.articleIndex, q.citation);
      const sa = at(clash.a); const sb = at(clash.b);
      if (!sa || !sb || sourceOf[sa.articleIndex] === sourceOf[sb.articleIndex]) continue;
      if (inConflict.has(conflictKey(sa.id, sb.id))) continue;
      const name = (id: string | null, fallback: string | null) => (id ? entityById.get(id)?.name : null) ?? fallback ?? 'unknown';
      if (isBareTitle(name(clash.a.speaker, clash.a.speakerName)) || isBareTitle(name(clash.b.speaker, clash.b.speakerName))) continue;
      record(sa, sb, `who said or proposed it differs: ${name(clash.a.speaker, clash.a.speakerName)} vs ${name(clash.b.speaker, clash.b.speakerName)}`);
    }
    const groups = [...new Set(groupOf.values())];
    const facts = groups
      .sort((x, y) => y.statements.length - x.statements.length || x.statements[0]! - y.statements[0]!)
      .map((g, n) => toFact(g, statements, conflicts, sourceOf, n));
    return { entities, quotes, facts, lineage: lineage.map(({ from, to, kind, score }) => ({ from, to, kind, score })) };
  };
}
