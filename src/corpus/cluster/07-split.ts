/** Splitting a story whose members fall into two groups that share little (two rehab check-ins, not one). */
import type { ClusterOptions } from './types.js';
import { addInto, type DocFreq, type Vectors } from './03-vectors.js';
import type { Member } from './04-story.js';
import { normsOf, similarity } from './06-merge.js';

/** A proposed split: the members to carve out and the cohesion ratio (cross-group over within-group similarity). */
export interface SplitPlan {
  out: Member[];
  stay: Member[];
  score: number;
}

/** Sum of members' vectors. */
export function sumOf(members: Member[]): Vectors {
  const out: Vectors = [new Map(), new Map(), new Map()];
  for (const m of members) m.vectors.forEach((v, c) => addInto(out[c]!, v));
  return out;
}

/** Mean of row `i` of a similarity matrix over the members of one group. */
function affinity(sim: Float64Array, n: number, i: number, group: boolean[], side: boolean): number {
  let sum = 0;
  let count = 0;
  for (let j = 0; j < n; j++) if (j !== i && group[j] === side) { sum += sim[i * n + j]!; count++; }
  return count > 0 ? sum / count : 0;
}

/**
 * Mean similarity of pairs across the two groups over the mean of pairs within a group: near 1 for one event cut
 * anywhere, well below 1 for two events (the articles of each agree with each other more than with the other's).
 */
function cohesionRatio(sim: Float64Array, n: number, group: boolean[]): number {
  let cross = 0, crossN = 0, within = 0, withinN = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (group[i] === group[j]) { within += sim[i * n + j]!; withinN++; } else { cross += sim[i * n + j]!; crossN++; }
  }
  const w = withinN ? within / withinN : 0;
  return w > 0 ? (crossN ? cross / crossN : 0) / w : 1;
}

/**
 * Two groups by average affinity over pairwise member similarities, seeded by the least similar pair among
 * well-connected members (so one odd article is not a seed); null when the groups are alike or lopsided.
 */
export function planSplit(table: DocFreq, members: Member[], options: ClusterOptions): SplitPlan | null {
  const n = members.length;
  if (n < 4) return null;
  const sim = new Float64Array(n * n);
  const norms = members.map((m) => normsOf(table, m.vectors));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    sim[i * n + j] = sim[j * n + i] = similarity(table, members[i]!.vectors, members[j]!.vectors, options, norms[i], norms[j]);
  }
  const degree = members.map((_, i) => affinity(sim, n, i, new Array<boolean>(n).fill(true), true));
  const cutoff = [...degree].sort((a, b) => a - b)[Math.floor(n / 2)]!;
  let seed: [number, number] = [0, 1];
  let low = Infinity;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (degree[i]! >= cutoff * 0.8 && degree[j]! >= cutoff * 0.8 && sim[i * n + j]! < low) { low = sim[i * n + j]!; seed = [i, j]; }
  }
  let group = members.map((_, i) => sim[i * n + seed[0]]! >= sim[i * n + seed[1]]!);
  group[seed[0]] = true;
  group[seed[1]] = false;
  for (let round = 0; round < 5; round++) {
    const next = members.map((_, i) => affinity(sim, n, i, group, true) >= affinity(sim, n, i, group, false));
    if (next.every((g, i) => g === group[i])) break;
    group = next;
  }
  const a = members.filter((_, i) => group[i]);
  const b = members.filter((_, i) => !group[i]);
  if (Math.min(a.length, b.length) < Math.max(2, Math.ceil(n * 0.15))) return null;
  const score = cohesionRatio(sim, n, group);
  if (score > options.splitThreshold) return null;
  // Carve out the group that does not hold the story's first member, so early assignments keep their id.
  const firstSeq = Math.min(...members.map((m) => m.seq));
  return a.some((m) => m.seq === firstSeq) ? { out: b, stay: a, score } : { out: a, stay: b, score };
}
