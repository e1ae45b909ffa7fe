/** The shape of a cleanup rule: a named filter over the blocks of one article. */
import type { Block } from '../types.js';

/** One cleanup rule; `apply` returns the blocks it keeps (and may rewrite a block's text). */
export interface CleanRule {
  /** Stable id used in diagnostics ("advertisement", "biography"). */
  name: string;
  /** What the rule removes, for the diagnostic's reason. */
  removes: string;
  apply(blocks: Block[]): Block[];
}

/** Lower-cases and strips punctuation at both ends: "– Advertisement –" → "advertisement". */
export function bare(text: string): string {
  return text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').replace(/\s+/g, ' ');
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
