/** The signals the matcher combines: soft alignment, n-gram overlap, names, numbers, negation, length. */
import { tokenize, type Token } from './01-tokenize.js';
import { bestMatchesBoth, coverage, harmonic } from './04-align.js';
import { weightOf } from './03-weights.js';
import { INSTANCE_FEATURE_NAMES, instanceFeatures } from './05-instance.js';

/** Feature names, in the order of `features()`'s vector and of the fitted weights. */
export const FEATURE_NAMES = [
  'align', 'alignContent', 'alignMin', 'bigrams', 'chars', 'names', 'unmatchedRare', 'numberClash', 'negationClash', 'lengthGap',
  'sharedMass', 'sharedRarest', 'unmatchedCount', 'timeClash', 'nameClash', 'sharedNames', 'smallNumberClash', 'order',
  'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax', 'wordLengthGap', 'nameMissBoth', 'nameShare', 'softCosine',
  ...INSTANCE_FEATURE_NAMES,
] as const;

/** Counts of word n-grams (exact lower-case words). */
function ngramCounts(words: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Clipped count of n-grams two sentences share (symmetric: walks the smaller table). */
function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0);
  return shared;
}

/** Exact-word n-gram precisions both ways (BLEU's clipped precision) for n = 1..3, as [min, max] pairs, then the word-count gap. */
function surfaceOverlap(a: Token[], b: Token[]): number[] {
  const out: number[] = [];
  for (const n of [1, 2, 3]) {
    const ga = cached(a, `ngrams${n}`, (ts) => ngramCounts(ts.map((t) => t.lower), n));
    const gb = cached(b, `ngrams${n}`, (ts) => ngramCounts(ts.map((t) => t.lower), n));
    const shared = sharedCount(ga, gb);
    const totalA = Math.max(0, a.length - n + 1);
    const totalB = Math.max(0, b.length - n + 1);
    const p = totalA === 0 ? 0 : shared / totalA;
    const r = totalB === 0 ? 0 : shared / totalB;
    out.push(Math.min(p, r), Math.max(p, r));
  }
  out.push(Math.abs(a.length - b.length) / Math.max(1, a.length, b.length));
  return out;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today', 'tomorrow']);

/** A likely name: capitalised mid-sentence and not a common word (title-case headlines capitalise everything). */
const isName = (t: Token): boolean => t.capital && !t.stop && t.value === null && !TIME_WORDS.has(t.lower) && weightOf(t) >= 4;

/** 1 when both sentences name a day or month and share none of them ("on Tuesday" vs "on Friday"). */
function timeClash(a: Token[], b: Token[]): number {
  const times = (ts: Token[]) => new Set(ts.filter((t) => TIME_WORDS.has(t.lower)).map((t) => t.lower));
  const ta = cached(a, 'times', times);
  const tb = cached(b, 'times', times);
  if (ta.size === 0 || tb.size === 0) return 0;
  for (const t of ta) if (tb.has(t)) return 0;
  return 1;
}

/** Longest common subsequence of content stems over the shorter sentence's content length: shared statement order. */
function orderSimilarity(a: Token[], b: Token[]): number {
  const syns = (ts: Token[]) => ts.filter((t) => !t.stop).map((t) => t.syn);
  const sa = cached(a, 'syns', syns);
  const sb = cached(b, 'syns', syns);
  if (sa.length === 0 || sb.length === 0) return 0;
  let prev = new Array<number>(sb.length + 1).fill(0);
  for (const x of sa) {
    const row = new Array<number>(sb.length + 1).fill(0);
    for (let j = 0; j < sb.length; j++) row[j + 1] = x === sb[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[sb.length]! / Math.min(sa.length, sb.length);
}

/** Per-sentence values computed once and reused across the pairs a sentence takes part in. */
const memo = new WeakMap<Token[], Map<string, unknown>>();

/** Memoizes `make(tokens)` under `name` for one token array. */
function cached<T>(tokens: Token[], name: string, make: (tokens: Token[]) => T): T {
  let slot = memo.get(tokens);
  if (slot === undefined) memo.set(tokens, (slot = new Map()));
  if (!slot.has(name)) slot.set(name, make(tokens));
  return slot.get(name) as T;
}

/** Content tokens: not function words. */
const content = (t: Token): boolean => !t.stop;

/** Dice overlap of consecutive-stem bigrams (word order and phrasing). */
function bigramDice(a: Token[], b: Token[]): number {
  const grams = (ts: Token[]) => {
    const out = new Set<string>();
    for (let i = 1; i < ts.length; i++) out.add(`${ts[i - 1]!.syn} ${ts[i]!.syn}`);
    return out;
  };
  const ga = cached(a, 'bigrams', grams);
  const gb = cached(b, 'bigrams', grams);
  if (ga.size + gb.size === 0) return 1;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Cosine of character 4-gram counts over the lower-cased words joined by single spaces. */
function charCosine(a: Token[], b: Token[]): number {
  const counts = (ts: Token[]) => {
    const text = ` ${ts.map((t) => t.lower).join(' ')} `;
    const out = new Map<string, number>();
    for (let i = 0; i + 4 <= text.length; i++) out.set(text.slice(i, i + 4), (out.get(text.slice(i, i + 4)) ?? 0) + 1);
    return out;
  };
  const ca = cached(a, 'chars', counts);
  const cb = cached(b, 'chars', counts);
  const norm = (c: Map<string, number>) => { let n = 0; for (const v of c.values()) n += v * v; return n; };
  let dot = 0;
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  for (const [g, n] of small) dot += n * (large.get(g) ?? 0);
  const na = cached(a, 'charsNorm', () => norm(ca));
  const nb = cached(b, 'charsNorm', () => norm(cb));
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** 1 when both sentences give numbers and some number of one is missing from the other, scaled by how many. */
function numberClash(a: Token[], b: Token[], floor = 12): number {
  const values = (ts: Token[]) => new Set(ts.filter((t) => t.value !== null && t.value > floor).map((t) => t.value));
  const va = cached(a, `values${floor}`, values);
  const vb = cached(b, `values${floor}`, values);
  if (va.size === 0 || vb.size === 0) return 0;
  let missing = 0;
  for (const v of va) if (!vb.has(v)) missing++;
  for (const v of vb) if (!va.has(v)) missing++;
  return missing / (va.size + vb.size);
}

/** A name for the entity signals: like `isName` with a lower rarity floor (batch weights damp names a story repeats). */
const isEntity = (t: Token): boolean => t.capital && !t.stop && t.value === null && !TIME_WORDS.has(t.lower) && weightOf(t) >= 3;

/** Names and mass of one side against the other's best matches: missed-name count, shared and missed name weight, soft-cosine part. */
function sideEvidence(tokens: Token[], best: number[]): { missed: number; sharedMass: number; missedMass: number; cos: number } {
  let missed = 0; let sharedMass = 0; let missedMass = 0; let dot = 0; let norm = 0;
  tokens.forEach((t, i) => {
    if (t.stop) return;
    const w = weightOf(t);
    norm += w * w; dot += w * w * best[i]!;
    if (!isEntity(t)) return;
    if (best[i]! >= 0.7) sharedMass += w; else { missed++; missedMass += w; }
  });
  return { missed, sharedMass, missedMass, cos: norm === 0 ? 0 : dot / norm };
}

/**
 * Event-distinguishing evidence: names each sentence has that the other lacks (two reports of two different
 * events of one kind name different people and places), the IDF-weighted share of names in common, and a soft
 * TF-IDF cosine (squared weights, so rare shared words dominate).
 */
function entityEvidence(a: Token[], b: Token[], bestA: number[], bestB: number[]): number[] {
  const ea = sideEvidence(a, bestA);
  const eb = sideEvidence(b, bestB);
  const shared = ea.sharedMass + eb.sharedMass;
  const names = shared + ea.missedMass + eb.missedMass;
  return [Math.min(ea.missed, eb.missed, 3) / 3, names === 0 ? 0.5 : shared / names, Math.sqrt(ea.cos * eb.cos)];
}

/** Per-sentence counts reused by every pair: content words, negation parity, whether it has capitalised words. */
function profile(tokens: Token[]): { content: number; negation: number; capitals: boolean } {
  return cached(tokens, 'profile', (ts) => ({
    content: ts.filter(content).length, negation: ts.filter((t) => t.negation).length % 2, capitals: ts.some((t) => t.capital),
  }));
}

/** The vector of signals for two tokenized sentences. */
export function featuresOf(a: Token[], b: Token[]): number[] {
  const [bestA, bestB] = bestMatchesBoth(a, b);
  const ca = coverage(a, bestA);
  const cb = coverage(b, bestB);
  const contentA = coverage(a, bestA, content);
  const contentB = coverage(b, bestB, content);
  const pa = profile(a);
  const pb = profile(b);
  const names = pa.capitals && pb.capitals ? Math.min(coverage(a, bestA, (t) => t.capital), coverage(b, bestB, (t) => t.capital)) : 0.5;
  let unmatched = 0;
  let unmatchedCount = 0;
  let shared = 0;
  let rarest = 0;
  let namesA = 0; let sharedNames = 0; let namesB = 0; let sharedNamesB = 0;
  a.forEach((t, i) => {
    if (t.stop) return;
    if (bestA[i]! < 0.5) { unmatched = Math.max(unmatched, weightOf(t)); unmatchedCount++; }
    else { shared += weightOf(t) * bestA[i]!; rarest = Math.max(rarest, weightOf(t) * bestA[i]!); }
    if (isName(t)) { namesA++; if (bestA[i]! >= 0.7) sharedNames++; }
  });
  b.forEach((t, i) => {
    if (t.stop) return;
    if (bestB[i]! < 0.5) { unmatched = Math.max(unmatched, weightOf(t)); unmatchedCount++; }
    if (isName(t)) { namesB++; if (bestB[i]! >= 0.7) sharedNamesB++; }
  });
  const nameClash = namesA > 0 && namesB > 0 && sharedNames === 0 && sharedNamesB === 0 ? 1 : 0;
  const la = pa.content;
  const lb = pb.content;
  return [
    harmonic(ca, cb), harmonic(contentA, contentB), Math.min(contentA, contentB), bigramDice(a, b), charCosine(a, b),
    names, unmatched / 10, numberClash(a, b), pa.negation === pb.negation ? 0 : 1,
    Math.abs(la - lb) / Math.max(1, la, lb), Math.tanh(shared / 30), rarest / 10, Math.tanh(unmatchedCount / 8),
    timeClash(a, b), nameClash, Math.tanh(sharedNames / 2), numberClash(a, b, -1), orderSimilarity(a, b),
    ...surfaceOverlap(a, b), ...entityEvidence(a, b, bestA, bestB), ...instanceFeatures(a, b, bestA, bestB),
  ];
}

/** Tokenizes both sentences and returns their feature vector. */
export function features(a: string, b: string): number[] {
  return featuresOf(tokenize(a), tokenize(b));
}
