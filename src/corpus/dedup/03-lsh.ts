/** LSH banding: signatures cut into bands; two docs sharing any whole band become a candidate pair. */

/** Candidate pairs [i, j] (i < j) of signatures that agree on at least one band of `rows` positions. */
export function candidatePairs(signatures: Uint32Array[], bands: number, rows: number): Array<[number, number]> {
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, doc) => {
      let key = '';
      for (let r = 0; r < rows; r++) key += `${sig[band * rows + r]!.toString(36)},`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) {
        const id = bucket[x]! * n + bucket[y]!;
        if (pairs.has(id)) continue;
        pairs.add(id);
        out.push([bucket[x]!, bucket[y]!]);
      }
    }
  }
  return out;
}

/** Probability that a pair of Jaccard similarity `s` becomes a candidate: 1 − (1 − s^rows)^bands. */
export function catchProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}
