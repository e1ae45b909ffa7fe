/** Splits tokens into sentences: wink-nlp's boundaries, plus every line break, minus false stops after abbreviations. */
import type { Token, TokenizedText } from './01-tokenize.js';
import { INITIALISM, NON_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, SPEECH_AFTER_QUOTE } from './lexicon/abbreviations.js';

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

/**
 * True when a sentence ending in `last` must continue into `next` ("Jan. 5", "the U.S. military"); `before` is the
 * token before `last`, for capitalised abbreviations wink-nlp splits from their period ("Rev" + "." before a name).
 */
function continuesAfter(last: Token, next: Token, before: Token | undefined): boolean {
  if (NON_FINAL_ABBREVIATIONS.has(last.lower)) return true;
  if (last.text === '.' && before !== undefined && before.end === last.start && /^\p{Lu}/u.test(before.text)
    && NON_FINAL_ABBREVIATIONS.has(`${before.lower}.`) && !SENTENCE_STARTERS.has(next.lower)) return true; // not "… Claire, Wis. And …"
  if (/^\p{Ll}/u.test(next.text) && last.text !== '.' && next.type === 'word') return true; // "(D-Mo.) said": no sentence starts in lower case
  if (!INITIALISM.test(last.text)) return false;
  const first = next.text[0] ?? '';
  return first.toLowerCase() === first || !SENTENCE_STARTERS.has(next.lower);
}

/** Tokens that close a quotation. */
const CLOSING_QUOTE = new Set(['”', '"', "'", "''", '»']);

/** True when a closing quote is followed by a short speech tag on the same line ("?” Clinton said."). */
function speechTagFollows(tokens: Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 8); k++) {
    const t = tokens[k]!;
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '“') return false;
    if (SPEECH_AFTER_QUOTE.has(t.lower)) return true;
  }
  return false;
}

/** Builds sentence ranges (headings not yet marked) from a tokenized text. */
export function splitSentences(tokenized: TokenizedText): SentenceRange[] {
  const { tokens, winkSentences } = tokenized;
  const starts = new Uint8Array(tokens.length + 1);
  for (const [first] of winkSentences) starts[first] = 1;
  const out: SentenceRange[] = [];
  let first = -1;
  let lastWord = -1;
  let open = 0;
  let openedAt = 0;
  const close = () => {
    open = 0;
    if (first >= 0) out.push({ start: tokens[first]!.start, end: tokens[lastWord]!.end, first, last: lastWord + 1, heading: false });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSpaceToken(token)) {
      if (token.text.includes('\n')) close();
      continue;
    }
    const closing = CLOSING_QUOTE.has(tokens[lastWord]?.text ?? '');
    let tagged = false;
    let fullStop = false;
    let stopInQuote = false;
    if (closing) {
      tagged = speechTagFollows(tokens, i);
      // "… policy.'' The network said": a stop inside closing quote marks ends the sentence.
      const inside = (tokens[lastWord - 1]?.text ?? '') + (tokens[lastWord - 2]?.text ?? '');
      const upper = /^\p{Lu}/u.test(token.text);
      // A period inside the marks always ends the sentence ("… change.” She adds"); "?” Clinton said." does not.
      fullStop = /\./u.test(inside) && upper;
      stopInQuote = /[?!]/u.test(inside) && upper && !tagged;
    }
    // "Sen. Ann Lee (D-Mo.) said": never end a sentence inside parentheses.
    if (open > 0 && i - openedAt > 15) open = 0; // an unclosed "(" does not swallow the paragraph
    if (first >= 0 && open > 0 && token.text !== '(') { lastWord = i; if (token.text === ')') open--; continue; }
    if (first >= 0 && (fullStop || ((starts[i] || stopInQuote) && !continuesAfter(tokens[lastWord]!, token, tokens[lastWord - 1]) && !tagged))) close();
    if (first < 0) first = i;
    if (token.text === '(') { open++; openedAt = i; }
    else if (token.text === ')' && open > 0) open--;
    lastWord = i;
  }
  close();
  return out;
}
