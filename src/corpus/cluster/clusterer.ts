/** The online clusterer: each doc joins the best recent story found through the inverted index, or starts one. */
import type { Assignment, ClusterDoc, ClusterOptions, StoryEvent } from './types.js';
import { clusterOptions } from './options.js';
import { countDoc, docFreq, norm, vectorsOf, weighted, type DocFreq, type Vectors } from './03-vectors.js';
import { addMember, channelCosines, closeStory, combine, evidence, newStory, type Member, type StoryState } from './04-story.js';
import { candidates, post, probes, type Postings } from './05-index.js';
import { checkMerges, checkSplit, type ClusterState } from './08-revise.js';
import { refineMembers } from './09-refine.js';

/** An online clusterer; `add` is its only mutator. */
export interface Clusterer {
  /** Assigns one doc to a story (joining or starting one), then revisits merges and splits around it. */
  add(doc: ClusterDoc): Assignment;
  /** The current story of the n-th doc added (0-based), after later merges and splits. */
  storyOf(seq: number): string;
  /** The current story of every doc added, in the order added, as `storyOf` names them. */
  labels(): string[];
  /** Moves tracked articles that now fit another open story better than their own (evidence grown since they arrived); returns how many moved. */
  refine(): number;
  /** Merge and split events, each with its reason, in the order they happened. */
  readonly events: StoryEvent[];
  /** Counts: docs added, stories ever created, stories still in the window. */
  stats(): { docs: number; stories: number; open: number };
}

/** True when both name years and share none ("in 2005" against "in 2013"): the mark of another event of the same kind. */
function yearsClash(doc: Map<string, number>, story: Map<string, number>): boolean {
  let docYears = 0;
  for (const f of doc.keys()) {
    if (!f.startsWith('y:')) continue;
    if (story.has(f)) return false;
    docYears++;
  }
  if (docYears === 0) return false;
  for (const f of story.keys()) if (f.startsWith('y:')) return true;
  return false;
}

/** Candidates fully scored per doc, out of those the index proposes. */
const SCORED = 16;
/** How often (in docs) stories that left the window are closed. */
const SWEEP_EVERY = 256;

/** Creates an online clusterer with options merged over the defaults. */
export function createClusterer(partial: Partial<ClusterOptions> = {}): Clusterer {
  const options = clusterOptions(partial);
  const table: DocFreq = docFreq();
  const state: ClusterState = { options, table, stories: [], postings: new Map() as Postings, docStory: new Int32Array(1024), events: [], open: [] };
  let latest = -Infinity;

  const find = (i: number): number => {
    let root = i;
    while (state.stories[root]!.parent !== root) root = state.stories[root]!.parent;
    while (state.stories[i]!.parent !== root) { const next = state.stories[i]!.parent; state.stories[i]!.parent = root; i = next; }
    return root;
  };
  state.find = find;

  const gap = (story: StoryState, time: number | null): number => {
    if (time === null || story.first === null || story.last === null) return 0;
    return time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
  };

  /** Stories that could take an article with these vectors, scored best first (the inverted index proposes them). */
  function scoreStories(vectors: Vectors, time: number | null): { found: number; scored: Array<{ i: number; score: number }> } {
    const vNorms = vectors.map((v, c) => norm(table, c, v));
    const usable = (i: number): boolean => state.stories[i]!.open && gap(state.stories[i]!, time) <= options.windowMs;
    const found = candidates(state.postings, probes(table, vectors, options.probeFeatures), options.postingsPerFeature, find, usable, SCORED);
    const w = weighted(table, vectors);
    const mass = vectors.map((v) => evidence(v.size));
    const scored = found.map((i) => {
      const story = state.stories[i]!;
      const decay = 1 - (0.25 * gap(story, time)) / options.windowMs;
      const clash = yearsClash(vectors[2], story.sums[2]) ? 1 - options.yearClashPenalty : 1;
      return { i, score: combine(channelCosines(table, w, vNorms, story), mass, options) * decay * clash };
    }).sort((a, b) => b.score - a.score);
    return { found: found.length, scored };
  }

  function add(doc: ClusterDoc): Assignment {
    const seq = table.docs;
    const vectors = vectorsOf(doc);
    countDoc(table, vectors);
    if (doc.time !== null) latest = Math.max(latest, doc.time);
    if (seq % SWEEP_EVERY === 0) sweep();
    const { found, scored } = scoreStories(vectors, doc.time);
    const best = scored[0];
    const scale = doc.terms.length < options.shortDocTerms ? options.shortDocScale : 1;
    const created = best === undefined || best.score < options.joinThreshold * scale;
    const index = created ? state.stories.push(newStory(state.stories.length)) - 1 : best.i;
    const story = state.stories[index]!;
    if (created) state.open.push(index);
    post(state.postings, index, vectors, story.sums, options.postingsPerFeature);
    const member: Member = { seq, id: doc.id, time: doc.time, vectors, short: scale < 1 };
    addMember(story, member, options, table);
    if (seq >= state.docStory.length) { const grown = new Int32Array(state.docStory.length * 2); grown.set(state.docStory); state.docStory = grown; }
    state.docStory[seq] = index;
    const near = scored.filter((s) => s.i !== index && s.score >= options.joinThreshold * scale * 0.5).map((s) => s.i);
    const root = checkMerges(state, index, near, scale);
    checkSplit(state, root, root !== index);
    return { doc: doc.id, story: `s${find(index) + 1}`, score: created ? 0 : best.score, created, candidates: found };
  }

  /** Closes stories idle past the window (by doc time) or beyond the active cap (by arrival). */
  function sweep(): void {
    let open = state.open.filter((i) => state.stories[i]!.open && state.stories[i]!.parent === i);
    for (const i of open) {
      const s = state.stories[i]!;
      if (s.last !== null && latest - s.last > options.windowMs) closeIndex(i);
    }
    open = open.filter((i) => state.stories[i]!.open);
    if (open.length > options.maxActiveStories) {
      open.sort((a, b) => state.stories[a]!.touched - state.stories[b]!.touched);
      for (const i of open.splice(0, open.length - options.maxActiveStories)) closeIndex(i);
    }
    state.open = open;
  }

  function closeIndex(i: number): void {
    closeStory(state.stories[i]!);
  }

  function labels(): string[] {
    const out: string[] = [];
    for (let seq = 0; seq < table.docs; seq++) out.push(`s${find(state.docStory[seq]!) + 1}`);
    return out;
  }

  return {
    add,
    refine: () => refineMembers(state, scoreStories),
    storyOf: (seq) => `s${find(state.docStory[seq]!) + 1}`,
    labels,
    events: state.events,
    stats: () => ({ docs: table.docs, stories: state.stories.length, open: state.open.length }),
  };
}
