/** Removes ad-slot markers: "Advertisement", "ADVERTISEMENT", "Story continues below advertisement". */
import { AD_LINES } from './lexicon/boilerplate.js';
import { bare, type CleanRule } from './rule.js';

const AD = new Set(AD_LINES);

/** True for a line that is only an ad marker ("- Advertisement -"). */
export function isAdLine(line: string): boolean {
  return line.length <= 60 && AD.has(bare(line));
}

/** Drops blocks that are ad markers, and ad-marker lines inside a block ("…talks.\nAdvertisement\nThe…"). */
export const advertisement: CleanRule = {
  name: 'advertisement',
  removes: '"Advertisement" lines',
  apply(blocks) {
    const kept = [];
    for (const block of blocks) {
      if (isAdLine(block.text)) continue;
      const lines = block.text.includes('\n') ? block.text.split('\n') : [];
      kept.push(lines.some(isAdLine) ? { ...block, text: lines.filter((l) => !isAdLine(l)).join('\n') } : block);
    }
    return kept;
  },
};
