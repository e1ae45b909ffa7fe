/** Sentences and tokens of one article, from wink-nlp with our own line-break and abbreviation rules. */
import type { Article } from '../../core/index.js';
import { tokenize } from './01-tokenize.js';
import { splitSentences, type SentenceRange } from './02-split.js';
import { markHeadings } from './03-headings.js';

export type { Token, TokenizedText } from './01-tokenize.js';
export { tokenize, nlpInstance } from './01-tokenize.js';
export type { SentenceRange } from './02-split.js';
export { splitSentences, isSpaceToken } from './02-split.js';
export { markHeadings, titleLine } from './03-headings.js';

/** Tokens and sentences (with headings marked) of one article. */
export function readSentences(article: Pick<Article, 'text' | 'title' | 'headings'>): { tokens: import('./01-tokenize.js').Token[]; sentences: SentenceRange[] } {
  const tokenized = tokenize(article.text);
  const sentences = splitSentences(tokenized);
  markHeadings(sentences, article);
  return { tokens: tokenized.tokens, sentences };
}
