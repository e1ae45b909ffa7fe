/** Candidate statement pairs across articles (sharing rare words or a number), each judged once by the matcher. */
import type { Matcher } from '../match/index.js';
import type { Statement } from './types.js';

/** One judged pair of statements from different articles; `a` < `b`. */
export interface JudgedPair {
  a: number;
  b: number;
  score: number;
  same: boolean;
}

/** Words weighing at least this much index a statement for candidate generation. */
const INDEX_WEIGHT = 2;
/** Longer postings are skipped: a word in that many statements says little about a pair. */
const MAX_POSTINGS = 400;

/** Average number of candidate partners judged per statement. */
const PAIRS_PER_STATEMENT = 30;

/** Keys a statement is indexed under: its weighty stems (by synonym class) and its numbers. */
function keysOf(statement: Statement): Set<string> {
  const keys = new Set<string>();
  for (const t of statement.tokens) {
    if (t.value !== null) keys.add(`#${t.value}`);
    else if (!t.stop && t.weight >= INDEX_WEIGHT) keys.add(t.syn);
  }
  return keys;
}

/** Judges every pair of statements from different articles that shares two index keys. */
export function judgePairs(statements: Statement[], matcher: Matcher): JudgedPair[] {
  const postings = new Map<string, number[]>();
  for (const s of statements) {
    for (const key of keysOf(s)) {
      let list = postings.get(key);
      if (list === undefined) postings.set(key, (list = []));
      list.push(s.id);
    }
  }
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = statements[list[i]!]!; const b = statements[list[j]!]!;
        if (a.articleIndex === b.articleIndex) continue;
        const key = a.id * statements.length + b.id;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  /* big stories: judge the pairs sharing most keys, at most PAIRS_PER_STATEMENT per statement on average */
  const candidates = [...shared].filter(([, count]) => count >= 2).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, PAIRS_PER_STATEMENT * statements.length);
  const out: JudgedPair[] = [];
  for (const [key] of candidates) {
    const a = Math.floor(key / statements.length); const b = key % statements.length;
    const { score, same } = matcher.judgeTokens(statements[a]!.tokens, statements[b]!.tokens);
    out.push({ a, b, score, same });
  }
  return out.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
