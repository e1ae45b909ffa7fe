/** Joins blocks into an article's text: paragraphs separated by a blank line, headings on their own line. */
import { isWhiteSpaceCode, type Span } from '../core/index.js';
import type { Block } from './types.js';

/** What the replacements in `normalizeSpace` change inside a text: a zero-width or space-like character other than a plain space, or a space doubled or next to a line break. */
const UNNORMALISED = /[\t\v\f\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| [ \n]|\n /;

/**
 * True when `normalizeSpace` would change `text`: an edge to trim, or what UNNORMALISED finds. Most paragraphs need
 * nothing, and one search is much cheaper than the three replacements and the trim (≈ 0.1 s per MB of text before).
 */
function needsNormalizing(text: string): boolean {
  if (text.length === 0) return false;
  return isWhiteSpaceCode(text.charCodeAt(0)) || isWhiteSpaceCode(text.charCodeAt(text.length - 1)) || UNNORMALISED.test(text);
}

/** Collapses runs of spaces and tabs, trims, and drops zero-width characters. */
export function normalizeSpace(text: string): string {
  if (!needsNormalizing(text)) return text;
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '').replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n').trim();
}

/** The text and heading spans of a list of blocks. */
export function joinBlocks(blocks: Block[]): { text: string; headings: Span[] } {
  let text = '';
  const headings: Span[] = [];
  for (const block of blocks) {
    const body = normalizeSpace(block.kind === 'heading' ? block.text.replace(/\s+/g, ' ') : block.text.replace(/\n{2,}/g, '\n'));
    if (body === '') continue;
    if (text !== '') text += '\n\n';
    if (block.kind === 'heading') headings.push({ start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, headings };
}

/** Splits plain text into blocks at blank lines (or at every line when the text has no blank lines). */
export function splitParagraphs(text: string): Block[] {
  const clean = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t]*\n/.test(clean) ? clean.split(/\n[ \t]*\n+/) : clean.split('\n');
  return parts.map((p) => normalizeSpace(p)).filter((p) => p !== '').map((p) => ({ kind: 'paragraph' as const, text: p }));
}
