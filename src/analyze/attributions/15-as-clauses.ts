/** "As" clauses that credit words: "…, as a harbour memo put it." and "As Lind put it, …" (the source sits between "as" and the cue). */
import type { Token } from '../sentences/index.js';
import { isQuoteMark, type Cue } from './02-cues.js';
import { contentBefore, hasVerb, type Scope } from './04-content.js';
import type { Range } from './03-phrases.js';
import type { RawAttribution } from './05-attribute.js';

/** The longest source read between "as" and "put it": keeps the look-back constant per token. */
const MAX_SOURCE = 8;
/** The most tokens a sentence may run on after a trailing "as X said" ("in a statement on Monday."). */
const MAX_TAIL = 12;

/** True when "put it" at `at` closes "as <source> put it" ("as Lind put it"), the idiom for quoting someone's words. */
export function isAsPutIt(tokens: Token[], at: number, floor: number): boolean {
  const lower = tokens[at]!.lower; // runs on every word token: compared, not matched with a regex
  if ((lower !== 'put' && lower !== 'puts') || tokens[at + 1]?.lower !== 'it') return false;
  for (let k = at - 1; k >= Math.max(floor, at - MAX_SOURCE); k--) {
    if (tokens[k]!.lower === 'as') return k < at - 1;
    if ((tokens[k]!.type !== 'word' && tokens[k]!.text !== '.') || tokens[k]!.pos === 'VERB') return false; // "as Ms. Lind put it"
  }
  return false;
}

/** "…, as X said." at a sentence end: the clause before the comma is X's words; null for any other shape. */
export function trailingAs(scope: Scope, cue: Cue, source: Range | null, end: number): RawAttribution | null {
  const { tokens, sentence } = scope;
  if (!source || tokens[source.first - 1]?.lower !== 'as') return null;
  // The comma may sit inside a closing quotation mark: "…,” as X said."
  const comma = tokens[source.first - 2]?.text === ',' ? source.first - 2 : isQuoteMark(tokens[source.first - 2]) && tokens[source.first - 3]?.text === ',' ? source.first - 3 : -1;
  if (comma < 0) return null;
  if (end - cue.last > MAX_TAIL) return null; // more than a short adverbial follows
  for (let k = cue.last; k < end; k++) if (tokens[k]!.text === ',' || hasVerb(tokens, k, k + 1)) return null; // more clauses follow
  const content = contentBefore(scope, sentence.first, comma);
  return content ? { cue, source, content: [content], venueRange: null, tail: end } : null;
}
