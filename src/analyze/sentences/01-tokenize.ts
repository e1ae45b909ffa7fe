/** Tokenizes a text with wink-nlp once, keeping every token's UTF-16 offsets into the original text. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isWhiteSpaceCode } from '../../core/index.js';

/** One token with its place in the text and its part of speech (Universal POS tags from wink-nlp). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  pos: string;
  /** wink-nlp's token type: `word`, `number`, `punctuation`, `tabCRLF`, `currency`, `symbol` … */
  type: string;
}

/**
 * Tokens are built with a class, not an object literal: V8 tracks survival per object-literal site and, since tokens
 * live through a whole segment's analysis, switches that site to allocating in the old generation ("pretenuring"),
 * which made building them ~7% of the analysis and left them to the slow full collections. Same fields, same order.
 */
class WinkToken implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare lower: string;
  declare pos: string;
  declare type: string;

  constructor(start: number, end: number, text: string, lower: string, pos: string, type: string) {
    // Plain assignments (fields are only declared), the quickest construction for V8.
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.type = type;
  }
}

/** A tokenized text: tokens plus wink-nlp's own sentence ranges as [first, last] token indexes (inclusive). */
export interface TokenizedText {
  tokens: Token[];
  winkSentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;
let charsRead = 0;

/**
 * Characters read by one wink-nlp instance before it is replaced. wink-nlp adds every word it has not seen to its
 * lexicon cache for good (≈ 130 bytes each), so a long-running server or watch fed new names, numbers and junk would
 * grow without bound; a fresh instance (≈ 0.3 s to build, so ≤ 40 ms per MB read) starts from the model's lexicon
 * again. The cache only memoises per-word features, so results do not change.
 */
export const REBUILD_AFTER_CHARS = 8 * 1024 * 1024;
let rebuildAfter = REBUILD_AFTER_CHARS;

/** Sets how many characters an instance reads before it is replaced (tests use a small number); returns the old value. */
export function setNlpRebuildChars(chars: number): number {
  const old = rebuildAfter;
  rebuildAfter = chars;
  return old;
}

/** The wink-nlp instance (built once, and again every REBUILD_AFTER_CHARS read). Only the pipes we read are run. */
export function nlpInstance(): Nlp {
  if (charsRead > rebuildAfter) { shared = null; charsRead = 0; }
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

/** Longest run without spaces handed to wink-nlp whole: its tokenizer is quadratic in such a run (20,000 chars ≈ 0.8 s). */
export const MAX_RUN = 200;

/**
 * True when some run without whitespace is longer than MAX_RUN. Any such run starting at or after `from` covers the
 * character MAX_RUN past `from`, so one probe there settles the whole stretch: a space rules it out; otherwise only
 * the run around the probe is walked. On prose that reads a few characters per MAX_RUN, not every character.
 */
function hasLongRun(text: string): boolean {
  let from = 0; // no long run starts before `from`
  while (from + MAX_RUN < text.length) {
    const probe = from + MAX_RUN;
    if (isWhiteSpaceCode(text.charCodeAt(probe))) { from = probe + 1; continue; }
    let start = probe;
    while (start > from && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && end - start <= MAX_RUN && !isWhiteSpaceCode(text.charCodeAt(end))) end++;
    if (end - start > MAX_RUN) return true;
    from = end + 1; // text[end] is a space
  }
  return false;
}

/**
 * Inserts a space every MAX_RUN characters of an over-long run without whitespace (never inside a surrogate pair).
 * Returns the text to tokenize and the positions (in that text) of the inserted spaces, ascending.
 */
function splitLongRuns(text: string): { split: string; inserted: number[] } {
  const inserted: number[] = [];
  if (!hasLongRun(text)) return { split: text, inserted };
  let shift = 0;
  const split = text.replace(new RegExp(`\\S{${MAX_RUN + 1},}`, 'g'), (run: string, offset: number) => {
    const base = offset + shift;
    let out = '';
    let from = 0;
    while (run.length - from > MAX_RUN) {
      let cut = from + MAX_RUN;
      const code = run.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;
      out += run.slice(from, cut);
      inserted.push(base + out.length);
      out += ' ';
      shift++;
      from = cut;
    }
    return out + run.slice(from);
  });
  return { split, inserted };
}

/** `value.toLowerCase()`, but returns `value` itself when it is ASCII without capitals (most tokens): no new string. */
function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}

/** Runs wink-nlp on `text` and maps each token to its offsets ("didn't" → "did" + "n't", spaces between tokens skipped). */
export function tokenize(text: string): TokenizedText {
  const nlp = nlpInstance();
  const its = nlp.its;
  charsRead += text.length;
  const { split, inserted } = splitLongRuns(text);
  const doc = nlp.readDoc(split);
  const all = doc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  let before = 0; // inserted spaces before `at`
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink-nlp is lossless: a token starts where the text shows it next, after the spaces since the previous one.
    const first = value.charCodeAt(0);
    while (at < split.length && split.charCodeAt(at) !== first && isWhiteSpaceCode(split.charCodeAt(at))) at++;
    if (!split.startsWith(value, at)) {
      const found = split.indexOf(value, at);
      if (found >= 0) at = found;
    }
    while (before < inserted.length && inserted[before]! < at) before++;
    // Offsets into the original text: less the spaces inserted before the token (none fall inside one).
    const start = at - before;
    tokens[i] = new WinkToken(start, start + value.length, value, lowerCase(value), pos[i]!, types[i]!);
    at += value.length;
  }
  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, winkSentences };
}
