/** Splits a sentence into word tokens with offsets, stems, synonym classes and numeric values. */
import { NUMBER_WORDS, SCALES } from './lexicon/numbers.js';
import { NEGATIONS, STOPWORDS } from './lexicon/stopwords.js';
import { stem, synonymOf } from './02-stem.js';
import { baseWeight } from './03-weights.js';

/** One word of a sentence, as the matcher sees it. */
export interface Token {
  /** Surface form as written. */
  text: string;
  lower: string;
  stem: string;
  /** Synonym-group representative of the stem ("fatalities" → "kill"). */
  syn: string;
  /** Numeric value for "3", "three", "2.5 billion" (scale folded in), else null. */
  value: number | null;
  stop: boolean;
  negation: boolean;
  /** Starts with a capital letter and is not the sentence's first word: likely a name. */
  capital: boolean;
  /** How much the word counts when sentences are compared (IDF, damped for function words). */
  weight: number;
  /** The weight from the batch's own IDF alone, when the matcher was given a batch (`corpus`). */
  batchWeight?: number;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*(?:n[’']t)?/gu;

/** Reads "1,200", "2.5", "three" as a number, else null. */
function numberOf(lower: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(lower) || /^\d+(\.\d+)?$/.test(lower)) return Number(lower.replace(/,/g, ''));
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (ordinal) return Number(ordinal[1]);
  return NUMBER_WORDS.get(lower) ?? null;
}

/** Builds one token from a surface form at an offset. */
function makeToken(text: string, start: number, first: boolean): Token {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const stemmed = stem(lower);
  const token: Token = {
    text, lower, stem: stemmed, syn: synonymOf(stemmed), value: numberOf(lower),
    stop: STOPWORDS.has(lower) || STOPWORDS.has(stemmed), negation: NEGATIONS.has(lower),
    capital: !first && /^\p{Lu}/u.test(text), weight: 0, batchWeight: undefined, start, end: start + text.length,
  };
  token.weight = baseWeight(token);
  return token;
}

/** Tokenizes a sentence; "didn't" gives "did" + "not", "66-year-old" gives "66" + "year-old", "2.5 billion" one value. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const text = match[0];
    const at = match.index;
    const contraction = /n[’']t$/i.exec(text);
    const counted = /^(\d+(?:\.\d+)?)-(\p{L}.*)$/u.exec(text);
    if (counted) {
      tokens.push(makeToken(counted[1]!, at, tokens.length === 0));
      tokens.push(makeToken(counted[2]!, at + counted[1]!.length + 1, false));
      continue;
    }
    if (contraction && text.length > 3) {
      tokens.push(makeToken(text.slice(0, -3), at, tokens.length === 0));
      tokens.push(makeToken('not', at + text.length - 3, false));
      continue;
    }
    tokens.push(makeToken(text, at, tokens.length === 0));
  }
  for (let i = 1; i < tokens.length; i++) {
    const scale = SCALES.get(tokens[i]!.lower);
    const previous = tokens[i - 1]!;
    if (scale !== undefined && previous.value !== null && previous.value < 1000) {
      previous.value *= scale;
      tokens[i]!.stop = true;
      tokens[i]!.value = null;
    }
  }
  return tokens;
}
