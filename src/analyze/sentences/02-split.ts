/** Splits tokens into sentences: wink-nlp's boundaries, plus every line break, minus false stops after abbreviations. */
import type { Token, TokenizedText } from './01-tokenize.js';
import { INITIALISM, NON_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon/abbreviations.js';

/** A sentence as a token range [first, last) plus its character span. */
export interface SentenceRange {
  start: number;
  end: number;
  first: number;
  last: number;
  heading: boolean;
}

/** True for tokens that are only white space (wink-nlp emits line breaks as `tabCRLF` tokens). */
export function isSpaceToken(token: Token): boolean {
  return token.type === 'tabCRLF' || token.pos === 'SPACE';
}

/** True when a sentence ending in `last` must continue into `next` ("Jan. 5", "the U.S. military"). */
function continuesAfter(last: Token, next: Token): boolean {
  if (NON_FINAL_ABBREVIATIONS.has(last.lower)) return true;
  if (!INITIALISM.test(last.text)) return false;
  const first = next.text[0] ?? '';
  return first.toLowerCase() === first || !SENTENCE_STARTERS.has(next.lower);
}

/** Builds sentence ranges (headings not yet marked) from a tokenized text. */
export function splitSentences(tokenized: TokenizedText): SentenceRange[] {
  const { tokens, winkSentences } = tokenized;
  const starts = new Uint8Array(tokens.length + 1);
  for (const [first] of winkSentences) starts[first] = 1;
  const out: SentenceRange[] = [];
  let first = -1;
  let lastWord = -1;
  const close = () => {
    if (first >= 0) out.push({ start: tokens[first]!.start, end: tokens[lastWord]!.end, first, last: lastWord + 1, heading: false });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSpaceToken(token)) {
      if (token.text.includes('\n')) close();
      continue;
    }
    if (first >= 0 && starts[i] && !continuesAfter(tokens[lastWord]!, token)) close();
    if (first < 0) first = i;
    lastWord = i;
  }
  close();
  return out;
}
