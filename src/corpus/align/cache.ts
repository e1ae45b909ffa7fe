/**
 * `AlignMemo`: judged wording pairs kept between `alignStory` calls on one story, so a refresh after one more
 * article judges only pairs it has not seen. A pair is keyed by a stable hash of each side's wording AND its word
 * weights: the matcher's weights come from the story's own sentences (batch IDF), so an entry is reused only
 * when both sides would be judged on exactly the same tokens, and a memo never changes a result.
 */
import { contentKey } from '../../core/index.js';
import type { Matcher, Token } from '../match/index.js';
import type { ArticleParts } from './cache-articles.js';

/** A matcher's score and decision for one pair. */
export interface Judgement { score: number; same: boolean }

/** Judged wording pairs of one story; plain data, extended in place by `alignStory(options)(input, memo)`. */
export interface AlignMemo {
  /** Judgement per pair of token signatures (`hashA|hashB`, sorted), oldest first. */
  judged: Map<string, Judgement>;
  /** Most pairs kept; the oldest judged go first (a dropped pair is judged again when needed). */
  maxPairs: number;
  /** Pairs found in the memo / judged afresh, over the memo's life (for tests and benchmarks). */
  hits: number;
  misses: number;
  /** The matcher options and word-weight corpus the entries were judged with; other ones empty the memo first. */
  options?: string;
  /** The matcher built on that corpus, and each sentence's tokens and signature under it. */
  matcher?: Matcher;
  tokens: Map<string, { tokens: Token[]; sig: string }>;
  /** Per-article parts (shingles, MinHash signature, rewrite marks) by article content key; only current ones kept. */
  articles: Map<string, ArticleParts>;
  /** Next number for a new article content (see cache-articles.ts). */
  nextUid: number;
}

/** Most sentences whose tokens one memo keeps (past it they are dropped and made again). */
const MAX_SENTENCES = 50_000;

/** Default bound on the judged pairs one story's memo keeps. */
export const DEFAULT_MEMO_PAIRS = 50_000;

/** An empty memo holding at most `maxPairs` judged pairs. */
export function createAlignMemo(maxPairs = DEFAULT_MEMO_PAIRS): AlignMemo {
  return { judged: new Map(), maxPairs: Math.max(1, Math.floor(maxPairs)), hits: 0, misses: 0, tokens: new Map(), articles: new Map(), nextUid: 0 };
}

/**
 * Stable signature of what the matcher reads: the exact text (tokens are a function of it) and every token's
 * weight (the only part that depends on the rest of the story). Two seeds give 106 bits.
 */
export function tokenSignature(text: string, tokens: Token[]): string {
  const sig = `${text}\u0000${tokens.map((t) => t.weight).join(',')}`;
  return contentKey(sig, 1);
}

/**
 * Empties the judged pairs and tokens of `memo` when they were made under other matcher options or another word-weight
 * corpus than `options` (a key of both); returns true when it did.
 */
export function claimMemo(memo: AlignMemo, options: string): boolean {
  if (memo.options === options) return false;
  memo.judged.clear(); memo.tokens.clear(); memo.matcher = undefined; memo.options = options;
  return true;
}

/** A matcher that tokenizes each sentence once per memo (the word weights are fixed while the memo holds). */
export function memoMatcher(memo: AlignMemo, matcher: Matcher): Matcher {
  return { ...matcher, tokens: (sentence) => memoTokens(memo, matcher, sentence).tokens };
}

/** A sentence's tokens and their signature, from the memo or made now. */
export function memoTokens(memo: AlignMemo, matcher: Matcher, sentence: string): { tokens: Token[]; sig: string } {
  let found = memo.tokens.get(sentence);
  if (found === undefined) {
    if (memo.tokens.size >= MAX_SENTENCES) memo.tokens.clear();
    const tokens = matcher.tokens(sentence);
    memo.tokens.set(sentence, (found = { tokens, sig: tokenSignature(sentence, tokens) }));
  }
  return found;
}

/** The judgement of two signed wordings: from the memo, or from `judge` (then remembered). */
export function memoJudge(memo: AlignMemo, sigA: string, sigB: string, judge: () => Judgement): Judgement {
  const key = sigA < sigB ? `${sigA}|${sigB}` : `${sigB}|${sigA}`;
  const found = memo.judged.get(key);
  if (found !== undefined) {
    memo.hits++;
    return found;
  }
  memo.misses++;
  const j = judge();
  const value = { score: j.score, same: j.same };
  memo.judged.set(key, value);
  while (memo.judged.size > memo.maxPairs) memo.judged.delete(memo.judged.keys().next().value!);
  return value;
}
