/** Nominal cues: a claim noun with its owner and a "that" clause ("Ruiz’s claim that …", "a Harbour Post report that …"). */
import type { Token } from '../sentences/index.js';
import type { Cue } from './02-cues.js';
import { contentAfter, type Scope } from './04-content.js';
import type { Range } from './03-phrases.js';
import type { RawAttribution } from './05-attribute.js';
import { CLAIM_NOUNS } from './lexicon/stance.js';
import { subordinateEnd } from './14-clause-ends.js';

const POSSESSIVE = /^(?:'s|’s|'|’)$/u;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** The longest owner name read back from the noun: keeps the look-back constant per noun. */
const MAX_OWNER = 6;

/** The owner of a claim noun at `at`: "Ruiz’s", "his", or a name used as a modifier ("a Harbour Post"), or null. */
export function claimOwner(tokens: Token[], at: number, floor: number): Range | null {
  const before = tokens[at - 1];
  if (!before || at - 1 < floor) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) return { first: at - 1, last: at };
  const end = POSSESSIVE.test(before.text) ? at - 1 : at;
  let k = end;
  while (k - 1 >= floor && end - k < MAX_OWNER && tokens[k - 1]!.pos === 'PROPN') k--;
  if (k === end) return null;
  if (k - 1 >= floor && tokens[k - 1]!.pos === 'DET' && end === at) k--; // "a Harbour Post report": PolNeAR keeps the article
  return { first: k, last: at };
}

/** True when token `at` is a claim noun with an owner before it and "that" right after it. */
export function isNominalCue(tokens: Token[], at: number, floor: number): boolean {
  const t = tokens[at]!;
  return t.pos === 'NOUN' && CLAIM_NOUNS.has(t.lower) && tokens[at + 1]?.lower === 'that' && claimOwner(tokens, at, floor) !== null;
}

/** Attributes a nominal cue: the owner says, the "that" clause is said. */
export function attributeNominal(scope: Scope, cue: Cue, end: number): RawAttribution | null {
  const source = claimOwner(scope.tokens, cue.first, scope.sentence.first);
  const content = contentAfter(scope, cue.last, subordinateEnd(scope, source, cue.first, cue.last, end));
  return source && content ? { cue, source, content: [content], venueRange: null, tail: end } : null;
}
