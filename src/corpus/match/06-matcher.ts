/** The sentence matcher: a logistic combination of signals gives a 0–1 score; a threshold gives the decision. */
import { EngineError } from '../../core/index.js';
import { FEATURE_NAMES, featuresOf } from './05-features.js';
import { tokenize, type Token } from './01-tokenize.js';
import { localIdf, reweigh } from './03-weights.js';

/** Default share of the batch's own IDF in word weights. */
export const BATCH_BLEND = Number(0);
import { MODEL_THRESHOLD, MODEL_WEIGHTS } from './lexicon/model.js';

/** Options of `createMatcher`. */
export interface MatcherOptions {
  /** Score at or above which `same()` says yes (default: the threshold fitted on training pairs). */
  threshold?: number;
  /** Logistic weights (one per feature, then the bias); default: the fitted ones. */
  weights?: readonly number[];
  /**
   * Sentences of the batch being compared (a pairs file, a story): words common in the batch then count less,
   * so two earthquake reports are not matched on "earthquake" alone.
   */
  corpus?: Iterable<string>;
  /** Share of the batch IDF in word weights, 0–1 (default BATCH_BLEND). */
  batchBlend?: number;
}

/** A sentence matcher: `score` in 0–1, `same` its decision. */
export interface Matcher {
  /** How likely the two sentences report the same thing, 0–1. */
  score(a: string, b: string): number;
  /** True when the score reaches the threshold. */
  same(a: string, b: string): boolean;
  /** Score of two already tokenized sentences (the aligner tokenizes each sentence once). */
  scoreTokens(a: Token[], b: Token[]): number;
  /** Tokenizes a sentence with this matcher's word weights. */
  tokens(sentence: string): Token[];
  threshold: number;
}

/** Logistic function. */
function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Builds a matcher; throws E_BAD_OPTION on a threshold outside 0–1 or a weight vector of the wrong length. */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const threshold = options.threshold ?? MODEL_THRESHOLD;
  const weights = options.weights ?? MODEL_WEIGHTS;
  if (!(threshold >= 0 && threshold <= 1)) throw new EngineError('E_BAD_OPTION', `\`threshold\` must be within 0–1, got \`${threshold}\``, { subject: 'threshold' });
  if (weights.length !== FEATURE_NAMES.length + 1) {
    throw new EngineError('E_BAD_OPTION', `\`weights\` needs ${FEATURE_NAMES.length + 1} numbers, got ${weights.length}`, { subject: 'weights' });
  }
  const scoreTokens = (a: Token[], b: Token[]): number => {
    if (a.length === 0 || b.length === 0) return 0;
    const f = featuresOf(a, b);
    let z = weights[f.length]!;
    for (let i = 0; i < f.length; i++) z += weights[i]! * f[i]!;
    return sigmoid(z);
  };
  const blend = options.batchBlend ?? BATCH_BLEND;
  let tokens = (sentence: string): Token[] => tokenize(sentence);
  if (options.corpus !== undefined) {
    const local = localIdf([...new Set(options.corpus)].map(tokenize));
    tokens = (sentence) => reweigh(tokenize(sentence), local, blend);
  }
  const score = (a: string, b: string): number => scoreTokens(tokens(a), tokens(b));
  return { score, same: (a, b) => score(a, b) >= threshold, scoreTokens, tokens, threshold };
}
