/** Removes newsletter, subscription and app boxes: "Sign up for our morning newsletter", "Get X delivered …". */
import { PROMO_PATTERNS } from './lexicon/boilerplate.js';
import { wordCount, type CleanRule } from './rule.js';

/** Longest block (words) treated as a promotion box; news paragraphs about subscriptions are longer. */
const MAX_WORDS = 40;

/** True for a short promotional block ("Subscribe now for unlimited access"). */
export function isPromo(text: string): boolean {
  if (text.length > MAX_WORDS * 12 || wordCount(text, MAX_WORDS) > MAX_WORDS) return false;
  const hits = PROMO_PATTERNS.filter((p) => p.test(text)).length;
  // "He said he would subscribe" is news; a promo is short and imperative, or hits two phrases.
  return hits >= 2 || (hits === 1 && (wordCount(text, 16) <= 16 || /^(?:sign|subscribe|get|click|download|join|support|become|register)\b/i.test(text)));
}

/** Drops promotion blocks. */
export const newsletter: CleanRule = {
  name: 'newsletter',
  removes: 'newsletter and subscription boxes',
  apply: (blocks) => blocks.filter((b) => !isPromo(b.text)),
};
