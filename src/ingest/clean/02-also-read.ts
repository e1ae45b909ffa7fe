/** Removes "read this too" teasers: "Also read: …", "READ MORE | …", "Related: …". */
import { ALSO_READ_LEADS } from './lexicon/boilerplate.js';
import { bare, type CleanRule } from './rule.js';

const LEADS = ALSO_READ_LEADS.map((l) => l.replace(/'/g, "['’]")).sort((a, b) => b.length - a.length);
/** A lead followed by a separator: "Also read: Kremlin …", "READ MORE | …", "ALSO READ — …". */
const LEAD = new RegExp(`^\\W*(?:${LEADS.join('|')})\\s*(?:[:|>»\\-–—]|\\.{3}|…)`, 'i');
/** An all-caps lead without separator: "ALSO READ Kremlin says …". */
const CAPS_LEAD = /^(?:ALSO READ|READ ALSO|READ MORE|SEE ALSO|MUST READ|ALSO SEE|RELATED)\b/;
const EXACT = new Set(ALSO_READ_LEADS);

/** Longest teaser kept as a teaser (characters); a longer block is a real paragraph. */
const MAX_TEASER = 300;

/** True for a teaser line. */
export function isAlsoRead(text: string): boolean {
  if (text.length > MAX_TEASER) return false;
  if (text.length <= 40 && EXACT.has(bare(text))) return true;
  return text.length <= MAX_TEASER && (LEAD.test(text) || CAPS_LEAD.test(text));
}

/** Drops teaser blocks and teaser lines within a block. */
export const alsoRead: CleanRule = {
  name: 'also-read',
  removes: '"Also read" teasers',
  apply(blocks) {
    const kept = [];
    for (const block of blocks) {
      if (isAlsoRead(block.text)) continue;
      const lines = block.text.includes('\n') ? block.text.split('\n') : [];
      kept.push(lines.some(isAlsoRead) ? { ...block, text: lines.filter((l) => !isAlsoRead(l)).join('\n') } : block);
    }
    return kept;
  },
};
