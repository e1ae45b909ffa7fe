/** Disagreements between two reports of one thing: a number, a date, a place, a negation, or who said or proposed it. */
import type { StoryEntity } from '../../core/index.js';
import type { Statement } from './types.js';
import { PROPOSAL_STEMS } from './lexicon/conflict-words.js';
import { isBareTitle } from './lexicon/titles.js';

/** A disagreement between two statements, with a short reason. */
export interface StatementConflict {
  a: number;
  b: number;
  reason: string;
}

/** Counted numbers keyed by what they count ("3 people"), with the words around them; dates kept apart. */
function counted(s: Statement): Map<string, { value: number; near: Set<string> }> {
  const out = new Map<string, { value: number; near: Set<string> }>();
  for (const q of s.quantities) {
    if (q.value === null || q.counts === null || !(q.kind === 'count' || q.kind === 'money' || q.kind === 'percent')) continue;
    const at = s.tokens.findIndex((t) => t.start + s.span.start >= q.start);
    /* the words around the number, minus the counted noun and names: the predicate ("killed", "injured") */
    const near = new Set(s.tokens.slice(Math.max(0, at - 4), at + 6).filter((t, k) => k !== Math.min(at, 4) + 1 && !t.stop && !t.capital && t.value === null).map((t) => t.syn));
    out.set(q.counts, { value: q.value, near });
  }
  return out;
}

/** Escapes a name for use inside a regular expression. */
function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names of the story entities, for reasons. */
type NameOf = (id: string) => string;

/**
 * A number clash: both count the same thing with the same verb nearby and give different values
 * ("three people were killed" vs "killed five people"; "two people were injured" is another count, not a clash).
 */
function numberReason(a: Statement, b: Statement): string | null {
  const ca = counted(a); const cb = counted(b);
  for (const [thing, { value, near }] of ca) {
    const other = cb.get(thing);
    if (other === undefined || other.value === value || [...cb.values()].some((c) => c.value === value)) continue;
    const sharedContext = [...near].filter((w) => other.near.has(w)).length;
    if (sharedContext > 0) return `number differs: ${value} vs ${other.value} ${thing}`;
  }
  return null;
}

/** Content words (synonym classes) within a few tokens of a character offset of the text: the predicate of that slot. */
function slotWords(s: Statement, at: number): Set<string> {
  const k = s.tokens.findIndex((t) => t.end > at - s.span.start);
  const i = k < 0 ? s.tokens.length : k;
  return new Set(s.tokens.slice(Math.max(0, i - 4), i + 5).filter((t) => !t.stop && !t.capital && t.value === null && t.start >= 0).map((t) => t.syn));
}

/** True when two slots share a predicate word ("attack on Thursday" / "attacked on Wednesday"). */
const sameSlot = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

/** Score two reports need before a date or place difference is taken for a real clash rather than two events. */
const SLOT_SCORE = 0.6;

/** A date clash: one weekday or calendar date each, of one event slot (same predicate nearby), and they differ. */
function dateReason(a: Statement, b: Statement, score: number): string | null {
  if (score < SLOT_SCORE) return null;
  /* only like with like: weekday with weekday, full date with full date ("last week" compares with nothing) */
  const shapes = [/^(mon|tues|wednes|thurs|fri|satur|sun)day$/, /^\d{4}-\d{2}-\d{2}$/];
  for (const shape of shapes) {
    const da = a.quantities.filter((q) => q.kind === 'date' && q.normalized !== null && shape.test(q.normalized));
    const db = b.quantities.filter((q) => q.kind === 'date' && q.normalized !== null && shape.test(q.normalized));
    if (da.length !== 1 || db.length !== 1 || da[0]!.normalized === db[0]!.normalized) continue;
    if (sameSlot(slotWords(a, da[0]!.start), slotWords(b, db[0]!.start))) return `date differs: ${da[0]!.normalized} vs ${db[0]!.normalized}`;
  }
  return null;
}

/** Subjects of a proposing verb: persons mentioned before the first such verb (of the stem given, if any). */
function proposers(s: Statement, nameOf: NameOf, stem?: string): string[] {
  const verb = s.tokens.find((t) => (stem === undefined ? PROPOSAL_STEMS.has(t.stem) : t.stem === stem));
  if (verb === undefined) return [];
  const before = s.text.slice(0, verb.start);
  return s.persons.filter((p) => !isBareTitle(nameOf(p)) && before.includes(nameOf(p).split(/\s+/).pop() ?? '\u0000'));
}

/**
 * Compares two statements of different outlets that report one thing (`linked`: the matcher put them in one fact)
 * or nearly (`score`); returns the conflict, or null when they agree.
 */
export function findConflict(a: Statement, b: Statement, score: number, linked: boolean, entities: Map<string, StoryEntity>, places: Set<string>): StatementConflict | null {
  const nameOf: NameOf = (id) => entities.get(id)?.name ?? id;
  const sharesName = a.entities.some((e) => b.entities.includes(e));
  const number = linked || score >= 0.45 || sharesName ? numberReason(a, b) : null;
  if (number !== null) return { a: a.id, b: b.id, reason: number };
  if (linked) {
    const date = dateReason(a, b, score);
    if (date !== null) return { a: a.id, b: b.id, reason: date };
    if (a.negated !== b.negated) return { a: a.id, b: b.id, reason: `negation differs: one report says it did not happen` };
    /* a place where it happened: "in Kharkiv" vs "in Odesa" (not "guarantees for Kyiv" vs "for Ukraine") */
    const located = (s: Statement) => s.entities.flatMap((e) => {
      if (!places.has(e)) return [];
      const m = new RegExp(`\\b(?:in|at|near|outside)\\s+(?:the\\s+)?${escape(nameOf(e))}`).exec(s.text);
      return m === null ? [] : [{ e, slot: slotWords(s, s.span.start + m.index) }];
    });
    const pa = located(a); const pb = located(b);
    /* one place each, of the same predicate ("killed in Kharkiv" vs "killed in Odesa"), and neither names the other's place */
    if (score >= SLOT_SCORE && pa.length === 1 && pb.length === 1 && pa[0]!.e !== pb[0]!.e && !a.entities.includes(pb[0]!.e) && !b.entities.includes(pa[0]!.e)
      && sameSlot(pa[0]!.slot, pb[0]!.slot)) {
      return { a: a.id, b: b.id, reason: `place differs: ${nameOf(pa[0]!.e)} vs ${nameOf(pb[0]!.e)}` };
    }
  }
  const verb = a.tokens.find((t) => PROPOSAL_STEMS.has(t.stem) && t.stem !== 'say' && b.tokens.some((u) => u.stem === t.stem));
  const wa = verb ? proposers(a, nameOf, verb.stem) : []; const wb = verb ? proposers(b, nameOf, verb.stem) : [];
  if ((score >= 0.45 || linked) && wa.length > 0 && wb.length > 0 && !wa.some((p) => wb.includes(p) || b.persons.includes(p)) && !wb.some((p) => a.persons.includes(p))) {
    return { a: a.id, b: b.id, reason: `who said or proposed it differs: ${nameOf(wa[0]!)} vs ${nameOf(wb[0]!)}` };
  }
  return null;
}
