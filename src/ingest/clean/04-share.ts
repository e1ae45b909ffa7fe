/** Removes share and follow prompts: "Share this article", "Follow us on X", "Facebook Twitter WhatsApp". */
import { SHARE_PATTERNS, SHARE_WORDS } from './lexicon/boilerplate.js';
import { bare, type CleanRule } from './rule.js';

/** True for a block made only of share-button words ("Whatsapp Facebook Pinterest"). */
function isShareBar(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|•·,/]+/).map((w) => w.replace(/^\W+|\W+$/g, '')).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w))
    && words.some((w) => !/^\d+$/.test(w));
}

/** True for a share or follow prompt. */
export function isSharePrompt(text: string): boolean {
  if (text.length > 300) return false;
  const plain = bare(text);
  // A follow prompt may run on ("Follow @Deals on X to keep up with the latest …"); other prompts are short.
  if (text.length > 200) return /^follow @?[\w.]+ on /i.test(plain);
  return isShareBar(text) || SHARE_PATTERNS.some((p) => p.test(plain));
}

/** Drops share and follow prompts. */
export const share: CleanRule = {
  name: 'share',
  removes: 'share and follow prompts',
  apply: (blocks) => blocks.filter((b) => !isSharePrompt(b.text)),
};
