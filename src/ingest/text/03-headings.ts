/** Section headings in plain text: a short line standing alone between paragraphs ("Abu Dhabi talks resume"). */
import type { Block } from '../types.js';

/** Longest heading (characters). */
const MAX_HEADING = 90;

/** True for a paragraph that reads as a section heading: short, one line, no closing punctuation, capitalised. */
export function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING || text.includes('\n')) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 14) return false;
  if (/[.,;!?"”’)]$/.test(text) || /[:]$/.test(text) && words.length > 8) return false;
  return /^[\p{Lu}\p{N}"“‘]/u.test(text);
}

/** Marks heading-like paragraphs as headings, when a longer paragraph follows them. */
export function markHeadings(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || next === undefined || next.text.length < block.text.length * 2) return block;
    return looksLikeHeading(block.text) ? { ...block, kind: 'heading' as const } : block;
  });
}
