/**
 * Same event instance or only the same kind of event? Two reports of two different earthquakes, arrests or
 * check-ins share the event words; what tells them apart are the names (who, where), the numbers and the dates.
 */
import type { Token } from './01-tokenize.js';
import { weightOf } from './03-weights.js';
import { MONTHS, WEEKDAYS } from './lexicon/time.js';
import { cached } from './memo.js';
import { valueFeatures } from './05-values.js';

/** Feature names of `instanceFeatures`, in its vector's order. */
export const INSTANCE_FEATURE_NAMES = [
  'spanMissBoth', 'multiSpanClash', 'leadSpanClash', 'spanShared', 'numberShared', 'countClash', 'yearClash', 'dayClash',
  'monthClash', 'unmatchedBoth',
  'nameSharedMass', 'nameMissMin', 'nameMissMax', 'rareShared', 'rareMissMin', 'rareMissMax', 'midShared', 'midMissMin', 'midMissMax',
  'batchCosine', 'batchNameShare', 'batchRarest',
] as const;

/** A run of consecutive name-like tokens ("Gulf of Aden" counts as one), by token index. */
interface Span { from: number; to: number; weight: number }

/** A name-like token: capitalised (or the first word, when the next is capitalised too), not a function or time word. */
function nameLike(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  if (t.stop || t.value !== null || WEEKDAYS.has(t.lower) || MONTHS.has(t.lower) || weightOf(t) < 3) return false;
  return t.capital || (i === 0 && /^\p{Lu}/u.test(t.text) && ts[1] !== undefined && ts[1].capital && !ts[1].stop);
}

/** The name spans of a sentence; "of", "de" and the like inside a run join it. */
function spansOf(ts: Token[]): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  for (let i = 0; i < ts.length; i++) {
    if (nameLike(ts, i)) {
      if (current === null) spans.push((current = { from: i, to: i, weight: 0 }));
      current.to = i;
      current.weight = Math.max(current.weight, weightOf(ts[i]!));
    } else if (!(current !== null && /^(of|de|la|del|van|von|al|bin)$/.test(ts[i]!.lower) && ts[i + 1] !== undefined && nameLike(ts, i + 1))) {
      current = null;
    }
  }
  return spans;
}

/** Whether the span's last word (a surname, the head of "Gulf of Aden") or most of its weight found a partner. */
function matched(ts: Token[], span: Span, best: number[]): boolean {
  if (best[span.to]! >= 0.7) return true;
  let found = 0; let total = 0;
  for (let i = span.from; i <= span.to; i++) { total += weightOf(ts[i]!); if (best[i]! >= 0.7) found += weightOf(ts[i]!); }
  return found * 2 > total;
}

/** Name evidence of one side: unmatched spans (any, multi-word), whether the lead span is unmatched, shared span weight. */
function sideNames(ts: Token[], best: number[]): { miss: number; multiMiss: number; leadMiss: boolean; shared: number; lead: boolean } {
  const spans = cached(ts, 'spans', spansOf);
  let miss = 0; let multiMiss = 0; let shared = 0;
  for (const s of spans) {
    if (matched(ts, s, best)) shared = Math.max(shared, s.weight);
    else { miss++; if (s.to > s.from) multiMiss++; }
  }
  const lead = spans.find((s) => s.from < 10);
  return { miss, multiMiss, leadMiss: lead !== undefined && !matched(ts, lead, best), shared, lead: lead !== undefined };
}

/** Largest weight of a content word of one side that found no partner. */
function maxUnmatched(ts: Token[], best: number[]): number {
  let max = 0;
  ts.forEach((t, i) => { if (!t.stop && best[i]! < 0.5) max = Math.max(max, weightOf(t)); });
  return max;
}

/** Per kind: shared weight (mean of both sides), then the smaller and the larger missed weight, squashed. */
function massFeatures(x: { shared: number[]; missed: number[] }, y: { shared: number[]; missed: number[] }): number[] {
  const out: number[] = [];
  for (let k = 0; k < 3; k++) {
    out.push(Math.tanh((x.shared[k]! + y.shared[k]!) / 20), Math.tanh(Math.min(x.missed[k]!, y.missed[k]!) / 10), Math.tanh(Math.max(x.missed[k]!, y.missed[k]!) / 10));
  }
  return out;
}

/** Kind of a content word for the mass features: 0 name, 1 rare word, 2 middling word, -1 other. */
function kindOf(ts: Token[], i: number): number {
  const t = ts[i]!;
  if (t.stop || t.value !== null) return -1;
  if (nameLike(ts, i)) return 0;
  const w = weightOf(t);
  return w >= 6 ? 1 : w >= 3.5 ? 2 : -1;
}

/** The kind of each word of a sentence. */
const kindsOf = (ts: Token[]): number[] => ts.map((_, i) => kindOf(ts, i));

/** Matched and unmatched weight of one side's words, by kind. */
function masses(ts: Token[], best: number[]): { shared: number[]; missed: number[] } {
  const kinds = cached(ts, 'kinds', kindsOf);
  const shared = [0, 0, 0];
  const missed = [0, 0, 0];
  kinds.forEach((k, i) => {
    if (k < 0) return;
    const w = weightOf(ts[i]!);
    if (best[i]! >= 0.7) shared[k]! += w * best[i]!; else missed[k]! += w;
  });
  return { shared, missed };
}

/** One side's batch-weighted evidence: soft cosine part (squared weights), shared and total name weight, rarest shared word. */
function sideBatch(ts: Token[], best: number[]): { cos: number; shared: number; names: number; rarest: number } {
  let dot = 0; let norm = 0; let shared = 0; let names = 0; let rarest = 0;
  const kinds = cached(ts, 'kinds', kindsOf);
  ts.forEach((t, i) => {
    if (t.stop) return;
    const w = t.batchWeight ?? weightOf(t);
    norm += w * w; dot += w * w * best[i]!;
    if (best[i]! >= 0.7) rarest = Math.max(rarest, w);
    if (kinds[i] !== 0) return;
    names += w;
    if (best[i]! >= 0.7) shared += w;
  });
  return { cos: norm === 0 ? 0 : dot / norm, shared, names, rarest };
}

/** Batch-IDF evidence: words rare in this batch (one event's names and details) weigh most. */
function batchFeatures(a: Token[], b: Token[], bestA: number[], bestB: number[]): number[] {
  const x = sideBatch(a, bestA);
  const y = sideBatch(b, bestB);
  return [Math.sqrt(x.cos * y.cos), x.names + y.names === 0 ? 0.5 : (x.shared + y.shared) / (x.names + y.names), Math.min(x.rarest, y.rarest) / 10];
}

/** The instance signals of two tokenized sentences, given each word's best-partner similarity. */
export function instanceFeatures(a: Token[], b: Token[], bestA: number[], bestB: number[]): number[] {
  const na = sideNames(a, bestA);
  const nb = sideNames(b, bestB);
  return [
    na.miss > 0 && nb.miss > 0 ? 1 : 0,
    na.multiMiss > 0 && nb.multiMiss > 0 ? 1 : 0,
    na.leadMiss && nb.leadMiss ? 1 : 0,
    Math.min(na.shared, nb.shared) / 10,
    ...valueFeatures(a, b),
    Math.min(maxUnmatched(a, bestA), maxUnmatched(b, bestB)) / 10,
    ...massFeatures(masses(a, bestA), masses(b, bestB)),
    ...batchFeatures(a, b, bestA, bestB),
  ];
}
