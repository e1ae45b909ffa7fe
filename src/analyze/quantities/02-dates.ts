/** Reads dates and times: "on Thursday", "Jan. 29", "29 January 2026", "last week", "10 a.m.". */
import type { Quantity } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from './lexicon/numbers.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day number token (1–31), or null. */
function day(token: Token | undefined): number | null {
  if (!token || !/^\d{1,2}(?:st|nd|rd|th)?$/u.test(token.text)) return null;
  const n = parseInt(token.text, 10);
  return n >= 1 && n <= 31 ? n : null;
}

/** A year token (1900–2099), or null. */
function year(token: Token | undefined): number | null {
  return token && /^(?:19|20)\d\d$/u.test(token.text) ? Number(token.text) : null;
}

/** True when a token's text starts with an ASCII digit (a cheap guard before the digit patterns). */
const digitFirst = (text: string): boolean => { const c = text.charCodeAt(0); return c >= 48 && c <= 57; };

/** Every word a date can start with; any other token (most of them) can only start a date with a digit. */
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, 'last', 'next', 'this', ...MONTHS.keys()]);

/** Finds dates and times in tokens [first, last); marks the tokens it used in `taken`. */
export function findDates(tokens: Token[], first: number, last: number, taken: Uint8Array): Quantity[] {
  const out: Quantity[] = [];
  const push = (a: number, b: number, kind: 'date' | 'time', normalized: string) => {
    out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, kind, value: null, normalized, counts: null });
    for (let k = a; k < b; k++) taken[k] = 1;
  };
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (!DATE_WORDS.has(t.lower) && !digitFirst(t.text)) continue; // one look-up instead of four for most tokens
    if (WEEKDAYS.has(t.lower) && /^\p{Lu}/u.test(t.text)) { push(i, i + 1, 'date', t.lower); continue; }
    if (RELATIVE_DAYS.has(t.lower)) { push(i, i + 1, 'date', t.lower); continue; }
    if ((t.lower === 'last' || t.lower === 'next' || t.lower === 'this') && /^(?:week|month|year|weekend)$/u.test(tokens[i + 1]?.lower ?? '')) {
      push(i, i + 2, 'date', `${t.lower} ${tokens[i + 1]!.lower}`); i++; continue;
    }
    const month = MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text) ? MONTHS.get(t.lower) : undefined;
    if (month !== undefined && !(t.lower === 'may' && day(tokens[i + 1]) === null)) {
      const after = day(tokens[i + 1]);
      const before = day(tokens[i - 1]);
      const a = before !== null && !taken[i - 1] && i - 1 >= first ? i - 1 : i;
      let b = after !== null ? i + 2 : i + 1;
      if (tokens[b]?.text === ',' && year(tokens[b + 1]) !== null) b++;
      const y = year(tokens[b]);
      if (y !== null) b++;
      const d = after ?? before;
      push(a, b, 'date', `${y ?? '????'}-${pad(month)}${d !== null ? `-${pad(d)}` : ''}`);
      i = b - 1;
      continue;
    }
    if (!digitFirst(t.text)) continue;
    if (/^\d{1,2}(?::\d\d)?$/u.test(t.text) && /^(?:a\.m\.|p\.m\.|am|pm|gmt|utc)$/u.test(tokens[i + 1]?.lower ?? '')) {
      push(i, i + 2, 'time', `${t.text} ${tokens[i + 1]!.lower}`); i++; continue;
    }
    if (year(t) !== null && /^(?:in|since|until|by|of|from)$/u.test(tokens[i - 1]?.lower ?? '')) push(i, i + 1, 'date', t.text);
  }
  return out;
}
