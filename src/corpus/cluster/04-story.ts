/** A story's state: a centroid per channel (capped), its members' vectors for split checks, its time span. */
import type { ClusterOptions } from './types.js';
import { addInto, idf, norm, weightedDot, type DocFreq, type Vectors, type Weighted } from './03-vectors.js';

/** One member doc: its arrival number and, while tracked, its vectors. */
export interface Member {
  seq: number;
  id: string;
  time: number | null;
  vectors: Vectors;
  /** A short (headline-like) article, judged with the lower short-doc thresholds. */
  short: boolean;
}

/** A story in the window (or closed, when `open` is false and its state has been freed). */
export interface StoryState {
  index: number;
  /** When merged into another story, that story's index (union-find parent); else its own index. */
  parent: number;
  size: number;
  open: boolean;
  first: number | null;
  last: number | null;
  /** Arrival number of the last doc added, for recency when docs carry no time. */
  touched: number;
  sums: Vectors;
  /** Norms of `sums` cached at `normDocs` docs; recomputed when the story changes or idf drifts. */
  norms: [number, number, number];
  normDocs: number;
  /** Members with vectors, while the story is small enough to be split (all of them, or none). */
  members: Member[];
}

/** A new story holding nothing yet. */
export function newStory(index: number): StoryState {
  return {
    index, parent: index, size: 0, open: true, first: null, last: null, touched: 0,
    sums: [new Map(), new Map(), new Map()], norms: [0, 0, 0], normDocs: -1, members: [],
  };
}

/** Adds a member's vectors and time to the story; keeps its vectors while the story is small. */
export function addMember(story: StoryState, member: Member, options: ClusterOptions, table?: DocFreq): void {
  const time = member.time;
  // Update cached norms for the features the member touches only, instead of recomputing the whole centroid.
  const keep = story.normDocs >= 0 && table !== undefined;
  member.vectors.forEach((v, c) => {
    const sum = story.sums[c]!;
    if (keep) {
      let sq = story.norms[c]! * story.norms[c]!;
      for (const [f, x] of v) { const w = idf(table!, c, f); const old = sum.get(f) ?? 0; sq += ((old + x) * (old + x) - old * old) * w * w; }
      story.norms[c] = Math.sqrt(Math.max(0, sq));
    }
    addInto(sum, v);
  });
  story.size++;
  story.touched = Math.max(story.touched, member.seq);
  if (time !== null) {
    story.first = story.first === null ? time : Math.min(story.first, time);
    story.last = story.last === null ? time : Math.max(story.last, time);
  }
  // Members are kept only while the story is small enough to split; past the cap they are freed (memory stays bounded).
  if (story.size <= options.splitMemberCap && story.members.length === story.size - 1) story.members.push(member);
  else if (story.members.length > 0) story.members = [];
  if (!keep) story.normDocs = -1;
  for (const sum of story.sums) if (sum.size > 2 * options.centroidCap) { prune(sum, options.centroidCap); story.normDocs = -1; }
}

/** Keeps the `cap` heaviest features of a centroid, so a huge story costs no more than a large one. */
function prune(sum: Map<string, number>, cap: number): void {
  const kept = [...sum].sort((a, b) => b[1] - a[1]).slice(0, cap);
  sum.clear();
  for (const [f, x] of kept) sum.set(f, x);
}

/** The story's channel norms under the current idf, cached until the story changes or the archive grows by half (idf moves slowly: log of a ratio). */
export function storyNorms(table: DocFreq, story: StoryState): [number, number, number] {
  if (story.normDocs < 0 || table.docs > story.normDocs * 1.5 + 50) {
    story.norms = [norm(table, 0, story.sums[0]), norm(table, 1, story.sums[1]), norm(table, 2, story.sums[2])];
    story.normDocs = table.docs;
  }
  return story.norms;
}

/** Per-channel cosines between a probe (pre-weighted, with its norms) and a story. */
export function channelCosines(table: DocFreq, w: Weighted, vNorms: number[], story: StoryState): [number, number, number] {
  const sNorms = storyNorms(table, story);
  const out: [number, number, number] = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const d = vNorms[c]! * sNorms[c]!;
    out[c] = d > 0 ? weightedDot(w[c]!, story.sums[c]!) / d : 0;
  }
  return out;
}

/** Distinct features a channel needs before it counts in full: one number in a headline is thin evidence (often a timestamp). */
const FULL_EVIDENCE = 3;

/** How much of its weight a channel with `size` distinct features earns (0 when empty, 1 from FULL_EVIDENCE on). */
export function evidence(size: number): number {
  return Math.min(1, size / FULL_EVIDENCE);
}

/** Combines channel cosines with the weights of the channels, each scaled by the evidence the probe has in it (`mass`). */
export function combine(cosines: number[], mass: number[], options: ClusterOptions): number {
  const w = [options.weights.terms, options.weights.entities, options.weights.numbers];
  let sum = 0;
  let total = 0;
  for (let c = 0; c < 3; c++) {
    const k = w[c]! * mass[c]!;
    sum += k * cosines[c]!;
    total += k;
  }
  return total > 0 ? sum / total : 0;
}

/** Frees a story's vectors when it leaves the window; its members keep their story id. */
export function closeStory(story: StoryState): void {
  story.open = false;
  story.sums = [new Map(), new Map(), new Map()];
  story.members = [];
}
