/** Reads a plain-text article: headline, dateline, paragraphs and section headings. */
import type { Extracted } from '../types.js';
import { splitParagraphs } from '../blocks.js';
import { splitHeadline } from './01-headline.js';
import { splitDateline } from './02-dateline.js';
import { markHeadings } from './03-headings.js';

export { splitHeadline } from './01-headline.js';
export { splitDateline } from './02-dateline.js';
export { looksLikeHeading, markHeadings } from './03-headings.js';

/** Turns plain text into blocks and metadata (title from a headline line, dateline stripped from the body). */
export function readPlainText(raw: string, options: { title?: string | null } = {}): Extracted {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const headline = options.title ? null : splitHeadline(text.replace(/^\s*\n/, ''));
  const blocks = splitParagraphs(headline ? headline.rest : text);
  let dateline: string | null = null;
  const first = blocks[0];
  if (first !== undefined) {
    const split = splitDateline(first.text);
    if (split) {
      dateline = split.dateline;
      blocks[0] = { ...first, text: split.rest };
    }
  }
  return { blocks: markHeadings(blocks), meta: { title: options.title ?? headline?.title ?? null, dateline }, diagnostics: [] };
}
