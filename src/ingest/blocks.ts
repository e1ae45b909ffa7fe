/** Joins blocks into an article's text: paragraphs separated by a blank line, headings on their own line. */
import type { Span } from '../core/index.js';
import type { Block } from './types.js';

/** Collapses runs of spaces and tabs, trims, and drops zero-width characters. */
export function normalizeSpace(text: string): string {
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
