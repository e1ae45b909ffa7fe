/**
 * Which reported conflicts the brief shows as disagreements. A conflict is shown only when its two sentences are
 * about the same thing and the difference is visible in the words: different numbers ("four injured" / "six
 * injured"), one side negated ("did not receive" / "received"), or different people credited ("Peskov suggested
 * Putin visit Kyiv" / "He [Zelensky] suggested Putin visit Kyiv").
 */
import type { Citation, Fact, StoryEntity } from '../../core/index.js';
import { containment, contentStems } from '../text/tokenize.js';
import { outletsOf, type EvidenceIndex } from './01-evidence.js';
import type { Candidate, Side } from './03-candidates.js';
import { entriesOf, mean, supports, type Entry } from './entries.js';
import { remember } from './cache.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { porterStem } from '../text/porter-stemmer.js';

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

/** Titles that are not surnames ("Ukrainian President" is an alias, "President" is nobody's name). */
const TITLES = new Set(['President', 'Minister', 'Spokesman', 'Spokesperson', 'Secretary', 'Chancellor', 'Premier', 'Leader', 'Aide', 'Official', 'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'General', 'Chief', 'Director', 'Ambassador', 'Senator', 'Representative']);

/** Surnames of the story's people, each pointing at its person (so "Zelenskyy" and "Zelensky" are one). */
export function personNames(entities: StoryEntity[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const surnames = [e.name.trim().split(/\s+/).at(-1) ?? '', ...e.aliases.filter((a) => !/\s/.test(a.trim()))];
    for (const last of surnames) {
      if (last.length > 2 && /^\p{Lu}/u.test(last) && !TITLES.has(last) && !names.has(last)) names.set(last, e.id);
    }
  }
  return names;
}

/** The people a sentence names (entity ids, found by surname). */
export function peopleIn(text: string, names: Map<string, string>): Set<string> {
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

/** The clearest disagreement a fact's conflicts show, with the entries it uses; null when none is convincing. */
export function dispute(fact: Fact, pool: Entry[], index: EvidenceIndex, names: Map<string, string>): { candidate: Candidate; used: Entry[] } | null {
  const find = (c: Citation) => pool.find((e) => e.citation.article === c.article && e.citation.start === c.start && e.citation.end === c.end);
  let best: { a: Entry; b: Entry; sim: number } | null = null;
  for (const conflict of fact.conflicts) {
    const b = conflict.citations.length > 0 ? find(conflict.citations.at(-1)!) : undefined;
    const others = conflict.citations.length >= 2 ? [find(conflict.citations[0]!)] : pool.filter((e) => !conflict.citations.some((c) => c.article === e.citation.article));
    for (const a of others) {
      if (!a || !b || !a.wording || !b.wording || index.outletOf(a.citation.article) === index.outletOf(b.citation.article)) continue;
      if (!showsDisagreement(a.wording, b.wording, conflict.reason, names)) continue;
      const sim = containment(a.stems, b.stems);
      if (!best || sim > best.sim) best = { a, b, sim };
    }
  }
  if (!best) return null;
  const { a, b } = best;
  // Who is credited decides the side in a "who said it" dispute; otherwise the closer wording does.
  const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((v) => y.has(v));
  const credited = (e: Entry) => peopleIn(e.text, names);
  const pa = credited(a);
  const pb = credited(b);
  const byPeople = !same(pa, pb);
  // A sentence whose subject is a bare "he" or "she" cannot be told apart in such a dispute, so it takes no side.
  const clear = (e: Entry) => !byPeople || !/\b(he|she|they)\b/i.test(e.text);
  const sideA = pool.filter((e) => e === a || (e !== b && clear(e) && supports(a, e) && (byPeople ? same(credited(e), pa) : containment(a.stems, e.stems) >= containment(b.stems, e.stems))));
  const sideB = pool.filter((e) => e === b || (e !== a && !sideA.includes(e) && clear(e) && supports(b, e) && (!byPeople || same(credited(e), pb))));
  const outletsA = outletsOf(sideA.map((e) => e.citation), index);
  const outletsB = outletsOf(sideB.map((e) => e.citation), index).filter((o) => !outletsA.includes(o));
  const keepB = sideB.filter((e) => outletsB.includes(index.outletOf(e.citation.article)));
  const sides: Side[] = [
    { outlets: outletsA, text: a.wording!, citations: sideA.map((e) => e.citation) },
    { outlets: outletsB, text: b.wording!, citations: keepB.map((e) => e.citation) },
  ];
  const citations = [...sides[0]!.citations, ...sides[1]!.citations];
  const text = `${a.wording} ${b.wording}`;
  return {
    candidate: { kind: 'dispute', source: fact.id, section: 'disputed', text, citations, outlets: outletsOf(citations, index), position: mean([a.position, b.position]), clarity: Math.min(a.clarity, b.clarity), stems: contentStems(text), score: 0, sides },
    // Everything that reports either side leaves the pool, cited or not: none of it may reappear as agreed.
    used: pool.filter((e) => sideA.includes(e) || keepB.includes(e) || supports(a, e) || supports(b, e)),
  };
}


/** "four people were injured" → key "peopl|injur" with number 4: what a number counts and what happened to it. */
export function countKeys(text: string): Map<string, Set<string>> {
  const tokens = text.toLowerCase().match(/[a-z]+|\d(?:[\d,]*\d)?/g) ?? [];
  const keys = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    const n = /^\d/.test(t) ? t.replace(/,/g, '') : NUMBER_WORDS[t];
    if (n === undefined || /^(19|20)\d\d$/.test(n)) return;
    const next = tokens.slice(i + 1, i + 6).filter((w) => !STOPWORDS.has(w) && !/^\d/.test(w) && NUMBER_WORDS[w] === undefined).slice(0, 2);
    if (next.length < 2) return;
    const key = next.map((w) => porterStem(w)).join('|');
    keys.set(key, (keys.get(key) ?? new Set()).add(n));
  });
  return keys;
}

/**
 * Disagreements align did not flag: two plain facts from different outlets that count the same thing differently
 * ("four people were injured" / "six people were injured"). Each pair found becomes one dispute in their place.
 */
export function numberDisputes(list: Candidate[], index: EvidenceIndex): Candidate[] {
  const keysOf = new Map<Candidate, Map<string, Set<string>>>();
  for (const c of list) {
    if (c.kind !== 'fact') continue;
    const keys = new Map<string, Set<string>>();
    for (const text of [c.text, ...entriesOf(c.citations, index).map((e) => e.text)]) {
      const found = index.memo ? remember(index.memo.counts, text, () => countKeys(text)) : countKeys(text);
      for (const [k, v] of found) keys.set(k, new Set([...(keys.get(k) ?? []), ...v]));
    }
    if (keys.size > 0) keysOf.set(c, keys);
  }
  const facts = [...keysOf.keys()];
  const taken = new Set<Candidate>();
  const out: Candidate[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [x, y] = [facts[i]!, facts[j]!];
      if (taken.has(x) || taken.has(y) || x.outlets.some((o) => y.outlets.includes(o))) continue;
      const clash = [...keysOf.get(x)!].some(([k, v]) => { const w = keysOf.get(y)!.get(k); return !!w && ![...v].some((n) => w.has(n)); });
      if (!clash) continue;
      taken.add(x).add(y);
      const [a, b] = x.outlets.length >= y.outlets.length ? [x, y] : [y, x];
      const sides: Side[] = [a, b].map((c) => ({ outlets: c.outlets, text: c.text, citations: c.citations }));
      const citations = [...a.citations, ...b.citations];
      out.push({ kind: 'dispute', source: `${a.source}+${b.source}`, section: 'disputed', text: `${a.text} ${b.text}`, citations,
        outlets: outletsOf(citations, index), position: mean([a.position, b.position]), clarity: Math.min(a.clarity, b.clarity),
        stems: [...a.stems, ...b.stems], score: 0, sides });
    }
  }
  return [...list.filter((c) => !taken.has(c)), ...out];
}
