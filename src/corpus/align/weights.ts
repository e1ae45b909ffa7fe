/**
 * Which articles give a story its word weights. The matcher blends the lexicon IDF with the story's own; if every
 * article counted, each arrival would move every weight and no judged pair could be kept. A story of at most
 * `full` articles uses all of them; a larger one uses its earliest 2^k (the largest power of two not above its size,
 * never fewer than `full`), so the weights stay put while the story grows and change only when it doubles (or an
 * article older than those arrives). Batch and incremental alignment use the same rule, so they agree.
 */

/** Indexes (in input order) of the articles whose sentences weigh the story's words; `rank` is each article's time rank. */
export function weightArticles(rank: number[], full: number): number[] {
  const n = rank.length;
  if (n <= full) return rank.map((_, i) => i);
  let size = 1;
  while (size * 2 <= n) size *= 2;
  size = Math.max(size, full);
  return rank.map((r, i) => (r < size ? i : -1)).filter((i) => i >= 0);
}
