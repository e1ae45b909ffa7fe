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

/** True when every wording of the statements is close to their medoid (by score, or anchored on a number and a name). */
export function coherent(ids: number[], statements: Statement[], index: PairIndex, options: AlignOptions): boolean {
  const m = medoid(ids, index);
  return wordings(ids, index).every((x) => {
    if (x === m) return true;
    const score = index.similarity(x, m);
    return score >= options.coherenceScore || (score >= options.anchoredScore && anchored(statements[x]!, statements[m]!));
  });
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
  return [...members].map(([root, ids]) => ({ statements: ids.sort((x, y) => x - y), pairs: joined.get(root) ?? [] }));
}

/** Joins two sides of a conflict into one disputed group; each side must be undisputed (conflicts never chain). */
export function joinSides(a: FactGroup, b: FactGroup): FactGroup | null {
  if (a === b) return a;
  if (a.disputed || b.disputed) return null;
  return { statements: [...a.statements, ...b.statements].sort((x, y) => x - y), pairs: [...a.pairs, ...b.pairs], disputed: true };
}
