/**
 * `AlignMemo`: judged wording pairs kept between `alignStory` calls on one story, so a refresh after one more
 * article judges only pairs it has not seen. A pair is keyed by a stable hash of each side's wording AND its word
 * weights: the matcher's weights come from the story's own sentences (batch IDF), so an entry is reused only
 * when both sides would be judged on exactly the same tokens, and a memo never changes a result.
 */
import type { Token } from '../match/index.js';

/** A matcher's score and decision for one pair. */
export interface Judgement { score: number; same: boolean }

/** Judged wording pairs of one story; plain data, extended in place by `alignStory(options)(input, memo)`. */
export interface AlignMemo {
  /** Judgement per pair of token signatures (`hashA|hashB`, sorted), oldest use first. */
  judged: Map<string, Judgement>;
  /** Most pairs kept; the least recently used go first. */
  maxPairs: number;
  /** Pairs found in the memo / judged afresh, over the memo's life (for tests and benchmarks). */
  hits: number;
  misses: number;
  /** The matcher options the entries were judged with; a call with other options empties the memo first. */
  options?: string;
}

/** Default bound on the judged pairs one story's memo keeps. */
export const DEFAULT_MEMO_PAIRS = 50_000;

/** An empty memo holding at most `maxPairs` judged pairs. */
export function createAlignMemo(maxPairs = DEFAULT_MEMO_PAIRS): AlignMemo {
  return { judged: new Map(), maxPairs: Math.max(1, Math.floor(maxPairs)), hits: 0, misses: 0 };
}

/** cyrb53: a stable 53-bit string hash, as 14 hex digits. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed; let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761); h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Stable signature of what the matcher reads: the exact text (tokens are a function of it) and every token's
 * weight (the only part that depends on the rest of the story). Two seeds give 106 bits.
 */
export function tokenSignature(text: string, tokens: Token[]): string {
  const sig = `${text}\u0000${tokens.map((t) => t.weight).join(',')}`;
  return hash53(sig, 1) + hash53(sig, 2);
}

/** Empties `memo` when it was filled under other matcher options (weights, threshold) than `options`. */
export function claimMemo(memo: AlignMemo, options: string): void {
  if (memo.options !== options) { memo.judged.clear(); memo.options = options; }
}

/** The judgement of two signed wordings: from the memo, or from `judge` (then remembered). */
export function memoJudge(memo: AlignMemo, sigA: string, sigB: string, judge: () => Judgement): Judgement {
  const key = sigA < sigB ? `${sigA}|${sigB}` : `${sigB}|${sigA}`;
  const found = memo.judged.get(key);
  if (found !== undefined) {
    memo.hits++;
    memo.judged.delete(key); memo.judged.set(key, found);
    return found;
  }
  memo.misses++;
  const j = judge();
  const value = { score: j.score, same: j.same };
  memo.judged.set(key, value);
  while (memo.judged.size > memo.maxPairs) memo.judged.delete(memo.judged.keys().next().value!);
  return value;
}
