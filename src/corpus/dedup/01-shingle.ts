/** Word shingles of a text, hashed to 32-bit integers: the sets MinHash estimates Jaccard similarity over. */

/** FNV-1a over a string, 32-bit: fast and well spread for short keys. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-case word tokens; punctuation and case do not make two copies different. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct hashed k-word shingles of a text (a text shorter than k gives one shingle of all its words). */
export function shingles(text: string, k: number): Uint32Array {
  const w = words(text);
  const out = new Set<number>();
  if (w.length > 0 && w.length < k) out.add(hash32(w.join(' ')));
  for (let i = 0; i + k <= w.length; i++) out.add(hash32(w.slice(i, i + k).join(' ')));
  return Uint32Array.from(out);
}

/** Exact Jaccard similarity of two shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared / (a.length + b.length - shared);
}

/** The text normalised for exact-copy detection: words only, lower case, single spaces. */
export function normalized(text: string): string {
  return words(text).join(' ');
}
