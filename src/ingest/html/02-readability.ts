/** Runs Mozilla Readability over the (pruned) linkedom document and returns the article element it chose. */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

/** What Readability found: its content element and its byline, or null when it found no article. */
export interface ReadabilityResult {
  content: DomElement;
  byline: string | null;
}

/** Readability over a document (mutates it); never throws. */
export function runReadability(document: DomDocument, charThreshold = 500): ReadabilityResult | null {
  try {
    const reader = new Readability<DomElement>(document as never, { serializer: (node) => node as unknown as DomElement, charThreshold, disableJSONLD: true });
    const result = reader.parse();
    if (!result?.content) return null;
    return { content: result.content, byline: result.byline ?? null };
  } catch {
    return null;
  }
}

/** Bare Readability over linkedom, as a baseline: the text it returns for a page, or ''. */
export function bareReadabilityText(document: DomDocument): string {
  try {
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}
