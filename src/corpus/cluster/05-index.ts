/** The inverted index from feature to the stories that recently carried it: candidates cost the same at any archive size. */
import { featureKey, idf, type DocFreq, type Vectors } from './03-vectors.js';

/** Feature key → story indices, most recent last; each list is kept to a bounded length. */
export type Postings = Map<string, number[]>;

/** Records that `story` now carries the features of `v` it did not carry before (`had` is its centroid before the add). */
export function post(postings: Postings, story: number, v: Vectors, had: Vectors | null, cap: number): void {
  v.forEach((channel, c) => {
    for (const f of channel.keys()) {
      if (had && had[c]!.has(f)) continue;
      const key = featureKey(c, f);
      let list = postings.get(key);
      if (list === undefined) postings.set(key, (list = []));
      list.push(story);
      // Keep the newest entries only: old stories fall out of the index as new ones arrive.
      if (list.length > 2 * cap) list.splice(0, list.length - cap);
    }
  });
}

/** The `count` most distinctive features of a doc that some earlier doc also had (highest tf·idf), as [channel, feature, weight]. */
export function probes(table: DocFreq, v: Vectors, count: number): Array<[number, string, number]> {
  const all: Array<[number, string, number]> = [];
  v.forEach((channel, c) => {
    for (const [f, x] of channel) {
      // A feature only this doc has (df 1, the doc itself counted) cannot lead to a story.
      if ((table.df[c]!.get(f) ?? 0) > 1) all.push([c, f, x * idf(table, c, f)]);
    }
  });
  all.sort((a, b) => b[2] - a[2]);
  return all.slice(0, count);
}

/** Candidate stories for a doc: stories on the posting lists of its probes, ranked by summed probe weight. */
export function candidates(
  postings: Postings, probeList: Array<[number, string, number]>, perFeature: number, resolve: (i: number) => number,
  usable: (i: number) => boolean, limit: number,
): number[] {
  const weight = new Map<number, number>();
  for (const [c, f, w] of probeList) {
    const list = postings.get(featureKey(c, f));
    if (!list) continue;
    const seen = new Set<number>();
    for (let i = list.length - 1, read = 0; i >= 0 && read < perFeature; i--, read++) {
      const s = resolve(list[i]!);
      if (seen.has(s) || !usable(s)) continue;
      seen.add(s);
      weight.set(s, (weight.get(s) ?? 0) + w);
    }
  }
  return [...weight].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([s]) => s);
}
