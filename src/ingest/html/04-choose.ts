/** Chooses the body: Readability's blocks, the JSON-LD `articleBody`, or a paragraph-density fallback. */
import type { Block } from '../types.js';
import { splitParagraphs } from '../blocks.js';
import { textOf, type DomDocument, type DomElement } from './dom.js';
import { elementToBlocks } from './03-blocks.js';

/** Characters of text in a list of blocks. */
export function blockLength(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

/** Blocks from a JSON-LD articleBody (plain text, or HTML in some CMSs). */
export function blocksFromArticleBody(body: string): Block[] {
  const text = /<\/?(?:p|br|div)\b/i.test(body) ? body.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|h\d|li)>/gi, '\n\n').replace(/<[^>]+>/g, '') : body;
  return splitParagraphs(text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

/** The element whose direct `<p>` children hold the most text: a fallback when Readability finds nothing. */
export function densestContainer(document: DomDocument): DomElement | null {
  const scores = new Map<DomElement, number>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const parent = p.parentElement;
    const length = textOf(p).length;
    if (parent && length >= 40) scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

/** Which source the body came from, for diagnostics and evaluation. */
export type BodySource = 'readability' | 'json-ld' | 'density' | 'none';

/**
 * Picks the body. JSON-LD `articleBody` wins when Readability found much less than it (a page split into
 * teasers, or a script-rendered body); the density fallback serves when both are missing.
 */
export function chooseBody(readability: Block[] | null, articleBody: string | null, fallback: () => DomElement | null): { blocks: Block[]; from: BodySource } {
  const ld = articleBody ? blocksFromArticleBody(articleBody) : [];
  const ldLength = blockLength(ld);
  const rdLength = readability ? blockLength(readability) : 0;
  if (ldLength >= 200 && rdLength < ldLength * 0.6) return { blocks: ld, from: 'json-ld' };
  if (readability && rdLength >= 140) return { blocks: readability, from: 'readability' };
  if (ldLength > rdLength) return { blocks: ld, from: 'json-ld' };
  const container = fallback();
  const dense = container ? elementToBlocks(container) : [];
  if (blockLength(dense) > rdLength) return { blocks: dense, from: 'density' };
  return readability && rdLength > 0 ? { blocks: readability, from: 'readability' } : { blocks: [], from: 'none' };
}
