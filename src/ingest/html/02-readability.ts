/** Runs Mozilla Readability over the (pruned) linkedom document and returns the article element it chose. */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

/** What Readability found: its content element and its byline, or null when it found no article. */
export interface ReadabilityResult {
  content: DomElement;
  byline: string | null;
}

/** Nesting depth past which Readability is skipped: its scoring is super-linear in depth (400 nested divs ≈ 2 s). */
export const MAX_READABILITY_DEPTH = 200;

/** True when some element of the body nests deeper than `limit`; an iterative walk that stops at the first one. */
export function deeperThan(root: DomElement | null | undefined, limit: number): boolean {
  if (!root) return false;
  const stack: { el: DomElement; depth: number }[] = [{ el: root, depth: 0 }];
  while (stack.length > 0) {
    const { el, depth } = stack.pop()!;
    if (depth > limit) return true;
    const children = el.children;
    for (let i = 0; i < children.length; i++) stack.push({ el: children[i]!, depth: depth + 1 });
  }
  return false;
}

/** Readability over a document (mutates it); never throws. Callers skip it on pages deeper than MAX_READABILITY_DEPTH. */
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
