/** MinHash signatures: per hash function, the minimum over a set's shingles; equal positions estimate Jaccard. */

/** A family of `count` universal hash functions h(x) = (a·x + b) mod 2^32, from a fixed seed (deterministic runs). */
export interface HashFamily {
  a: Uint32Array;
  b: Uint32Array;
}

/** Builds the hash family with a small xorshift generator, so signatures are the same on every run. */
export function hashFamily(count: number, seed = 0x9e3779b9): HashFamily {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  const a = new Uint32Array(count);
  const b = new Uint32Array(count);
  for (let i = 0; i < count; i++) { a[i] = next() | 1; b[i] = next(); }
  return { a, b };
}

/** The MinHash signature of a shingle set (all 0xffffffff for an empty set). */
export function signature(shingleSet: Uint32Array, family: HashFamily): Uint32Array {
  const n = family.a.length;
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const x of shingleSet) {
    // Mix the shingle first so that nearby hash values do not give correlated minima.
    const y = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
    for (let i = 0; i < n; i++) {
      const h = (Math.imul(family.a[i]!, y) + family.b[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: the MinHash estimate of Jaccard similarity. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}
