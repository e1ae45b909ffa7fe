/** Shared shapes inside the aligner: statements, attributed quotes and the options. */
import type { ArticleId, Quantity, Span } from '../../core/index.js';
import type { MatcherOptions, Token } from '../match/index.js';

/** One news sentence of one article, prepared for comparison. */
export interface Statement {
  /** Index in the story's statement list. */
  id: number;
  article: ArticleId;
  /** Index of the article in the story's input (and analyses) order. */
  articleIndex: number;
  /** Position among its article's statements (for statement-order lineage). */
  order: number;
  span: Span;
  text: string;
  tokens: Token[];
  quantities: Quantity[];
  /** Story entity ids mentioned, in order of first mention. */
  entities: string[];
  /** Story entity ids of people mentioned. */
  persons: string[];
  /** True when the sentence negates (odd number of negation words). */
  negated: boolean;
}

/** Options of `alignStory`; every field has a default. */
export interface AlignOptions {
  /** Options of the sentence matcher that groups statements into facts. */
  matcher: MatcherOptions;
  /** Matcher score at or above which two statements join one fact even without the matcher's `same`. */
  linkScore: number;
  /** Lower score at which two statements sharing a number and a named thing join one fact ("three fatalities" ≈ "killed three"). */
  anchoredScore: number;
  /** Score every wording of a fact needs against the fact's medoid (or `anchoredScore` with a shared number and name). */
  coherenceScore: number;
  /** Score at or above which two statements are compared for conflicts. */
  conflictScore: number;
  /** Score at or above which two attributed passages are one quote. */
  quoteScore: number;
  /** Lineage score at or above which an article counts as derived from another. */
  lineageThreshold: number;
  /**
   * Stories of at most this many articles weigh words by all their sentences; larger ones by their earliest 2^k
   * articles (see weights.ts), so word weights, and judged pairs, stay put as articles arrive.
   */
  fullWeightArticles: number;
}

/** Defaults, fitted by reading the seeds and the unit fixtures, not the evaluation data. */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  matcher: {},
  linkScore: 0.75,
  anchoredScore: 0.3,
  coherenceScore: 0.45,
  conflictScore: 0.3,
  quoteScore: 0.5,
  lineageThreshold: 0.4,
  fullWeightArticles: 16,
};
