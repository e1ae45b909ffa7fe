/** Tokenisation shared by ROUGE, the baselines and redundancy checks. */
import { porterStem } from './porter-stemmer.js';
import { STOPWORDS } from '../lexicon/stopwords.js';

/**
 * ROUGE's usual tokenisation (as in Google's rouge-score): lower-case, every run of characters other than
 * a–z and 0–9 is a separator, and tokens longer than three letters are Porter-stemmed.
 */
export function rougeTokens(text: string, stem = true): string[] {
  const tokens = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  return stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

/** Stemmed content words (no stopwords), for comparing how much two sentences say the same thing. */
export function contentStems(text: string): string[] {
  return rougeTokens(text, false).filter((t) => !STOPWORDS.has(t)).map((t) => (t.length > 3 ? porterStem(t) : t));
}

/** Word count the way a reader counts ("Zaporizhzhia's" is one word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Splits plain text into sentences at . ! ? followed by space and a capital, a quote or a digit, and at blank lines. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n|\n/)) {
    const parts = block.split(/(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u);
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed.length > 0) out.push(trimmed);
    }
  }
  return out;
}

/** Number of distinct stems two lists share. */
export function sharedCount(a: string[], b: string[]): number {
  const setB = new Set(b);
  let shared = 0;
  for (const t of new Set(a)) if (setB.has(t)) shared++;
  return shared;
}

/** Overlap of two stem sets: shared / size of the smaller (1 when one sentence is contained in the other). */
export function containment(a: string[], b: string[]): number {
  const small = Math.min(new Set(a).size, new Set(b).size);
  return small === 0 ? 0 : sharedCount(a, b) / small;
}

/** Jaccard similarity of two stem sets. */
export function jaccard(a: string[], b: string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}
