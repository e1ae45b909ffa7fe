/** Cross-source alignment of one story: entities joined, quotes merged, facts with statuses and conflicts, lineage. */
export { alignStory } from './align-story.js';
export type { StoryAlignment, AlignInput } from './align-story.js';
export { DEFAULT_ALIGN_OPTIONS } from './types.js';
export { EXACT_FACT_SIZE } from './04-facts.js';
export type { AlignOptions } from './types.js';
export { rewriteMarks, unquotedText } from './07-lineage.js';
export { isBoilerplate } from './02-statements.js';
export { createAlignMemo, DEFAULT_MEMO_PAIRS } from './cache.js';
export type { AlignMemo } from './cache.js';
