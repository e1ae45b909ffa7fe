/** The shape of a cleanup rule: a named filter over the blocks of one article. */
import { isWhiteSpaceCode } from '../../core/index.js';
import type { Block } from '../types.js';

/** One cleanup rule; `apply` returns the blocks it keeps (and may rewrite a block's text). */
export interface CleanRule {
  /** Stable id used in diagnostics ("advertisement", "biography"). */
  name: string;
  /** What the rule removes, for the diagnostic's reason. */
  removes: string;
  apply(blocks: Block[]): Block[];
}

/*
 * `bare` and `wordCount` run on most blocks of every article, several times. They used to be regex pipelines
 * (`/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu`, `split(/\s+/).filter(…)`) whose per-position Unicode class tests and
 * intermediate arrays cost ~0.1 s per MB of text; the scans below give the same results without them. Non-ASCII code
 * points are still tested with the same Unicode classes, one code point at a time.
 */

/** A white-space, punctuation or symbol code point (what `bare` strips from both ends). */
const EDGE_CHAR = /^[\s\p{P}\p{S}]$/u;
/** A letter or number code point (what makes a word count). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** True for an ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** UTF-16 units (1 or 2) of the code point starting at `at`. */
function unitsAt(text: string, at: number): number {
  return isHigh(text.charCodeAt(at)) && at + 1 < text.length && isLow(text.charCodeAt(at + 1)) ? 2 : 1;
}

/** UTF-16 units (1 or 2) of the code point ending just before `end`, not reaching before `floor`. */
function unitsBefore(text: string, end: number, floor: number): number {
  return isLow(text.charCodeAt(end - 1)) && end - 2 >= floor && isHigh(text.charCodeAt(end - 2)) ? 2 : 1;
}

/** True when the code point of `units` units at `at` is white space, punctuation or a symbol. */
function isEdgeAt(text: string, at: number, units: number): boolean {
  const c = text.charCodeAt(at);
  // ASCII: white space (\t–\r, space) and the 32 printable non-alphanumerics are exactly \s, \p{P} and \p{S}.
  if (c < 128) return isWhiteSpaceCode(c) || (c > 32 && c < 127 && !isAsciiAlnum(c));
  return EDGE_CHAR.test(text.slice(at, at + units));
}

/** Lower-cases and strips punctuation at both ends: "– Advertisement –" → "advertisement". */
export function bare(text: string): string {
  const lower = text.toLowerCase();
  let start = 0;
  let end = lower.length;
  while (start < end) {
    const units = unitsAt(lower, start);
    if (!isEdgeAt(lower, start, units)) break;
    start += units;
  }
  while (end > start) {
    const units = unitsBefore(lower, end, start);
    if (!isEdgeAt(lower, end - units, units)) break;
    end -= units;
  }
  return collapseSpaces(lower.slice(start, end));
}

/** Two white-space characters in a row, or one that is not a plain space: what `collapseSpaces` would change. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/** `text.replace(/\s+/g, ' ')`, without running the replacement when every white-space run is one plain space (most text). */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** True when the code point at `at` is a letter or a number. */
function isWordCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiAlnum(c);
  return WORD_CHAR.test(text.slice(at, at + unitsAt(text, at)));
}

/**
 * Number of words in a text: runs between white space that hold a letter or a number. Counting stops once it passes
 * `limit`, so a caller comparing with a bound (`wordCount(text, 40) > 40`) reads a long paragraph only that far.
 */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0;
  let counted = false; // the current run already holds a letter or number
  for (let i = 0; i < text.length && count <= limit; i++) {
    const c = text.charCodeAt(i);
    if (isWhiteSpaceCode(c)) counted = false;
    else if (!counted && isWordCharAt(text, i)) { counted = true; count++; }
  }
  return count;
}
