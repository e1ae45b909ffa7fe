/**
 * Which reported conflicts the brief shows as disagreements. A conflict is shown only when its two sentences are
 * about the same thing and the difference is visible in the words: different numbers ("four injured" / "six
 * injured"), one side negated ("did not receive" / "received"), or different people credited ("Peskov suggested
 * Putin visit Kyiv" / "He [Zelensky] suggested Putin visit Kyiv").
 */
import type { StoryEntity } from '../../core/index.js';
import { containment, contentStems } from '../text/tokenize.js';

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', dozen: '12', hundred: '100', thousand: '1000' };

/** Counts named in a sentence ("three" → 3, "1,200" → 1200); years and dates are left out. */
export function countsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)) {
    const n = m[0].replace(/,/g, '');
    if (!/^(19|20)\d\d$/.test(n)) out.add(n);
  }
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (NUMBER_WORDS[w]) out.add(NUMBER_WORDS[w]!);
  return out;
}

const NEGATED = /\b(not|no|never|none|neither|nor|denied|denies|without)\b|n['’]t\b/i;
const NEGATED_LOOSELY = /\b(not|no|never|none|neither|nor|denied|denies|without|yet to|failed to|refused|declined|rejected)\b|n['’]t\b/i;

/** True when exactly one side is negated, counting "has yet to", "refused" … as negated on the other side. */
function negationDiffers(a: string, b: string): boolean {
  return (NEGATED.test(a) && !NEGATED_LOOSELY.test(b)) || (NEGATED.test(b) && !NEGATED_LOOSELY.test(a));
}

/** Surnames of the story's people, each pointing at its person (so "Zelenskyy" and "Zelensky" are one). */
export function personNames(entities: StoryEntity[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const n of [e.name, ...e.aliases]) {
      const last = n.trim().split(/\s+/).at(-1);
      if (last && last.length > 2 && /^\p{Lu}/u.test(last) && !names.has(last)) names.set(last, e.id);
    }
  }
  return names;
}

/** The people a sentence names (entity ids, found by surname). */
function peopleIn(text: string, names: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [name, id] of names) if (new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text)) out.add(id);
  return out;
}

/** True when two sentences about one thing show a real disagreement. */
export function showsDisagreement(a: string, b: string, reason: string, names: Map<string, string>): boolean {
  if (containment(contentStems(a), contentStems(b)) < 0.4) return false;
  const x = countsIn(a);
  const y = countsIn(b);
  if (x.size > 0 && y.size > 0 && ![...x].some((n) => y.has(n))) return true;
  if (negationDiffers(a, b)) return true;
  if (/^who\b/i.test(reason)) {
    const p = peopleIn(a, names);
    const q = peopleIn(b, names);
    return p.size > 0 && q.size > 0 && ([...p].some((n) => !q.has(n)) || [...q].some((n) => !p.has(n)));
  }
  return false;
}
