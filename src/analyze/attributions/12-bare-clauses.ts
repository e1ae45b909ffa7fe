/** Clauses without "that" after verbs of belief ("feared they would lose") and "saw X as Y" objects (bounded look-ahead). */
import type { Token } from '../sentences/index.js';

/** Subject pronouns that can open a clause; object forms ("him", "them") cannot. */
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'this', 'these', 'those']);
const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u;
const POSSESSIVE = /^(?:'s|’s|')$/u;
/** The longest subject read before giving up: keeps the look-ahead constant per cue. */
const MAX_SUBJECT = 6;

/** True when tokens from `at` (before `last`) open a finite clause: a subject of at most six words, then a verb. */
export function bareClauseFollows(tokens: Token[], at: number, last: number): boolean {
  let k = at;
  const first = tokens[k];
  if (!first || k >= last) return false;
  if (SUBJECTS.has(first.lower) && (first.pos === 'PRON' || first.pos === 'DET' || first.lower === 'there')) k++;
  else {
    while (k < last && k - at < MAX_SUBJECT && (NOUN_PHRASE.test(tokens[k]!.pos) || POSSESSIVE.test(tokens[k]!.text))) k++;
    if (k === at || !tokens.slice(at, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return false;
  }
  if (tokens[k]?.pos === 'ADV' && k + 1 < last) k++;
  const verb = tokens[k];
  if (!verb || k >= last) return false;
  if (verb.pos === 'AUX') return true;
  return verb.pos === 'VERB' && !/ing$/u.test(verb.lower) && !/^(?:to|been)$/u.test(verb.lower);
}

/** The longest object read before "as" in "saw the remark as a dig": keeps the look-ahead constant per cue. */
const MAX_OBJECT = 8;

/** True when tokens from `at` are a short object followed by "as" ("the remark as a dig"), with no verb between. */
export function asFollows(tokens: Token[], at: number, last: number): boolean {
  for (let k = at; k < Math.min(last, at + MAX_OBJECT + 1); k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') return k > at;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.lower === 'that') return false;
  }
  return false;
}

const OBJECT_WORDS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you']);

/** True when tokens from `at` are a short object then "to" and a verb ("Clinton to win", "them to become"). */
export function objectInfinitiveFollows(tokens: Token[], at: number, last: number): boolean {
  let k = at;
  if (OBJECT_WORDS.has(tokens[k]?.lower ?? '')) k++;
  else while (k < last && k - at < MAX_SUBJECT && (NOUN_PHRASE.test(tokens[k]!.pos) || POSSESSIVE.test(tokens[k]!.text))) k++;
  return k > at && k + 1 < last && tokens[k]!.lower === 'to' && tokens[k + 1]!.pos === 'VERB';
}
