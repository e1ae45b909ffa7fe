/**
 * Groups statements into facts: strongest pairs first, one statement per article per fact, and a merge only when
 * every wording of the merged fact stays similar to its medoid, so chains of loose matches do not drift. Facts past
 * EXACT_FACT_SIZE wordings are checked on a fixed sample, which keeps big stories about linear (see there).
 */
import type { Statement, AlignOptions } from './types.js';
import type { JudgedPair, PairIndex } from './03-pairs.js';

/** A fact under construction: its statements (ids) and the pairs that joined them. */
export interface FactGroup {
  statements: number[];
  pairs: JudgedPair[];
  /** True once a conflict joined two sides into this group (it then takes no further conflict). */
  disputed?: boolean;
}

/** True when two statements share a number of the same thing and a named thing ("three people … Zaporizhzhia"). */
export function anchored(a: Statement, b: Statement): boolean {
  const countsA = a.quantities.filter((q) => q.value !== null && q.kind !== 'date' && q.kind !== 'ordinal');
  const sharesNumber = countsA.some((q) => b.quantities.some((r) => r.value === q.value && r.kind === q.kind));
  return sharesNumber && a.entities.some((e) => b.entities.includes(e));
}

/** Whether a judged pair is strong enough to put two statements in one fact. */
export function links(pair: JudgedPair, statements: Statement[], options: AlignOptions): boolean {
  if (pair.same || pair.score >= options.linkScore) return true;
  return pair.score >= options.anchoredScore && anchored(statements[pair.a]!, statements[pair.b]!);
}

/** Lowest score any two wordings of one fact may have (unless anchored on a shared number and name). */
const MIN_PAIR_SCORE = 0.25;

/**
 * Largest fact (in wordings, or in members for `refine`'s support) that is checked against every member; past it, a
 * fixed sample stands for the fact. Why: checking each merge against every wording of a fact, and summing a
 * statement's similarity to every member of the facts around it, cost members² matcher judgements per fact, so a
 * story of a hundred near-copies of one wire story, or of a few hundred similar junk articles, took minutes of CPU.
 * A fact holds at most one statement per article, so a story of at most this many articles never takes a sampled
 * path and is grouped exactly as without the bound. What changes past it:
 * - coherence (`coherentJoin`): the medoid is that of the fact's core, its EXACT_FACT_SIZE wordings of the lowest
 *   statement ids (those of the earliest-listed articles, so the core stays put as later articles arrive); and a
 *   merge checks only its smaller side's wordings, against that medoid and against every core wording (the larger
 *   side passed its own checks when it was built);
 * - support (`refine`): when the statement's own fact or any fact it could move to is past EXACT_FACT_SIZE members,
 *   every one of them is measured by wording (the same sum, rounded differently), or, when one is past
 *   EXACT_FACT_SIZE wordings, on judged pairs only (see `wordingTally`), not on a fresh judgement per member.
 * Either way the work per merge or per move is bounded by a constant, so grouping grows about linearly with the
 * story's statements rather than with their square.
 */
export const EXACT_FACT_SIZE = 32;

/**
 * The core of a fact: its first distinct wordings in statement-id order (one id per wording, the lowest), at most
 * EXACT_FACT_SIZE + 1 of them, so a core longer than EXACT_FACT_SIZE says the fact is past the exact size.
 */
export function coreOf(sortedIds: Iterable<number>, index: PairIndex, size = EXACT_FACT_SIZE): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const id of sortedIds) {
    if (out.length > size) break;
    const f = index.formOf[id]!;
    if (!seen.has(f)) { seen.add(f); out.push(id); }
  }
  return out;
}

/** The core of two facts joined, from their cores (a wording's lowest id in the union is in one of them). */
function mergeCores(a: number[], b: number[], index: PairIndex, size: number): number[] {
  const merged: number[] = [];
  let i = 0; let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return coreOf(merged, index, size);
}

/** One statement per wording of a group (the first of each). */
function wordings(ids: number[], index: PairIndex): number[] {
  const seen = new Set<number>();
  return ids.filter((id) => { const f = index.formOf[id]!; if (seen.has(f)) return false; seen.add(f); return true; });
}

/** The medoid of a group: the wording most similar to the others in sum (ties to the lowest id). */
export function medoid(ids: number[], index: PairIndex): number {
  const ws = wordings(ids, index);
  let best = ws[0]!; let bestSum = -1;
  for (const x of ws) {
    const sum = ws.reduce((s, y) => s + (y === x ? 0 : index.similarity(x, y)), 0);
    if (sum > bestSum + 1e-9) { best = x; bestSum = sum; }
  }
  return best;
}

/** True when two statements are close enough for one fact: one wording, a score of `min`, the matcher's decision, or anchored on a number and a name. */
function closeEnough(x: number, y: number, min: number, statements: Statement[], index: PairIndex, options: AlignOptions): boolean {
  if (index.formOf[x] === index.formOf[y]) return true;
  const score = index.similarity(x, y);
  return score >= min || index.same(x, y) || (score >= options.anchoredScore && anchored(statements[x]!, statements[y]!));
}

/** True when every wording is close to the medoid and to each other (see closeEnough). */
export function coherent(ids: number[], statements: Statement[], index: PairIndex, options: AlignOptions): boolean {
  const m = medoid(ids, index);
  const ws = wordings(ids, index);
  const close = (x: number, y: number, min: number) => closeEnough(x, y, min, statements, index, options);
  /* each wording close to the medoid, and no two wordings unrelated (a star of loose matches is not one fact) */
  return ws.every((x) => x === m || close(x, m, options.coherenceScore))
    && ws.every((x, i) => ws.slice(i + 1).every((y) => close(x, y, MIN_PAIR_SCORE)));
}

/** Whether two facts may join: the exact `coherent` up to EXACT_FACT_SIZE wordings, a bounded check past it. */
export type CoherentJoin = (a: number[], b: number[], core: number[]) => boolean;

/**
 * The join check of one grouping: `coherent(a ∪ b)` while the joined core (see `coreOf`) shows at most
 * EXACT_FACT_SIZE wordings; past that, the smaller side's wordings against the core's medoid and against every core
 * wording (see EXACT_FACT_SIZE). Core medoids are remembered: most joins onto a big fact leave its core as it was.
 */
export function coherenceCheck(statements: Statement[], index: PairIndex, options: AlignOptions, size = EXACT_FACT_SIZE): CoherentJoin {
  const medoids = new Map<string, number>();
  const close = (x: number, y: number, min: number) => closeEnough(x, y, min, statements, index, options);
  return (a, b, core) => {
    if (core.length <= size) return coherent([...a, ...b], statements, index, options);
    const sample = core.slice(0, size);
    const key = sample.join(',');
    let m = medoids.get(key);
    if (m === undefined) medoids.set(key, (m = medoid(sample, index)));
    const small = wordings(a.length <= b.length ? a : b, index);
    return small.every((x) => close(x, m!, options.coherenceScore) && sample.every((y) => close(x, y, MIN_PAIR_SCORE)));
  };
}

/**
 * Clusters statements into fact groups; every statement ends in exactly one group. `exactSize` is EXACT_FACT_SIZE
 * (tests pass Infinity for the unbounded grouping).
 */
export function groupFacts(statements: Statement[], index: PairIndex, options: AlignOptions, exactSize = EXACT_FACT_SIZE): FactGroup[] {
  const groupOf = statements.map((_, i) => i);
  const members = new Map<number, number[]>(statements.map((s) => [s.id, [s.id]]));
  /* per group: its articles (one statement each), its core (see coreOf) and the pairs that joined it, kept as it grows */
  const articles = new Map<number, Set<number>>(statements.map((s) => [s.id, new Set([s.articleIndex])]));
  const cores = new Map<number, number[]>(statements.map((s) => [s.id, [s.id]]));
  const joined = new Map<number, JudgedPair[]>();
  const coherentJoin = coherenceCheck(statements, index, options, exactSize);
  /* joins refused, by both groups' roots and versions: many pairs link the same two facts, and while neither has
     changed the check (a function of their members, in that order) refuses again, so it is not run again */
  const version = new Map<number, number>();
  const refused = new Set<string>();
  const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i]!)));
  for (const pair of index.pairs) {
    if (!links(pair, statements, options)) continue;
    const ga = find(pair.a); const gb = find(pair.b);
    if (ga === gb) { joined.get(ga)?.push(pair); continue; }
    const articlesA = articles.get(ga)!;
    const membersA = members.get(ga)!; const membersB = members.get(gb)!;
    if (membersB.some((i) => articlesA.has(statements[i]!.articleIndex))) continue;
    const core = mergeCores(cores.get(ga)!, cores.get(gb)!, index, exactSize);
    if (!pair.identical) {
      const attempt = `${ga}.${version.get(ga) ?? 0}|${gb}.${version.get(gb) ?? 0}`;
      if (refused.has(attempt)) continue;
      if (!coherentJoin(membersA, membersB, core)) { refused.add(attempt); continue; }
    }
    groupOf[gb] = ga;
    version.set(ga, (version.get(ga) ?? 0) + 1);
    for (const i of membersB) { membersA.push(i); articlesA.add(statements[i]!.articleIndex); }
    members.delete(gb); articles.delete(gb);
    cores.set(ga, core); cores.delete(gb);
    /* A's pairs, then B's, then this one (appended in place: copying them per merge was quadratic in a fact's size) */
    const pairsA = joined.get(ga) ?? [];
    for (const p of joined.get(gb) ?? []) pairsA.push(p);
    pairsA.push(pair);
    joined.set(ga, pairsA);
    joined.delete(gb);
  }
  const groups = [...members].map(([root, ids]) => ({ statements: ids.sort((x, y) => x - y), pairs: joined.get(root) ?? [] }));
  return refine(groups, statements, index, options, coherentJoin, exactSize);
}

/** Support a statement needs from another fact, beyond what its own gives, to move there. */
const MOVE_MARGIN = 0.2;

/**
 * One pass of local repair after the greedy grouping: a statement of its own wording that a stronger pair pulled
 * elsewhere ("… three fatalities, and fires in another region …") moves to the fact that supports it most in
 * sum, when that fact has no statement of its article and stays coherent.
 */
function refine(groups: FactGroup[], statements: Statement[], index: PairIndex, options: AlignOptions, coherentJoin: CoherentJoin, exactSize: number): FactGroup[] {
  const groupOf = new Map<number, FactGroup>();
  for (const g of groups) for (const id of g.statements) groupOf.set(id, g);
  const neighbours = new Map<number, Set<number>>();
  /* each statement's judged pairs, in the list's order (finding them by a scan of every pair per move was quadratic) */
  const pairsOf = new Map<number, JudgedPair[]>();
  for (const p of index.pairs) {
    for (const x of [p.a, p.b]) { let l = pairsOf.get(x); if (!l) pairsOf.set(x, (l = [])); l.push(p); }
    if (p.identical || !links(p, statements, options)) continue;
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) { let n = neighbours.get(x); if (!n) neighbours.set(x, (n = new Set())); n.add(y); }
  }
  const tally = wordingTally(groups, index, pairsOf);
  for (const s of statements) {
    if (index.forms[index.formOf[s.id]!]!.length > 1) continue;
    const home = groupOf.get(s.id)!;
    const near = [...new Set([...(neighbours.get(s.id) ?? [])].map((n) => groupOf.get(n)!))];
    /* like with like: one measure for every fact this statement could belong to (see EXACT_FACT_SIZE) */
    const facts = [home, ...near];
    const measure = facts.every((g) => g.statements.length <= exactSize) ? 'members'
      : facts.every((g) => tally.wordings(g) <= exactSize) ? 'wordings' : 'judged';
    const support = (g: FactGroup) => (measure === 'members' ? g.statements.reduce((sum, u) => sum + (u === s.id ? 0 : index.similarity(s.id, u)), 0)
      : measure === 'wordings' ? tally.byWording(s.id, g) : tally.judged(s.id, g));
    const own = support(home);
    let best: FactGroup | null = null; let bestSupport = own + MOVE_MARGIN;
    for (const there of near) {
      if (there === home || there.statements.some((u) => statements[u]!.articleIndex === s.articleIndex)) continue;
      const value = support(there);
      if (value <= bestSupport) continue;
      const core = mergeCores(coreOf(there.statements, index, exactSize), [s.id], index, exactSize);
      if (coherentJoin(there.statements, [s.id], core)) { best = there; bestSupport = value; }
    }
    if (best === null) continue;
    home.statements = home.statements.filter((u) => u !== s.id);
    home.pairs = home.pairs.filter((p) => p.a !== s.id && p.b !== s.id);
    best.statements = [...best.statements, s.id].sort((x, y) => x - y);
    const inBest = new Set(best.statements);
    best.pairs = [...best.pairs, ...(pairsOf.get(s.id) ?? []).filter((p) => inBest.has(p.a === s.id ? p.b : p.a))];
    groupOf.set(s.id, best);
    tally.move(s.id, home, best);
  }
  return groups.filter((g) => g.statements.length > 0);
}

/**
 * How many statements of each wording every fact holds, kept as statements move, for support past EXACT_FACT_SIZE
 * members. The sum over members is the same as a sum over wordings, each times its count: a fact of many copies has
 * few wordings, so that sum stays cheap (it differs from the member sum only in rounding). A fact past EXACT_FACT_SIZE
 * wordings (a flood of similar, different sentences) is measured on judged pairs only: each of the statement's judged
 * pairs (standing for its two wordings) times the count of the partner wording in the fact. Pairs never judged are
 * wordings that share too few rare words to be candidates, taken as unrelated; judging them fresh for every statement
 * and every fact around it was most of the aligner's time on such stories.
 */
function wordingTally(groups: FactGroup[], index: PairIndex, pairsOf: Map<number, JudgedPair[]>) {
  const counts = new Map<FactGroup, Map<number, number>>();
  const add = (g: FactGroup, id: number, by: number) => {
    let c = counts.get(g);
    if (!c) counts.set(g, (c = new Map()));
    const f = index.formOf[id]!;
    const n = (c.get(f) ?? 0) + by;
    if (n === 0) c.delete(f); else c.set(f, n);
  };
  for (const g of groups) for (const id of g.statements) add(g, id, 1);
  return {
    /** Distinct wordings of fact `g`. */
    wordings: (g: FactGroup): number => counts.get(g)?.size ?? 0,
    /** The support of fact `g` for statement `id` (of a wording of its own), summed by wording. */
    byWording(id: number, g: FactGroup): number {
      let sum = 0;
      for (const [f, n] of counts.get(g) ?? []) if (f !== index.formOf[id]) sum += n * index.similarity(id, index.forms[f]![0]!);
      return sum;
    },
    /** The support of fact `g` for statement `id` (of a wording of its own: no identical pairs) on judged pairs only. */
    judged(id: number, g: FactGroup): number {
      const c = counts.get(g);
      let sum = 0;
      for (const p of pairsOf.get(id) ?? []) sum += p.score * (c?.get(index.formOf[p.a === id ? p.b : p.a]!) ?? 0);
      return sum;
    },
    move(id: number, from: FactGroup, to: FactGroup): void { add(from, id, -1); add(to, id, 1); },
  };
}

/** Joins two sides of a conflict into one disputed group; each side must be undisputed (conflicts never chain). */
export function joinSides(a: FactGroup, b: FactGroup): FactGroup | null {
  if (a === b) return a;
  if (a.disputed || b.disputed) return null;
  return { statements: [...a.statements, ...b.statements].sort((x, y) => x - y), pairs: [...a.pairs, ...b.pairs], disputed: true };
}
