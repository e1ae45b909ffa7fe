/** Groups statements into facts: strongest pairs first, one statement per article per fact, so chains do not drift. */
import type { Statement, AlignOptions } from './types.js';
import type { JudgedPair } from './03-pairs.js';

/** A fact under construction: its statements (ids) and the pairs that joined them. */
export interface FactGroup {
  statements: number[];
  pairs: JudgedPair[];
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

/** Clusters statements into fact groups; every statement ends in exactly one group. */
export function groupFacts(statements: Statement[], pairs: JudgedPair[], options: AlignOptions): FactGroup[] {
  const groupOf = statements.map((_, i) => i);
  const members = new Map<number, number[]>(statements.map((s) => [s.id, [s.id]]));
  const joined = new Map<number, JudgedPair[]>();
  const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i]!)));
  for (const pair of pairs) {
    if (!links(pair, statements, options)) continue;
    const ga = find(pair.a); const gb = find(pair.b);
    if (ga === gb) { joined.get(ga)?.push(pair); continue; }
    const articlesA = new Set(members.get(ga)!.map((i) => statements[i]!.articleIndex));
    if (members.get(gb)!.some((i) => articlesA.has(statements[i]!.articleIndex))) continue;
    groupOf[gb] = ga;
    members.set(ga, [...members.get(ga)!, ...members.get(gb)!]);
    members.delete(gb);
    joined.set(ga, [...(joined.get(ga) ?? []), ...(joined.get(gb) ?? []), pair]);
    joined.delete(gb);
  }
  return [...members].map(([root, ids]) => ({ statements: ids.sort((x, y) => x - y), pairs: joined.get(root) ?? [] }));
}

/** Merges the groups holding two statements (a conflict makes them one disputed fact). */
export function mergeGroups(groups: FactGroup[], a: number, b: number): FactGroup[] {
  const ga = groups.find((g) => g.statements.includes(a));
  const gb = groups.find((g) => g.statements.includes(b));
  if (!ga || !gb || ga === gb) return groups;
  ga.statements = [...ga.statements, ...gb.statements].sort((x, y) => x - y);
  ga.pairs = [...ga.pairs, ...gb.pairs];
  return groups.filter((g) => g !== gb);
}
