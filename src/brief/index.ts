/** The brief: Story → cited sentences; Markdown and HTML renderers; ROUGE and the baselines it is measured against. */
// The brief step and what surrounds it.
export { buildBrief } from './build-brief.js';
export type { BriefOptions } from './build-brief.js';
export { createBriefMemo } from './select/cache.js';
export type { BriefMemo } from './select/cache.js';
export { digestStory } from './digest.js';
export type { StoryDigest, OutletCoverage, KeyPerson, DigestClaim } from './digest.js';
// Renderers.
export { renderMarkdown } from './render/markdown.js';
export { renderHtml } from './render/html.js';
export { escapeHtml, escapeMarkdown } from './render/escape.js';
// The optional abstractive pass (off unless a model server URL is given).
export { rephraseBrief } from './abstractive/03-rephrase.js';
export type { AbstractiveResult } from './abstractive/03-rephrase.js';
export type { AbstractiveOptions } from './abstractive/01-request.js';
export { unsupported } from './abstractive/02-support.js';
// Measuring: ROUGE, tokenisation, baselines.
export { rouge, rougeMulti, rougeN, rougeL, lcsLength } from './text/rouge.js';
export type { RougeScore, RougeScores } from './text/rouge.js';
export { rougeTokens, splitSentences, wordCount } from './text/tokenize.js';
export { porterStem } from './text/porter-stemmer.js';
export { leadBaseline, truncateToWords, baselineSentences } from './baselines/lead.js';
export { lexRankBaseline, lexRankScores } from './baselines/lexrank.js';
export type { LexRankOptions } from './baselines/lexrank.js';
