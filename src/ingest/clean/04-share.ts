/** Removes share and follow prompts: "Share this article", "Follow us on X", "Facebook Twitter WhatsApp". */
import { SHARE_PATTERNS, SHARE_WORDS } from './lexicon/boilerplate.js';
import { bare, type CleanRule } from './rule.js';

const SEPARATORS = /[\s|•·,/]+/g;
const EDGE_NON_WORD = /^\W+|\W+$/g;
const DIGITS = /^\d+$/;

/** True for one word of a share bar: a share word or a number (lower-cased, \W stripped at both ends). */
function shareBarWord(piece: string): 'share' | 'number' | 'empty' | null {
  const word = piece.toLowerCase().replace(EDGE_NON_WORD, '');
  if (word === '') return 'empty';
  if (DIGITS.test(word)) return 'number';
  return SHARE_WORDS.has(word) ? 'share' : null;
}

/**
 * True for a block made only of share-button words ("Whatsapp Facebook Pinterest"): one to twelve words between
 * separators, each a share word or a number, at least one not a number. Reads one piece at a time and stops at the
 * first other word, so prose costs one word, not a lower-cased copy and a split of the block. (Lower-casing a piece
 * alone equals lower-casing it in the block: only a final sigma depends on its neighbours, and it is stripped as \W.)
 */
function isShareBar(text: string): boolean {
  let words = 0;
  let named = false;
  let from = 0;
  while (from <= text.length) {
    SEPARATORS.lastIndex = from;
    const separator = SEPARATORS.exec(text);
    const end = separator ? separator.index : text.length;
    const kind = shareBarWord(text.slice(from, end));
    if (kind === null) return false;
    if (kind !== 'empty') {
      named ||= kind === 'share';
      if (++words > 12) return false;
    }
    if (!separator) break;
    from = end + separator[0].length;
  }
  return words > 0 && named;
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
