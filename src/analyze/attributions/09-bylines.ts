/** Speaker tags without a verb: transcripts ("PENCE: Well, look …") and quotes signed with a dash ("“…” ― Ana Ruiz"). */
import type { SentenceRange, Token } from '../sentences/index.js';
import { isQuoteMark } from './02-cues.js';
import type { Range } from './03-phrases.js';
import type { Quotation } from './01-quote-marks.js';
import type { RawAttribution } from './05-attribute.js';

/** Dash tokens that sign a quote (a Set: tested on every token of every sentence). */
const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '--']);
const CAPITAL = /^\p{Lu}/u;

/** A run of up to four capitalised words from `at` (a name), or null. */
function nameAt(tokens: Token[], at: number, limit: number): Range | null {
  let k = at;
  while (k < limit && k < at + 4 && tokens[k]!.type === 'word' && (CAPITAL.test(tokens[k]!.text) || tokens[k]!.text === '.')) k++;
  return k > at ? { first: at, last: k } : null;
}

/** "PENCE: Well, look …" at the start of a paragraph: the speaker is the capitalised tag, the cue the colon. */
function transcriptLine(text: string, tokens: Token[], sentence: SentenceRange): RawAttribution | null {
  let at = sentence.first;
  if (isQuoteMark(tokens[at])) at++;
  if (at >= sentence.last) return null;
  // Only spaces and quote marks back to the line start (scanned backwards: a one-line text must not cost O(n) per sentence).
  for (let k = tokens[at]!.start - 1; k >= 0 && text[k] !== '\n'; k--) if (!/[\s"“']/u.test(text[k]!)) return null;
  const name = nameAt(tokens, at, sentence.last);
  if (!name || name.last - name.first > 3 || tokens[name.last]?.text !== ':') return null;
  const upper = tokens.slice(name.first, name.last).every((t) => t.text === t.text.toUpperCase() && t.text.length > 1);
  // "PENCE: Well, …" (a transcript) or "Trump: “…”"; never a dateline such as "New Delhi: Russia said …".
  const headline = sentence.heading && tokens[name.first]!.pos !== 'DET' && at === sentence.first; // "Pence: Flowers Won’t Be at Debate"
  if (!upper && !headline && !isQuoteMark(tokens[name.last + 1])) return null;
  const colon = name.last;
  let end = text.indexOf('\n', tokens[colon]!.end);
  if (end < 0) end = text.length;
  let start = tokens[colon]!.end;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s"”'’]/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { cue: { first: colon, last: colon + 1 }, source: name, content: [{ start, end }], venueRange: null, tail: colon + 1 };
}

/** "“…” ― Sonya Herridge": the quotation just before a dash is the named person's. */
function signedQuote(tokens: Token[], sentence: SentenceRange, quotations: Quotation[], quoteOf: Int32Array): RawAttribution | null {
  for (let k = Math.max(1, sentence.first); k < sentence.last; k++) {
    if (!DASHES.has(tokens[k]!.text) || !isQuoteMark(tokens[k - 1])) continue;
    const q = quoteOf[k - 1]!;
    const name = nameAt(tokens, k + 1, sentence.last);
    if (q < 0 || !name) continue;
    const quote = quotations[q]!;
    return { cue: { first: k, last: k + 1 }, source: name, content: [{ start: quote.innerStart, end: quote.innerEnd }], venueRange: null, tail: name.last };
  }
  return null;
}

/** Verb-less attributions of one sentence (transcript tags and signed quotes), or null. */
export function attributeByline(text: string, tokens: Token[], sentence: SentenceRange, quotations: Quotation[], quoteOf: Int32Array): RawAttribution | null {
  return transcriptLine(text, tokens, sentence) ?? signedQuote(tokens, sentence, quotations, quoteOf);
}
