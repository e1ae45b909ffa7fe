/** Stable content keys for in-memory memos: equal texts give equal keys in every process and run. */

/** cyrb53: a stable 53-bit string hash, as 14 hex digits. */
export function hash53(text: string, seed: number): string {
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
 * A 106-bit content key of a text (two cyrb53 hashes with seeds 2·space−1 and 2·space): different `space`s key
 * different kinds of memo entry, so equal texts used for different purposes never share a key.
 */
export function contentKey(text: string, space = 1): string {
  return hash53(text, 2 * space - 1) + hash53(text, 2 * space);
}
