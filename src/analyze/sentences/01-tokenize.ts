/** Tokenizes a text with wink-nlp once, keeping every token's UTF-16 offsets into the original text. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token with its place in the text and its part of speech (Universal POS tags from wink-nlp). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  pos: string;
  /** wink-nlp's token type: `word`, `number`, `punctuation`, `tabCRLF`, `currency`, `symbol` … */
  type: string;
}

/** A tokenized text: tokens plus wink-nlp's own sentence ranges as [first, last] token indexes (inclusive). */
export interface TokenizedText {
  tokens: Token[];
  winkSentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

/** The wink-nlp instance (built once: loading the model costs ~100 ms). Only the pipes we read are run. */
export function nlpInstance(): Nlp {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

/** Runs wink-nlp on `text` and maps each token to its offsets ("didn't" → "did" + "n't", spaces between tokens skipped). */
export function tokenize(text: string): TokenizedText {
  const nlp = nlpInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    // wink-nlp is lossless, but guard against a token that does not sit where the spaces say.
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at);
      if (found >= 0) at = found;
    }
    tokens[i] = { start: at, end: at + value.length, text: value, lower: value.toLowerCase(), pos: pos[i]!, type: types[i]! };
    at += value.length;
  }
  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, winkSentences };
}
