/** Finds name candidates: runs of capitalised proper-noun tokens, with the titles and role phrases before them. */
import type { SentenceRange, Token } from '../sentences/index.js';
import { CALENDAR, HONORIFICS, ROLE_NOUNS, TITLES } from './lexicon/people.js';
import { ADJECTIVES, PLACES } from './lexicon/places.js';
import { AGENCIES, INSTITUTIONS, ORGANIZATION_WORDS } from './lexicon/organizations.js';

/** A capitalised run that may name an entity, with what precedes it. */
export interface Candidate {
  /** Token range [first, last) of the name itself (titles stripped). */
  first: number;
  last: number;
  start: number;
  end: number;
  name: string;
  /** Titles and role phrases seen with this mention ("Kremlin spokesman", "President"). */
  roles: string[];
  /** A title or honorific stood before the name: it is a person. */
  titled: boolean;
  sentence: number;
  /** Found in a title-case line ("Drone Attacks Undercut Peace Efforts"): kept only if the body confirms it. */
  weak: boolean;
}

const CAPITAL = /^\p{Lu}/u;

/** True when a word starts with a capital letter (ASCII checked by code; other scripts by the regex). */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(word);
}

/** The text of tokens [first, last) with one space where the text has a gap ("Dmitry Peskov", "U.S."). */
function nameText(tokens: Token[], first: number, last: number): string {
  if (last <= first) return '';
  let name = tokens[first]!.text;
  for (let k = first + 1; k < last; k++) name += (tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return name;
}

/** Lower-cased texts of tokens [from, to) joined by single spaces, as multi-word lexicon entries are written (no arrays built). */
function lowerWords(tokens: Token[], from: number, to: number): string {
  let words = from < to ? tokens[from]!.lower : '';
  for (let k = from + 1; k < to; k++) words += ` ${tokens[k]!.lower}`;
  return words;
}

const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'von', 'van', 'du', 'la', 'del', 'and']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB', 'NUM']);

/** Tokens after which a name starts a clause ("“Officials …", "(Reuters …", "— Ana …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', ':', '—', '–', '-']);

/** True for a word token that starts with a capital letter. */
function isCapitalisedWord(token: Token): boolean {
  return token.type === 'word' && startsCapital(token.text);
}

/** True for a capitalised word token that can be part of a name. */
export function isNameToken(token: Token, sentenceStart: boolean): boolean {
  if (!isCapitalisedWord(token) || CALENDAR.has(token.lower)) return false;
  if (HONORIFICS.has(token.lower)) return true;
  if (sentenceStart) return token.pos === 'PROPN' || PLACES.has(token.lower) || AGENCIES.has(token.lower) || INSTITUTIONS.has(token.lower);
  return NAME_POS.has(token.pos) || token.pos === 'ADV';
}

/** The role phrase written before a name ("Kremlin foreign policy aide" before "Yuri Ushakov"), or null. */
function rolePhraseBefore(tokens: Token[], at: number, floor: number): string | null {
  const head = tokens[at - 1];
  if (!head || at - 1 < floor || !ROLE_NOUNS.has(head.lower)) return null;
  let from = at - 1;
  while (from - 1 >= floor && from - 1 > at - 6) {
    const t = tokens[from - 1]!;
    if (t.type !== 'word' || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) break;
    from--;
  }
  return tokens.slice(from, at).map((t) => t.text).join(' ');
}

/** Splits leading titles and honorifics off a run: "Foreign Minister Andrii Sybiha" → roles ["Foreign Minister"]. */
function stripTitles(tokens: Token[], first: number, last: number): number {
  let at = first;
  const whole = lowerWords(tokens, first, last);
  if (PLACES.has(whole) || AGENCIES.has(whole) || INSTITUTIONS.has(whole)) return first;
  if (ORGANIZATION_WORDS.has(tokens[last - 1]!.lower)) return first; // "Russian Foreign Ministry" is one organisation
  while (at < last - 1) {
    const lower = tokens[at]!.lower;
    const place = placeBeforeTitle(tokens, at, last); // "US Secretary of State …", "United States President …"
    if (place > at) at = place;
    else if (HONORIFICS.has(lower) || TITLES.has(lower) || ADJECTIVES.has(lower) || (lower === 'of' && at > first)) at++;
    else break;
  }
  return at;
}

/** When a place name of one to three words starts at `at` and a title follows it, the index of that title; else `at`. */
function placeBeforeTitle(tokens: Token[], at: number, last: number): number {
  for (let n = Math.min(3, last - at - 1); n >= 1; n--) {
    // The title after the place is checked first: it is a cheap look-up and rarely there.
    if (TITLES.has(tokens[at + n]?.lower ?? '') && PLACES.has(lowerWords(tokens, at, at + n))) return at + n;
  }
  return at;
}

/** True when a name is only a title or role ("President", "U.S. Official", "Foreign Minister"): a role mention, not a name. */
export function isRoleOnly(tokens: Token[], first: number, last: number): boolean {
  if (!ROLE_NOUNS.has(tokens[last - 1]!.lower)) return false;
  for (let k = first; k < last - 1; k++) {
    const lower = tokens[k]!.lower;
    if (!TITLES.has(lower) && !ROLE_NOUNS.has(lower) && !ADJECTIVES.has(lower) && !PLACES.has(lower) && lower !== 'of') return false;
  }
  return true;
}

/** True when a capitalised run only qualifies a role before a name ("Kremlin Foreign Policy aide Yuri Ushakov"). */
function rolePremodifier(tokens: Token[], first: number, last: number, end: number): boolean {
  const role = tokens[last];
  const name = tokens[last + 1];
  if (!role || !name || last + 1 >= end || !ROLE_NOUNS.has(role.text) || !CAPITAL.test(name.text) || name.type !== 'word') return false;
  const whole = lowerWords(tokens, first, last);
  return !PLACES.has(whole) && !AGENCIES.has(whole) && !INSTITUTIONS.has(whole) && !ORGANIZATION_WORDS.has(tokens[last - 1]!.lower);
}

/** Lists name candidates of every sentence, in text order. */
export function findCandidates(tokens: Token[], sentences: SentenceRange[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const weak = isTitleCase(tokens, sentence);
    let i = sentence.first;
    while (i < sentence.last) {
      // Most tokens are not capitalised words: rule them out before looking at what precedes them.
      if (!isCapitalisedWord(tokens[i]!)) { i++; continue; }
      const startOfClause = i === sentence.first || CLAUSE_OPENERS.has(tokens[i - 1]!.text);
      if (!isNameToken(tokens[i]!, startOfClause && !sentence.heading)) { i++; continue; }
      let j = i + 1;
      while (j < sentence.last) {
        if (isNameToken(tokens[j]!, false)) j++;
        else if (CONNECTORS.has(tokens[j]!.lower) && j + 1 < sentence.last && isNameToken(tokens[j + 1]!, false) && tokens[j]!.lower !== 'and') j += 2;
        else break;
      }
      const nameFirst = stripTitles(tokens, i, j);
      const roles: string[] = [];
      if (nameFirst > i) roles.push(tokens.slice(i, nameFirst).map((t) => t.text).join(' '));
      const phrase = rolePhraseBefore(tokens, i, sentence.first);
      if (phrase) roles.push(phrase);
      const titled = nameFirst > i && tokens.slice(i, nameFirst).some((t) => HONORIFICS.has(t.lower) || (TITLES.has(t.lower) && !ADJECTIVES.has(t.lower)));
      const onlyAdjective = j - nameFirst === 1 && ADJECTIVES.has(tokens[nameFirst]!.lower);
      if (!onlyAdjective && !rolePremodifier(tokens, i, j, sentence.last)) {
        const a = tokens[nameFirst]!;
        const b = tokens[j - 1]!;
        out.push({ first: nameFirst, last: j, start: a.start, end: b.end, name: nameText(tokens, nameFirst, j), roles, titled: titled || phrase !== null, sentence: index, weak });
      }
      i = j;
    }
  });
  return out;
}

/** True for a line in title case: most of its words (three or more) capitalised. */
function isTitleCase(tokens: Token[], sentence: SentenceRange): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    if (startsCapital(t.text)) capitals++;
  }
  const last = tokens[sentence.last - 1]!;
  if (last.text === '.' && sentence.last - sentence.first > 4 && !sentence.heading) return false; // headlines rarely end in a period
  return words >= 2 && capitals / words >= 0.7;
}
