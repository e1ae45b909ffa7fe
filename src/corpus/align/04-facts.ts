/**
 * Groups statements into facts: strongest pairs first, one statement per article per fact, and a merge only when
 * every wording of the merged fact stays similar to its medoid, so chains of loose matches do not drift.
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

/** True when every wording is close to the medoid and to each other (by score, the matcher's decision, or anchored on a number and a name). */
export function coherent(ids: number[], statements: Statement[], index: PairIndex, options: AlignOptions): boolean {
  const m = medoid(ids, index);
  const ws = wordings(ids, index);
  const close = (x: number, y: number, min: number) => {
    const score = index.similarity(x, y);
    return score >= min || index.same(x, y) || (score >= options.anchoredScore && anchored(statements[x]!, statements[y]!));
  };
  /* each wording close to the medoid, and no two wordings unrelated (a star of loose matches is not one fact) */
  return ws.every((x) => x === m || close(x, m, options.coherenceScore))
    && ws.every((x, i) => ws.slice(i + 1).every((y) => close(x, y, MIN_PAIR_SCORE)));
}

/** Clusters statements into fact groups; every statement ends in exactly one group. */
export function groupFacts(statements: Statement[], index: PairIndex, options: AlignOptions): FactGroup[] {
  const groupOf = statements.map((_, i) => i);
  const members = new Map<number, number[]>(statements.map((s) => [s.id, [s.id]]));
  const joined = new Map<number, JudgedPair[]>();
  const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i]!)));
  for (const pair of index.pairs) {
    if (!links(pair, statements, options)) continue;
    const ga = find(pair.a); const gb = find(pair.b);
    if (ga === gb) { joined.get(ga)?.push(pair); continue; }
    const articlesA = new Set(members.get(ga)!.map((i) => statements[i]!.articleIndex));
    if (members.get(gb)!.some((i) => articlesA.has(statements[i]!.articleIndex))) continue;
    const merged = [...members.get(ga)!, ...members.get(gb)!];
    if (!pair.identical && !coherent(merged, statements, index, options)) continue;
    groupOf[gb] = ga;
    members.set(ga, merged);
    members.delete(gb);
    joined.set(ga, [...(joined.get(ga) ?? []), ...(joined.get(gb) ?? []), pair]);
    joined.delete(gb);
  }
  const groups = [...members].map(([root, ids]) => ({ statements: ids.sort((x, y) => x - y), pairs: joined.get(root) ?? [] }));
  return refine(groups, statements, index, options);
}

/** Support a statement needs from another fact, beyond what its own gives, to move there. */
const MOVE_MARGIN = 0.2;

/**
 * One pass of local repair after the greedy grouping: a statement of its own wording that a stronger pair pulled
 * elsewhere ("… three fatalities, and fires in another region …") moves to the fact that supports it most in
 * sum, when that fact has no statement of its article and stays coherent.
 */
function refine(groups: FactGroup[], statements: Statement[], index: PairIndex, options: AlignOptions): FactGroup[] {
  const groupOf = new Map<number, FactGroup>();
  for (const g of groups) for (const id of g.statements) groupOf.set(id, g);
  const neighbours = new Map<number, Set<number>>();
  for (const p of index.pairs) {
    if (p.identical || !links(p, statements, options)) continue;
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) { let n = neighbours.get(x); if (!n) neighbours.set(x, (n = new Set())); n.add(y); }
  }
  const support = (id: number, ids: number[]) => ids.reduce((sum, u) => sum + (u === id ? 0 : index.similarity(id, u)), 0);
  for (const s of statements) {
    if (index.forms[index.formOf[s.id]!]!.length > 1) continue;
    const home = groupOf.get(s.id)!;
    const own = support(s.id, home.statements);
    let best: FactGroup | null = null; let bestSupport = own + MOVE_MARGIN;
    for (const n of neighbours.get(s.id) ?? []) {
      const there = groupOf.get(n)!;
      if (there === home || there.statements.some((u) => statements[u]!.articleIndex === s.articleIndex)) continue;
      const value = support(s.id, there.statements);
      if (value > bestSupport && coherent([...there.statements, s.id], statements, index, options)) { best = there; bestSupport = value; }
    }
    if (best === null) continue;
    home.statements = home.statements.filter((u) => u !== s.id);
    home.pairs = home.pairs.filter((p) => p.a !== s.id && p.b !== s.id);
    best.statements = [...best.statements, s.id].sort((x, y) => x - y);
    best.pairs = [...best.pairs, ...index.pairs.filter((p) => (p.a === s.id && best!.statements.includes(p.b)) || (p.b === s.id && best!.statements.includes(p.a)))];
    groupOf.set(s.id, best);
  }
  return groups.filter((g) => g.statements.length > 0);
}

/** Joins two sides of a conflict into one disputed group; each side must be undisputed (conflicts never chain). */
export function joinSides(a: FactGroup, b: FactGroup): FactGroup | null {
  if (a === b) return a;
  if (a.disputed || b.disputed) return null;
  return { statements: [...a.statements, ...b.statements].sort((x, y) => x - y), pairs: [...a.pairs, ...b.pairs], disputed: true };
}
