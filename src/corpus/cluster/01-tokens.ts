/** Splits text into word tokens, marking those that open a sentence ("Police said…": "Police" is not a name). */

/** One word of the text. */
export interface Token {
  text: string;
  /** True when the token opens a sentence, a line or the text, so its capital says nothing. */
  initial: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,\-&][\p{L}\p{N}]+)*/gu;
/** A gap that closes a sentence (". ", "?\n", a line break) or opens a quotation ("said, “We…"). */
const OPENS_SENTENCE = /[.!?\n]|["“‘`]\s*$/u;

/** Tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const at = match.index ?? 0;
    const initial = out.length === 0 || OPENS_SENTENCE.test(text.slice(last, at));
    out.push({ text: match[0], initial });
    last = at + match[0].length;
  }
  return out;
}

/** True when a word starts with a capital letter ("Reid", "NATO"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when most words of a line are capitalised (a Title Case Headline), so capitals do not mark names. */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => isCapitalised(t.text)).length / words.length > 0.7;
}

/** A light English stem: "earthquakes" → "earthquak", "killed" → "kill", so inflections share a feature. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
