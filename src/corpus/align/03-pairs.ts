/**
 * Candidate statement pairs across articles, judged once per distinct wording. Sub-quadratic: statements with the
 * same wording share one "form"; forms are blocked by an inverted index over rare stems and numbers, and each form
 * keeps only its best few candidates. Same-article pairs are never judged.
 */
import type { Matcher } from '../match/index.js';
import type { Statement } from './types.js';
import { memoJudge, tokenSignature, type AlignMemo } from './cache.js';

/** One judged pair of statements from different articles; `a` < `b`. */
export interface JudgedPair {
  a: number;
  b: number;
  score: number;
  same: boolean;
  /** True when both statements have the same wording (nothing to compare, never a conflict). */
  identical?: boolean;
}

/** The judged pairs, plus the statements grouped by wording and a cached similarity between any two statements. */
export interface PairIndex {
  pairs: JudgedPair[];
  /** Form (distinct wording) of each statement. */
  formOf: number[];
  /** Statement ids of each form, in id order. */
  forms: number[][];
  /** Matcher score of two statements (1 for one wording), judged at most once per pair of wordings. */
  similarity(a: number, b: number): number;
  /** The matcher's decision on two statements (true for one wording), cached like `similarity`. */
  same(a: number, b: number): boolean;
}

/** Words weighing at least this much index a statement for candidate generation. */
const INDEX_WEIGHT = 2;
/** A key found in more forms than this (and than MAX_POSTINGS_SHARE of them) says little about a pair and is skipped. */
const MAX_POSTINGS = 60;
const MAX_POSTINGS_SHARE = 0.2;
/** Candidate partners judged per form (its best by shared key weight). */
const CANDIDATES_PER_FORM = 24;
/** Fewest shared keys for a candidate. */
const MIN_SHARED = 2;

/** Keys a statement is indexed under, with their weight: its weighty stems (by synonym class) and its numbers. */
function keysOf(statement: Statement): Map<string, number> {
  const keys = new Map<string, number>();
  for (const t of statement.tokens) {
    if (t.value !== null) keys.set(`#${t.value}`, INDEX_WEIGHT);
    else if (!t.stop && t.weight >= INDEX_WEIGHT) keys.set(t.syn, Math.max(keys.get(t.syn) ?? 0, t.weight));
  }
  return keys;
}

/** Wording key: case and spacing do not make another wording. */
const wording = (s: Statement) => s.text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Best candidate partner forms of every form (i < j), by summed weight of shared keys. */
function candidatePairs(reps: Statement[]): Array<[number, number]> {
  const keys = reps.map(keysOf);
  const postings = new Map<string, number[]>();
  keys.forEach((ks, f) => { for (const k of ks.keys()) { let l = postings.get(k); if (!l) postings.set(k, (l = [])); l.push(f); } });
  const cap = Math.max(MAX_POSTINGS, Math.ceil(MAX_POSTINGS_SHARE * reps.length));
  const out = new Set<number>();
  const weight = new Float64Array(reps.length); const count = new Uint32Array(reps.length);
  for (let f = 0; f < reps.length; f++) {
    const touched: number[] = [];
    for (const [k, w] of keys[f]!) {
      const list = postings.get(k)!;
      if (list.length > cap) continue;
      for (const g of list) {
        if (g === f) continue;
        if (count[g] === 0) touched.push(g);
        weight[g]! += w; count[g]!++;
      }
    }
    const best = touched.filter((g) => count[g]! >= MIN_SHARED).sort((x, y) => weight[y]! - weight[x]! || x - y).slice(0, CANDIDATES_PER_FORM);
    for (const g of best) out.add(Math.min(f, g) * reps.length + Math.max(f, g));
    for (const g of touched) { weight[g] = 0; count[g] = 0; }
  }
  return [...out].sort((x, y) => x - y).map((key) => [Math.floor(key / reps.length), key % reps.length]);
}

/**
 * Judges candidate pairs of statements from different articles; every statement with one wording links to that
 * wording's first. With `memo`, pairs of wordings judged on the same tokens before are taken from it (and new
 * ones added), which never changes the result.
 */
export function judgePairs(statements: Statement[], matcher: Matcher, memo?: AlignMemo): PairIndex {
  const formByText = new Map<string, number>();
  const forms: number[][] = [];
  const formOf = statements.map((s) => {
    const key = wording(s);
    let f = formByText.get(key);
    if (f === undefined) { formByText.set(key, (f = forms.length)); forms.push([]); }
    forms[f]!.push(s.id);
    return f;
  });
  const cache = new Map<number, { score: number; same: boolean }>();
  const signatures: Array<string | undefined> = [];
  const sign = (f: number) => {
    let sig = signatures[f];
    if (sig === undefined) { const rep = statements[forms[f]![0]!]!; signatures[f] = sig = memo?.tokens.get(rep.text)?.sig ?? tokenSignature(rep.text, rep.tokens); }
    return sig;
  };
  const fresh = (f: number, g: number) => matcher.judgeTokens(statements[forms[f]![0]!]!.tokens, statements[forms[g]![0]!]!.tokens);
  const judgeForms = (f: number, g: number) => {
    const key = Math.min(f, g) * forms.length + Math.max(f, g);
    let j = cache.get(key);
    if (j === undefined) {
      j = f === g ? { score: 1, same: true } : memo ? memoJudge(memo, sign(f), sign(g), () => fresh(f, g)) : fresh(f, g);
      cache.set(key, j);
    }
    return j;
  };
  const out: JudgedPair[] = [];
  for (const members of forms) {
    for (const id of members.slice(1)) {
      const partner = members.find((m) => statements[m]!.articleIndex !== statements[id]!.articleIndex);
      if (partner !== undefined && partner < id) out.push({ a: partner, b: id, score: 1, same: true, identical: true });
    }
  }
  for (const [f, g] of candidatePairs(forms.map((m) => statements[m[0]!]!))) {
    /* one representative pair per pair of wordings, from different articles */
    let rep: [number, number] | null = null;
    for (const a of forms[f]!) {
      const b = forms[g]!.find((x) => statements[x]!.articleIndex !== statements[a]!.articleIndex);
      if (b !== undefined) { rep = a < b ? [a, b] : [b, a]; break; }
    }
    if (rep === null) continue;
    const { score, same } = judgeForms(f, g);
    out.push({ a: rep[0], b: rep[1], score, same });
  }
  out.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { pairs: out, formOf, forms, similarity: (a, b) => judgeForms(formOf[a]!, formOf[b]!).score, same: (a, b) => judgeForms(formOf[a]!, formOf[b]!).same };
}
