/** Revising earlier decisions as evidence grows: merge stories that turn out to be one, split one that is two. */
import type { ClusterOptions, StoryEvent } from './types.js';
import { addInto, type DocFreq, type Vectors } from './03-vectors.js';
import { newStory, storyNorms, type StoryState } from './04-story.js';
import { post, type Postings } from './05-index.js';
import { mergeInto, sharedEvidence, similarity } from './06-merge.js';
import { planSplit } from './07-split.js';

/** The clusterer's mutable state, shared by the add loop and the revisions. */
export interface ClusterState {
  options: ClusterOptions;
  table: DocFreq;
  stories: StoryState[];
  postings: Postings;
  /** Story index per doc, by arrival number (resolved through merges with `find`). */
  docStory: Int32Array;
  events: StoryEvent[];
  /** Indices of stories that may still be open. */
  open: number[];
  find?: (i: number) => number;
}

/** Merges into the story at `index` any of the `near` stories whose centroid is similar enough; returns the surviving index. */
export function checkMerges(state: ClusterState, index: number, near: number[], scale = 1): number {
  const find = state.find!;
  let root = find(index);
  for (const other of near.slice(0, 3)) {
    const o = find(other);
    if (o === root || !state.stories[o]!.open) continue;
    const a = state.stories[root]!;
    const b = state.stories[o]!;
    const score = similarity(state.table, a.sums, b.sums, state.options, storyNorms(state.table, a), storyNorms(state.table, b));
    if (score < state.options.mergeThreshold * scale) continue;
    const [keep, gone] = a.size >= b.size ? [a, b] : [b, a];
    const evidence = sharedEvidence(state.table, keep.sums, gone.sums);
    const moved = mergeInto(keep, gone, state.options);
    state.events.push({
      kind: 'merge', story: `s${keep.index + 1}`, other: `s${gone.index + 1}`, score,
      reason: `centroids ${score.toFixed(2)} similar (≥ ${(state.options.mergeThreshold * scale).toFixed(2)}); both carry ${evidence.join(', ')}`,
      moved,
    });
    root = keep.index;
  }
  return root;
}

/** Stories smaller than this are not split: a few articles give too little evidence. */
export const MIN_SPLIT = 8;

/** Sizes at which a story is re-examined for a split: 4, 6, 8, 12, 16, 24, 32 … up to `splitMemberCap` (growth by half, so amortised cost stays flat). */
function isCheckpoint(size: number): boolean {
  if (size < MIN_SPLIT) return false;
  const p = 2 ** Math.floor(Math.log2(size));
  return size === p || size === p * 1.5;
}

/** Splits the story at `index` in two when its fully tracked members form two groups that share little. */
export function checkSplit(state: ClusterState, index: number, force = false): void {
  const story = state.stories[index]!;
  if (!(force || isCheckpoint(story.size)) || story.members.length !== story.size) return;
  const plan = planSplit(state.table, story.members, state.options);
  if (plan === null) return;
  const fresh = newStory(state.stories.length);
  state.stories.push(fresh);
  state.open.push(fresh.index);
  const rebuilt: Vectors = [new Map(), new Map(), new Map()];
  const outSum: Vectors = [new Map(), new Map(), new Map()];
  for (const m of plan.stay) m.vectors.forEach((v, c) => addInto(rebuilt[c]!, v));
  for (const m of plan.out) m.vectors.forEach((v, c) => addInto(outSum[c]!, v));
  const evidence = sharedEvidence(state.table, outSum, outSum, 5);
  story.sums = rebuilt;
  story.members = plan.stay;
  story.size = plan.stay.length;
  story.normDocs = -1;
  const times = plan.stay.map((m) => m.time).filter((t): t is number => t !== null);
  story.first = times.length ? Math.min(...times) : null;
  story.last = times.length ? Math.max(...times) : null;
  for (const m of plan.out) {
    post(state.postings, fresh.index, m.vectors, fresh.sums, state.options.postingsPerFeature);
    m.vectors.forEach((v, c) => addInto(fresh.sums[c]!, v));
    fresh.size++;
    fresh.touched = Math.max(fresh.touched, m.seq);
    if (m.time !== null) {
      fresh.first = fresh.first === null ? m.time : Math.min(fresh.first, m.time);
      fresh.last = fresh.last === null ? m.time : Math.max(fresh.last, m.time);
    }
    fresh.members.push(m);
    state.docStory[m.seq] = fresh.index;
  }
  state.events.push({
    kind: 'split', story: `s${story.index + 1}`, other: `s${fresh.index + 1}`, score: plan.score,
    reason: `halves only ${plan.score.toFixed(2)} similar (≤ ${state.options.splitThreshold}); the new story is about ${evidence.join(', ')}`,
    moved: plan.out.map((m) => m.id),
  });
}
