/**
 * The sentence matcher. Two logistic heads read one feature vector: the graded head gives `score` (0–1, fitted
 * on paraphrase, similarity and same-event pairs together), the decision head gives `same` (fitted on
 * paraphrase labels, with the threshold that was most accurate on them).
 */
import { EngineError } from '../../core/index.js';
import { FEATURE_NAMES, featuresOf } from './05-features.js';
import { tokenize, type Token } from './01-tokenize.js';
import { localIdf, reweigh } from './03-weights.js';
import { refineBatch, type RoundWeights } from './07-batch.js';
import { BATCH_ROUNDS } from './lexicon/batch-model.js';
import { DECISION_WEIGHTS, MODEL_BATCH_BLEND, MODEL_THRESHOLD, MODEL_WEIGHTS } from './lexicon/model.js';

/** Options of `createMatcher`. */
export interface MatcherOptions {
  /** Decision-head probability at or above which `same()` says yes (default: fitted on training pairs). */
  threshold?: number;
  /** Graded-head weights (one per feature, then the bias); default: the fitted ones. */
  weights?: readonly number[];
  /** Decision-head weights; default: the fitted ones. */
  decisionWeights?: readonly number[];
  /**
   * Sentences of the batch being compared (a pairs file, a story): words common in the batch then count less,
   * so two earthquake reports are not matched on "earthquake" alone.
   */
  corpus?: Iterable<string>;
  /** Share of the batch IDF in word weights, 0–1 (default: the share the heads were fitted with). */
  batchBlend?: number;
  /** Rounds of batch refinement `judgeAll` applies to scores (default: the ones fitted on ECB+ train; [] turns it off). */
  batchRounds?: readonly RoundWeights[];
}

/** Score and decision for one pair. */
export interface Judgement {
  score: number;
  same: boolean;
}

/** A sentence matcher: `score` in 0–1, `same` its decision. */
export interface Matcher {
  /** How similar the two sentences' statements are, 0–1. */
  score(a: string, b: string): number;
  /** True when the two sentences report the same thing. */
  same(a: string, b: string): boolean;
  /** Both at once, from one feature computation. */
  judge(a: string, b: string): Judgement;
  /** Both, for sentences already tokenized with `tokens` (the aligner tokenizes each sentence once). */
  judgeTokens(a: Token[], b: Token[]): Judgement;
  /**
   * Judges a whole batch of pairs (a pairs file): each score is then refined by how alike the two sentences relate
   * to the other sentences of the batch; pairs whose sentences share fewer than 3 neighbours keep `judge`'s score.
   * `same` is `judge`'s decision.
   */
  judgeAll(pairs: readonly (readonly [string, string])[]): Judgement[];
  /** Tokenizes a sentence with this matcher's word weights. */
  tokens(sentence: string): Token[];
  threshold: number;
}

/** Logistic probability of a feature vector (bias last). */
function logistic(weights: readonly number[], f: number[]): number {
  let z = weights[f.length]!;
  for (let i = 0; i < f.length; i++) z += weights[i]! * f[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Checks a weight vector's length. */
function checkWeights(name: string, weights: readonly number[]): void {
  if (weights.length !== FEATURE_NAMES.length + 1) {
    throw new EngineError('E_BAD_OPTION', `\`${name}\` needs ${FEATURE_NAMES.length + 1} numbers, got ${weights.length}`, { subject: name });
  }
}

/** Builds a matcher; throws E_BAD_OPTION on a threshold or blend outside 0–1 or a weight vector of the wrong length. */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const threshold = options.threshold ?? MODEL_THRESHOLD;
  const blend = options.batchBlend ?? MODEL_BATCH_BLEND;
  const weights = options.weights ?? MODEL_WEIGHTS;
  const decision = options.decisionWeights ?? DECISION_WEIGHTS;
  for (const [name, value] of [['threshold', threshold], ['batchBlend', blend]] as const) {
    if (!(value >= 0 && value <= 1)) throw new EngineError('E_BAD_OPTION', `\`${name}\` must be within 0–1, got \`${value}\``, { subject: name });
  }
  checkWeights('weights', weights);
  checkWeights('decisionWeights', decision);
  let tokens = (sentence: string): Token[] => tokenize(sentence);
  if (options.corpus !== undefined && blend > 0) {
    const local = localIdf([...new Set(options.corpus)].map(tokenize));
    tokens = (sentence) => reweigh(tokenize(sentence), local, blend);
  }
  const judgeTokens = (a: Token[], b: Token[]): Judgement => {
    if (a.length === 0 || b.length === 0) return { score: 0, same: false };
    const f = featuresOf(a, b);
    return { score: logistic(weights, f), same: logistic(decision, f) >= threshold };
  };
  /* sentences recur across the pairs of a file: tokenize each once so its per-sentence features are cached too */
  const seen = new Map<string, Token[]>();
  const tokensOnce = (sentence: string): Token[] => {
    let t = seen.get(sentence);
    if (t === undefined) {
      if (seen.size >= 20_000) seen.clear();
      seen.set(sentence, (t = tokens(sentence)));
    }
    return t;
  };
  const judge = (a: string, b: string): Judgement => judgeTokens(tokensOnce(a), tokensOnce(b));
  const rounds = options.batchRounds ?? BATCH_ROUNDS;
  const judgeAll = (pairs: readonly (readonly [string, string])[]): Judgement[] => {
    const single = pairs.map(([a, b]) => judge(a, b));
    const scores = refineBatch(pairs, single.map((j) => j.score), rounds);
    return single.map((j, i) => ({ score: scores[i]!, same: j.same }));
  };
  return { score: (a, b) => judge(a, b).score, same: (a, b) => judge(a, b).same, judge, judgeAll, judgeTokens, tokens, threshold };
}
