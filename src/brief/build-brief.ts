/** The brief step: Story → 4–12 cited sentences in a reader's order. */
import type { Article, BriefSentence, Story } from '../core/index.js';
import { indexEvidence, outletsOf } from './select/01-evidence.js';
import { candidates } from './select/03-candidates.js';
import { DEFAULT_WEIGHTS, scoreCandidates, type ScoreWeights } from './select/04-score.js';
import { choose, DEFAULT_CHOOSE, type ChooseOptions } from './select/05-choose.js';
import { phrase } from './select/06-phrase.js';
import { createBriefMemo, type BriefMemo } from './select/cache.js';

/** Options of the brief: its length bounds, the redundancy threshold, and the score weights. */
export interface BriefOptions extends Partial<ChooseOptions> {
  weights?: Partial<ScoreWeights>;
}

/** Builds the brief of one story from its facts and quotes; every sentence carries the citations of all outlets reporting it. */
/**
 * `memo` (one per story, from `createBriefMemo`) keeps cited sentences and each fact's candidates between calls, so a
 * refresh rebuilds only the facts that changed; the brief is the same with or without it.
 */
export function buildBrief(options: BriefOptions = {}): (story: Omit<Story, 'brief'>, articles: Article[], memo?: BriefMemo) => BriefSentence[] {
  const chooseOptions: ChooseOptions = {
    minSentences: options.minSentences ?? DEFAULT_CHOOSE.minSentences,
    maxSentences: options.maxSentences ?? DEFAULT_CHOOSE.maxSentences,
    redundancy: options.redundancy ?? DEFAULT_CHOOSE.redundancy,
  };
  const weights: ScoreWeights = { ...DEFAULT_WEIGHTS, ...(options.weights ?? {}) };
  return (story, articles, memo) => {
    const members = new Set(story.articles);
    const own = articles.filter((a) => members.has(a.id));
    /* batch and incremental briefs take the same path: a fresh memo gives the same brief as a filled one */
    const index = indexEvidence(own.length > 0 ? own : articles, story.lineage, memo ?? createBriefMemo());
    const totalOutlets = new Set(story.articles.map((id) => index.outletOf(id))).size
      || outletsOf(story.facts.flatMap((f) => f.citations), index).length;
    const sorted = scoreCandidates(candidates(story, index), totalOutlets, weights);
    const chosen = choose(sorted, index, totalOutlets, chooseOptions);
    return phrase(chosen, index, totalOutlets);
  };
}
