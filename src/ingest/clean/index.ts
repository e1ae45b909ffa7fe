/** Boilerplate cleanup: ordered rules over an article's blocks; each removal is reported as a diagnostic. */
import { diagnostic, type Diagnostic } from '../../core/index.js';
import type { Block } from '../types.js';
import type { CleanRule } from './rule.js';
import { advertisement } from './01-advertisement.js';
import { alsoRead } from './02-also-read.js';
import { newsletter } from './03-newsletter.js';
import { share } from './04-share.js';
import { photoCredit } from './05-photo-credit.js';
import { biography } from './06-biography.js';
import { metaLines } from './07-meta-lines.js';

export type { CleanRule } from './rule.js';
export { isAdLine } from './01-advertisement.js';
export { isAlsoRead } from './02-also-read.js';
export { isPromo } from './03-newsletter.js';
export { isSharePrompt } from './04-share.js';
export { isPhotoCredit } from './05-photo-credit.js';
export { isBiography } from './06-biography.js';
export { isMetaLine } from './07-meta-lines.js';

/** Every cleanup rule, in the order they run. */
export const CLEAN_RULES: readonly CleanRule[] = [advertisement, alsoRead, newsletter, share, photoCredit, metaLines, biography];

/** Number of lines in all blocks (a rule may remove lines inside a block rather than whole blocks). */
function lineCount(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) for (let at = b.text.indexOf('\n'); at >= 0; at = b.text.indexOf('\n', at + 1)) n++;
  return n + blocks.length;
}

/** Runs the rules over blocks; returns what is kept and one `boilerplate-removed` diagnostic per rule that fired. */
export function cleanBlocks(blocks: Block[], where: { source?: string; article?: string } = {}): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let current = blocks.filter((b) => b.text.trim() !== '');
  for (const rule of CLEAN_RULES) {
    const before = current.length;
    const lines = lineCount(current);
    current = rule.apply(current).filter((b) => b.text.trim() !== '');
    const removed = Math.max(before - current.length, lines - lineCount(current));
    if (removed > 0) {
      diagnostics.push(diagnostic('info', 'boilerplate-removed', `removed ${removed} × ${rule.removes} (${rule.name})`, where));
    }
  }
  return { blocks: current, diagnostics };
}
