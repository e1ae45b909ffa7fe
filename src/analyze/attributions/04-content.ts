/** Content spans: the reported words after a cue ("said that …") or before it ("“…,” he said"), quote-aware. */
import type { Span } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import { isQuoteMark } from './02-cues.js';
import type { Quotation } from './01-quote-marks.js';
import { CUE_VERBS, OBJECT_CUES } from './lexicon/cues.js';

/** Where the work happens: the tokens, their quotations, and the sentence at hand. */
export interface Scope {
  tokens: Token[];
  quotations: Quotation[];
  quoteOf: Int32Array;
  sentence: SentenceRange;
}

const EDGE = /^(?:,|:|;|—|–|-|\.|\(|\)|“|”|"|''|'|„|«|»|‘|’)$/u;

/** The character span of tokens [first, last) without edge punctuation and quote marks, or null when empty. */
export function spanOf(tokens: Token[], first: number, last: number): Span | null {
  let a = first;
  let b = last;
  while (a < b && EDGE.test(tokens[a]!.text)) a++;
  while (b > a && EDGE.test(tokens[b - 1]!.text) && !(tokens[b - 1]!.text === ')' && opensBefore(tokens, a, b - 1))) b--;
  return a < b ? { start: tokens[a]!.start, end: tokens[b - 1]!.end } : null;
}

/** True when an opening parenthesis in [from, to) is still open at `to`: "(41 Shots)" keeps its closing mark. */
function opensBefore(tokens: Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let k = to - 1; k >= from && k >= to - 30; k--) {
    if (tokens[k]!.text === ')') depth++;
    else if (tokens[k]!.text === '(' && --depth < 0) return true;
  }
  return false;
}

/** True when tokens [first, last) hold a verb: a clause rather than an adverbial ("on Thursday"). */
export function hasVerb(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

const TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|last|this|recently)$/u;

/** Skips adverbials between a cue and its clause: "said on Thursday that …" → at "that"; "said in a statement, …". */
export function skipAdverbials(scope: Scope, from: number, end: number): number {
  const { tokens } = scope;
  let k = from;
  while (k < end && (tokens[k]!.text === ',' || tokens[k]!.text === ':' || tokens[k]!.text === '—')) k++;
  // Only an adverbial is skipped ("on Thursday", "last week", "repeatedly"); "loopholes that …" and "Friday's test" are words.
  const adverbial = /^(?:ADP|ADV)$/u.test(tokens[k]?.pos ?? '') || (TIME.test(tokens[k]?.lower ?? '') && !/^(?:'s|’s)$/u.test(tokens[k + 1]?.text ?? ''));
  for (let j = k; j < Math.min(end, k + 9); j++) {
    const t = tokens[j]!;
    if (t.lower === 'that' && j > k && !hasVerb(tokens, k, j) && (adverbial || nameOnly(tokens, k, j))) return j;
    const quantifier = tokens[k + 1]?.lower === 'of'; // "half of the members", "all of them": a noun phrase, not an adverbial
    if ((t.text === ',' || t.text === ':' || isQuoteMark(t)) && j > k && !quantifier && !hasVerb(tokens, k, j) && adverbial) {
      // "says at a stop in Toledo, Ohio, that …": a "that" shortly after the comma still opens the words.
      for (let m = j + 1; m < Math.min(end, j + 5) && t.text === ','; m++) {
        if (tokens[m]!.lower === 'that' && !hasVerb(tokens, j, m)) return m;
        if (tokens[m]!.pos !== 'PROPN' && tokens[m]!.text !== ',') break;
      }
      return t.text === ',' || t.text === ':' ? j + 1 : j;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') break;
  }
  return k;
}

/** True when tokens [from, to) are a name, possibly quoted, and adverbials: "told “Morning Talk” on Friday that …". */
function nameOnly(tokens: Token[], from: number, to: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[from]!.text) && !isQuoteMark(tokens[from])) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text) && !isQuoteMark(t) && t.pos !== 'ADP' && !TIME.test(t.lower)) return false;
  }
  return true;
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** The content after a cue, from `from` to `end` (exclusive token index): a quotation when it starts with one. */
export function contentAfter(scope: Scope, from: number, end: number): Span | null {
  const { tokens, quotations, quoteOf } = scope;
  if (from >= end) return null;
  // "asked her, “Where do we go?”": an addressee before the quotation is not part of the words.
  if (OBJECT_PRONOUNS.has(tokens[from]!.lower) && tokens[from + 1]?.text === ',' && isQuoteMark(tokens[from + 2]) && quoteOf[from + 2]! >= 0) from += 2;
  const q = quoteOf[from]!;
  if (isQuoteMark(tokens[from]) && q >= 0) {
    const quote = quotations[q]!;
    const lastWord = lastWordEnd(tokens, from, end);
    if (quote.end >= lastWord) return { start: quote.innerStart, end: quote.innerEnd };
  }
  return spanOf(tokens, skipDateline(tokens, from, end), addedClause(scope, from, end));
}

/** Where reported words end before an added clause, as PolNeAR marks them: "…, but …", "…, which …", " -- …". */
export function addedClause(scope: Scope, from: number, end: number): number {
  const { tokens, quoteOf } = scope;
  for (let k = from + 2; k < end - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (quoteOf[k]! >= 0) continue;
    if (t.text === '--' || t.text === '—' || t.text === '―' || t.text === ';') return k;
    if (t.text !== ',' || quoteOf[k + 1]! >= 0) continue;
    if (next.lower === 'but' || next.lower === 'which' || next.lower === 'although' || next.lower === 'though') return k;
    if (next.lower === 'who' && !commaAfter(scope, k + 2, end)) return k; // "…, who is 70" ends it; "X, who …, did Y" does not
    if (/ing$/u.test(next.lower) && (CUE_VERBS.has(next.lower) || OBJECT_CUES.has(next.lower))) return k;
  }
  return end;
}

/** True when a comma outside quotations closes a relative clause within 40 tokens ("X, who …, did Y"); bounded to stay linear. */
function commaAfter(scope: Scope, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end - 1, from + 40); k++) if (scope.tokens[k]!.text === ',' && scope.quoteOf[k]! < 0) return true;
  return false;
}

/** Skips a dateline that opens a paragraph: "WASHINGTON ― …", "KYIV, Ukraine (AP) — …". */
function skipDateline(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = tokens[k]!;
    if (/^(?:―|—|–|--)$/u.test(t.text)) return k > from && tokens[from]!.text === tokens[from]!.text.toUpperCase() && /\p{Lu}{2}/u.test(tokens[from]!.text) ? k + 1 : from;
    if (t.type === 'word' && t.text !== t.text.toUpperCase() && t.pos !== 'PROPN') return from;
  }
  return from;
}

/** Skips a short introduction before a comma: "Details aside, …", "As for complexity, …" (not part of the words reported). */
function skipIntroduction(tokens: Token[], from: number, end: number): number {
  const first = tokens[from];
  if (!first || first.pos === 'PUNCT') return from;
  for (let k = from + 1; k < Math.min(end, from + 5); k++) {
    if (tokens[k]!.text !== ',') continue;
    const leading = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.lower === 'as';
    return (leading || !hasVerb(tokens, from, k)) && hasVerb(tokens, k + 1, end) ? k + 1 : from;
  }
  return from;
}

/** The content before a source or cue: tokens [from, end), reaching back to a quotation opened in an earlier sentence. */
export function contentBefore(scope: Scope, from: number, end: number): Span | null {
  const { tokens, quotations, quoteOf } = scope;
  const span = spanOf(tokens, skipIntroduction(tokens, skipDateline(tokens, from, end), end), end);
  if (!span) return null;
  // "The statement ended: “We will win,” she added.": the lead-in before a colon frames the quotation, it is not reported.
  const lastQuote = isQuoteMark(tokens[end - 1]) ? quoteOf[end - 1]! : isQuoteMark(tokens[end - 2]) ? quoteOf[end - 2]! : -1;
  if (lastQuote >= 0 && quotations[lastQuote]!.start > span.start && quotations[lastQuote]!.closed) {
    const quote = quotations[lastQuote]!;
    const k = tokenBefore(tokens, from, quote.start);
    if (k >= 0 && tokens[k]!.text === ':') return { start: quote.innerStart, end: Math.min(quote.innerEnd, span.end) };
  }
  const firstQuote = quoteOf[from]!;
  if (firstQuote >= 0) {
    const quote = quotations[firstQuote]!;
    const tail = quote.end >= tokens[end - 1]!.start;
    if (tail && quote.innerStart <= span.start) return { start: quote.innerStart, end: Math.min(quote.innerEnd, span.end) };
    if (quote.innerStart < span.start) return { start: quote.innerStart, end: span.end };
  }
  return span;
}

/** The index of the last token in [from, …) that ends at or before `at`, or -1. */
function tokenBefore(tokens: Token[], from: number, at: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.end <= at) k++;
  return k - 1 >= from ? k - 1 : -1;
}

function lastWordEnd(tokens: Token[], from: number, end: number): number {
  for (let k = end - 1; k >= from; k--) if (!EDGE.test(tokens[k]!.text)) return tokens[k]!.end;
  return tokens[from]!.end;
}
