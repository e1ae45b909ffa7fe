/** Removes the reporter's biography at the end: "Sofia X is a journalist with over five years of experience …". */
import { BIO_PROFESSIONS } from './lexicon/boilerplate.js';
import type { CleanRule } from './rule.js';
import type { Block } from '../types.js';

const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]+\\s){1,4}";
const PROFESSION = `(?:${BIO_PROFESSIONS.join('|')})`;
/** "Jane Doe is a senior journalist …", "John Roe has been a correspondent …". */
const IS_A = new RegExp(`^${NAME}(?:is|has been|was|works as|serves as)\\s(?:an?|the)\\s(?:[\\p{L}-]+,?\\s){0,6}${PROFESSION}s?\\b`, 'u');
/** "(The author is a former diplomat.)", "The writer is …". */
const THE_AUTHOR = /^[([]?\s*the (?:author|writer|columnist|reporter)s? (?:is|are|was|has)\b/i;
/** "… with over five years of experience covering politics". */
const EXPERIENCE = /\bwith (?:over |more than |nearly |almost |about |some )?[\w-]+ (?:years?|decades?) of (?:experience|reporting)\b/i;
/** "Jane Doe covers politics for …", "Jane Doe writes about climate …". */
const COVERS = new RegExp(`^${NAME}(?:covers|writes about|reports on|reports for|writes for)\\b`, 'u');

/** How many blocks at the end are searched for a biography. */
const TAIL = 3;

/** True for a block that reads as a reporter's biography. */
export function isBiography(text: string): boolean {
  // News about a reporter quotes or reports ("… is a reporter who was detained, her lawyer said"); a biography does not.
  if (text.length > 1200 || /["“”]|\b(?:said|says|told|according to)\b/i.test(text)) return false;
  return IS_A.test(text) || THE_AUTHOR.test(text) || COVERS.test(text) || (EXPERIENCE.test(text) && text.length < 600);
}

/** Drops a biography among the last blocks, and what follows it. */
export const biography: CleanRule = {
  name: 'biography',
  removes: "the reporter's biography",
  apply(blocks: Block[]) {
    for (let i = Math.max(0, blocks.length - TAIL); i < blocks.length; i++) {
      if (blocks[i]!.kind !== 'heading' && isBiography(blocks[i]!.text)) return blocks.slice(0, i);
    }
    return blocks;
  },
};
