/** A light English stemmer: irregular forms, then plural/tense/adverb suffixes, so "killings" ≈ "killed" ≈ "kill". */
import { IRREGULAR } from './lexicon/irregular.js';
import { SYNONYM_GROUPS } from './lexicon/synonyms.js';

const VOWEL = /[aeiouy]/;

/** Strips one inflectional suffix and a final "e", undoubles a final consonant: "running" → "run", "made" → "make". */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length <= 3 || /\d/.test(lower)) return lower;
  let w = lower;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && VOWEL.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (suffix !== 'ly' && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

let synonymMap: Map<string, string> | null = null;

/** The synonym-group representative of a stem, or the stem itself ("fatality" → "kill"). */
export function synonymOf(stemmed: string): string {
  if (synonymMap === null) {
    synonymMap = new Map();
    for (const line of SYNONYM_GROUPS) {
      const words = line.split(/\s+/).map(stem);
      for (const word of words) if (!synonymMap.has(word)) synonymMap.set(word, words[0]!);
    }
  }
  return synonymMap.get(stemmed) ?? stemmed;
}
