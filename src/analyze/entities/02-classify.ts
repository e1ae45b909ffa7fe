/** Decides what a candidate names (person, organisation, place, other) from lexicons, titles and context. */
import type { EntityKind } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import type { Candidate } from './01-candidates.js';
import { AGENCIES, INSTITUTIONS, ORGANIZATION_WORDS } from './lexicon/organizations.js';
import { PLACES, PLACE_WORDS } from './lexicon/places.js';

/** A kind, or `unknown` for a lone word that only the rest of the article can settle ("Peskov"). */
export type Guess = EntityKind | 'unknown';

/** Words after which a lone unknown name is a place ("in Kherson", "from Lviv"). */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'across', 'outside', 'inside']);

/** True when the candidate names a news agency or outlet ("TASS", "Russia Today"). */
export function isAgency(name: string): boolean {
  return AGENCIES.has(name.toLowerCase());
}

/** `lower` without a final "'s" or "’s" (`replace(/[’']s$/u, '')`, but no regex run for names without one). */
function withoutPossessive(lower: string): string {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 115 /* s */) return lower;
  const mark = lower[n - 2];
  return mark === '’' || mark === "'" ? lower.slice(0, n - 2) : lower;
}

/** True when every token in [first, last) is a proper noun. */
function allProper(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return true;
}

/** Guesses the kind of one candidate; context words settle lone names ("in Kherson" → place). */
export function classify(candidate: Candidate, tokens: Token[]): Guess {
  const lower = withoutPossessive(candidate.name.toLowerCase());
  if (AGENCIES.has(lower) || INSTITUTIONS.has(lower)) return 'organization';
  if (PLACES.has(lower)) return 'place';
  if (candidate.titled) return 'person';
  const words = lower.split(/\s+/u);
  const head = words[words.length - 1]!;
  if (words.length > 2 && ORGANIZATION_WORDS.has(words[0]!) && words[1] === 'of') return 'organization'; // "Ministry of Foreign Affairs"
  if (ORGANIZATION_WORDS.has(head) || words.some((w) => INSTITUTIONS.has(w) && words.length > 1 && ORGANIZATION_WORDS.has(head))) return 'organization';
  if (PLACE_WORDS.has(head)) return 'place';
  const size = candidate.last - candidate.first;
  if (size >= 2 && size <= 4 && allProper(tokens, candidate.first, candidate.last) && !PLACES.has(head) && !words.some((w) => AGENCIES.has(w))) return 'person';
  const before = tokens[candidate.first - 1];
  if (size === 1 && before && PLACE_PREPOSITIONS.has(before.lower)) return 'place';
  return size === 1 ? 'unknown' : 'other';
}

/** True for a name found in the place, agency or institution lexicons. */
export function isKnownName(name: string): boolean {
  const lower = name.toLowerCase();
  return PLACES.has(lower) || AGENCIES.has(lower) || INSTITUTIONS.has(lower);
}
