/** A second look at tracked articles once evidence has grown: move an article to the story it now fits clearly better. */
import type { Vectors } from './03-vectors.js';
import { addInto, dot, norm } from './03-vectors.js';
import { addMember, combine, evidence, type Member, type StoryState } from './04-story.js';
import { post } from './05-index.js';
import type { ClusterState } from './08-revise.js';

/** Scores candidate stories for a vector set (the clusterer's own scoring). */
export type ScoreStories = (vectors: Vectors, time: number | null) => { scored: Array<{ i: number; score: number }> };

/** How much better the other story must fit, so articles do not flip between near-equal stories. */
const MARGIN = 0.05;

/** Similarity of a member to its own story without it (leave-one-out, from dot products: ‖s − m‖² = ‖s‖² − 2 m·s + ‖m‖²). */
function leaveOneOut(state: ClusterState, m: Member, story: StoryState): number {
  if (story.size <= 1) return 0;
  const cos: number[] = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const v = m.vectors[c]!;
    const sums = story.sums[c]!;
    const ms = dot(state.table, c, v, sums);
    const mm = dot(state.table, c, v, v);
    const ss = norm(state.table, c, sums) ** 2;
    const rest = Math.sqrt(Math.max(0, ss - 2 * ms + mm));
    const d = Math.sqrt(mm) * rest;
    cos[c] = d > 0 ? (ms - mm) / d : 0;
  }
  return combine(cos, m.vectors.map((v) => evidence(v.size)), state.options);
}

/** Moves members of open, fully tracked stories to a story they fit better by a margin; logs each move as a split with its reason. */
export function refineMembers(state: ClusterState, score: ScoreStories): number {
  const find = state.find!;
  let moved = 0;
  for (const index of [...state.open]) {
    const story = state.stories[index]!;
    if (!story.open || story.parent !== index || story.members.length !== story.size || story.size < 2) continue;
    for (const m of [...story.members]) {
      const own = leaveOneOut(state, m, story);
      const best = score(m.vectors, m.time).scored.find((s) => find(s.i) !== index);
      const join = state.options.joinThreshold * (m.short ? state.options.shortDocScale : 1);
      if (best === undefined || best.score < join || best.score < own + MARGIN) continue;
      const target = state.stories[find(best.i)]!;
      m.vectors.forEach((v, c) => addInto(story.sums[c]!, v, -1));
      story.members = story.members.filter((x) => x !== m);
      story.size--;
      story.normDocs = -1;
      post(state.postings, target.index, m.vectors, target.sums, state.options.postingsPerFeature);
      addMember(target, m, state.options);
      state.docStory[m.seq] = target.index;
      state.events.push({
        kind: 'split', story: `s${index + 1}`, other: `s${target.index + 1}`, score: best.score,
        reason: `article fits s${target.index + 1} better (${best.score.toFixed(2)}) than the rest of its story (${own.toFixed(2)})`,
        moved: [m.id],
      });
      moved++;
      if (story.size < 2) break;
    }
  }
  return moved;
}
