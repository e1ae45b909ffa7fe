/** Checks that a generated sentence says nothing its citations do not: names, numbers, negation and content words. */
import { STOPWORDS } from '../lexicon/stopwords.js';
import { contentStems, rougeTokens } from '../text/tokenize.js';

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', hundred: '100', thousand: '1000', dozen: '12', first: '1', second: '2', third: '3',
};
const NEGATION = /\b(not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|refused|rejected)\b|n't\b/i;

/** Numbers named in a text, with number words as digits ("three" → "3", "1,200" → "1200"). */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(m[0].replace(/,/g, ''));
  for (const w of rougeTokens(text, false)) if (NUMBER_WORDS[w]) out.add(NUMBER_WORDS[w]!);
  return out;
}

/** Capitalised words not at a sentence start (names, places, organisations), lower-cased. */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s|^|["“])\b(\p{Lu}[\p{L}'’-]+)/gu)) {
    const w = m[1]!.toLowerCase().replace(/['’]s$/, '');
    if (!STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/** Why a generated sentence is not supported by its sources, or null when it is. */
export function unsupported(generated: string, sources: string[], minPrecision = 0.75): string | null {
  const source = sources.join(' \n ');
  const sourceLower = source.toLowerCase();
  if (/\?\s*$/.test(generated.trim())) return 'a question';
  if (/["“”]/.test(generated)) return 'adds quotation marks';
  const nums = numbersIn(source);
  for (const n of numbersIn(generated)) if (!nums.has(n)) return `number ${n} is not in its sources`;
  for (const name of namesIn(generated)) if (!sourceLower.includes(name)) return `name "${name}" is not in its sources`;
  if (NEGATION.test(generated) !== NEGATION.test(source) && NEGATION.test(generated)) return 'adds a negation';
  const have = new Set(contentStems(source));
  const stems = contentStems(generated);
  if (stems.length === 0) return 'empty';
  const precision = stems.filter((s) => have.has(s)).length / stems.length;
  if (precision < minPrecision) return `only ${Math.round(precision * 100)}% of its content words are in its sources`;
  return null;
}
