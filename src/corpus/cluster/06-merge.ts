/** Merging two stories found to cover one event, and the evidence that says so. */
import type { ClusterOptions } from './types.js';
import { addInto, dot, idf, norm, type DocFreq, type Vectors } from './03-vectors.js';
import type { StoryState } from './04-story.js';
import { closeStory, combine, evidence } from './04-story.js';

/** Similarity of two vector sets over the channels both have; pass norms when known (cached story norms, member norms). */
export function similarity(table: DocFreq, a: Vectors, b: Vectors, options: ClusterOptions, aNorms?: number[], bNorms?: number[]): number {
  const cos: number[] = [0, 0, 0];
  const both: number[] = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const na = aNorms ? aNorms[c]! : norm(table, c, a[c]!);
    const nb = bNorms ? bNorms[c]! : norm(table, c, b[c]!);
    both[c] = na * nb;
    cos[c] = both[c]! > 0 ? dot(table, c, a[c]!, b[c]!) / both[c]! : 0;
  }
  return combine(cos, [0, 1, 2].map((c) => (both[c]! > 0 ? evidence(Math.min(a[c]!.size, b[c]!.size)) : 0)), options);
}

/** Norms of every channel of a vector set. */
export function normsOf(table: DocFreq, v: Vectors): number[] {
  return v.map((channel, c) => norm(table, c, channel));
}

/** The features that weigh most in both vector sets, for a log line ("tara reid, promises, rehab"). */
export function sharedEvidence(table: DocFreq, a: Vectors, b: Vectors, count = 5): string[] {
  const shared: Array<[string, number]> = [];
  for (let c = 0; c < 3; c++) {
    for (const [f, x] of a[c]!) {
      const y = b[c]!.get(f);
      if (y !== undefined) shared.push([f, Math.min(x, y) * idf(table, c, f)]);
    }
  }
  return shared.sort((p, q) => q[1] - p[1]).slice(0, count).map(([f]) => f);
}

/** Moves `gone` into `keep`: centroids, members and time span; `gone` points at `keep` from now on. */
export function mergeInto(keep: StoryState, gone: StoryState, options: ClusterOptions): string[] {
  gone.sums.forEach((v, c) => addInto(keep.sums[c]!, v));
  keep.size += gone.size;
  keep.touched = Math.max(keep.touched, gone.touched);
  if (gone.first !== null) keep.first = keep.first === null ? gone.first : Math.min(keep.first, gone.first);
  if (gone.last !== null) keep.last = keep.last === null ? gone.last : Math.max(keep.last, gone.last);
  const moved = gone.members.map((m) => m.id);
  // A merged story is tracked for splits only while every member is known.
  keep.members = keep.members.length + gone.members.length <= options.splitMemberCap && keep.size <= options.splitMemberCap
    ? [...keep.members, ...gone.members]
    : keep.members.slice(0, 0);
  keep.normDocs = -1;
  gone.parent = keep.index;
  closeStory(gone);
  return moved;
}
