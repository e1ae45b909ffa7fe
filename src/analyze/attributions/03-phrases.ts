/** Noun phrases around a cue: the source before "said" ("Kremlin spokesman Dmitry Peskov"), or after it. */
import type { Token } from '../sentences/index.js';
import { isQuoteMark } from './02-cues.js';

/** A token range [first, last). */
export interface Range {
  first: number;
  last: number;
}

/** Pronouns and relative pronouns that can be a whole source ("he said", "which reported"). */
export const PRONOUN_SOURCES: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const INNER_WORDS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'and', 'on', '&', 'to', 'by']);
const POSSESSIVE = /^(?:'s|’s|'|’)$/u;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Past participles that modify a document or study inside a source ("a report released last year", "a poll conducted by …"). */
const DOCUMENT_PARTICIPLES = new Set(['released', 'published', 'conducted', 'issued', 'commissioned', 'compiled', 'filed', 'obtained', 'taken']);
/** Degree adverbs that open a counted phrase ("nearly eight of 10 voters"). */
const DEGREE = new Set(['only', 'nearly', 'almost', 'about', 'roughly', 'some', 'over', 'just', 'fewer', 'more']);

/** True for a token that may sit inside a noun phrase. */
function inPhrase(token: Token): boolean {
  if (token.type === 'word' && NP_POS.has(token.pos)) return true;
  if (token.type === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && (token.pos === 'VERB' || token.pos === 'X')) return true; // "Don Fowler" tagged VERB
  if (token.type === 'number') return true;
  if (POSSESSIVE.test(token.text) || POSSESSIVE_PRONOUNS.has(token.lower)) return true;
  return token.text === '-' || INNER_WORDS.has(token.lower);
}

/** Drops words that cannot begin or end a phrase ("of", "and", "'s"). */
function tidy(tokens: Token[], first: number, last: number): Range | null {
  let a = first;
  let b = last;
  while (a < b && (INNER_WORDS.has(tokens[a]!.lower) || POSSESSIVE.test(tokens[a]!.text) || tokens[a]!.text === '-' || tokens[a]!.lower === 'both')) a++;
  while (b > a && (INNER_WORDS.has(tokens[b - 1]!.lower) || tokens[b - 1]!.text === '-' || POSSESSIVE_PRONOUNS.has(tokens[b - 1]!.lower))) b--;
  if (a >= b) return null;
  if (!tokens.slice(a, b).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.type === 'word' && /^\p{Lu}/u.test(t.text))) return null;
  return { first: a, last: b };
}

/** The noun phrase that ends just before `end` and starts at or after `floor`, or null. */
export function phraseBefore(tokens: Token[], end: number, floor: number): Range | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  if (PRONOUN_SOURCES.has(last.lower) && (last.pos === 'PRON' || last.pos === 'DET' || last.pos === 'SCONJ')) return { first: end - 1, last: end };
  let j = end - 1;
  while (j >= floor && (inPhrase(tokens[j]!) || hyphenated(tokens, j) || tokens[j]!.text === ')')) {
    if (tokens[j]!.text === ')') { // "Rep. Gwen Moore (D-Wis.) said"
      const open = tokens.slice(Math.max(floor, j - 10), j).map((t) => t.text).lastIndexOf('(');
      if (open < 0) break;
      j = Math.max(floor, j - 10) + open - 1;
      continue;
    }
    // A determiner opens the phrase unless a preposition joins it to more ("the head of the agency").
    if (tokens[j]!.pos === 'DET' && !INNER_WORDS.has(tokens[j - 1]?.lower ?? '')) { j--; break; }
    // "A poll released Friday shows": a document participle joins the phrase to the noun it modifies.
    if (DOCUMENT_PARTICIPLES.has(tokens[j - 1]?.lower ?? '') && j - 2 >= floor && /^(?:NOUN|PROPN)$/u.test(tokens[j - 2]!.pos)) { j -= 2; continue; }
    j--;
  }
  // "Nearly eight of 10 voters", "Only 52 percent": a degree adverb before a number opens the phrase.
  if (j >= floor && (tokens[j + 1]?.type === 'number' || tokens[j + 1]?.pos === 'NUM') && DEGREE.has(tokens[j]!.lower)) j--;
  const phrase = tidy(tokens, j + 1, end);
  return phrase ? dropTrailingTime(tokens, phrase) : null;
}

/** True for a word glued to a hyphen before it: "state-owned", "Kremlin-backed". */
function hyphenated(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return prev !== undefined && prev.text === '-' && prev.end === tokens[at]!.start && tokens[at]!.type === 'word';
}

/** Words of time that end a subject but are not part of it: "Russia on Thursday said" → "Russia". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend',
  'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'today', 'yesterday', 'statement', 'interview', 'tweet', 'post']);

function dropTrailingTime(tokens: Token[], phrase: Range): Range | null {
  if (!TIME_WORDS.has(tokens[phrase.last - 1]!.lower)) return phrase;
  for (let k = phrase.last - 2; k > phrase.first; k--) {
    if (tokens[k]!.pos === 'ADP') return tidy(tokens, phrase.first, k);
  }
  return phrase;
}

/** The noun phrase that starts at `start` and ends before `ceiling`, or null ("said Dmitry Peskov"). */
export function phraseAfter(tokens: Token[], start: number, ceiling: number): Range | null {
  const first = tokens[start];
  if (!first || start >= ceiling) return null;
  if (PRONOUN_SOURCES.has(first.lower) && first.pos === 'PRON') return { first: start, last: start + 1 };
  let j = start;
  while (j < ceiling && (inPhrase(tokens[j]!) || hyphenated(tokens, j) || tokens[j]!.text === '(') && !(tokens[j]!.lower === 'that' && j > start)) {
    if (tokens[j]!.text === '(') { // "Rep. Gregory Meeks (D-N.Y.)"
      const close = tokens.slice(j, Math.min(ceiling, j + 10)).findIndex((t) => t.text === ')');
      if (close < 0) break;
      j += close + 1;
      continue;
    }
    j++;
  }
  return tidy(tokens, start, j);
}
