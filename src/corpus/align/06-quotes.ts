/** Merges attributed passages across articles: the same words (or nearly) from one speaker become one quote with every citation. */
import type { Article, ArticleAnalysis, Citation, StoryQuote } from '../../core/index.js';
import type { Matcher, Token } from '../match/index.js';

/** One attribution of one article, prepared for comparison. */
export interface QuoteItem {
  articleIndex: number;
  citation: Citation;
  text: string;
  tokens: Token[];
  speaker: string | null;
  /** True when the speaker entity is a person (a who-said clash needs two people, not "the Kremlin" and "Russia"). */
  speakerIsPerson: boolean;
  speakerName: string | null;
  cue: string | null;
  venue: string | null;
  direct: boolean;
}

/** Two passages with the same words but different named speakers: a who-said conflict. */
export interface SpeakerClash {
  a: QuoteItem;
  b: QuoteItem;
}

/** Fewest content words an attributed passage needs to be compared across articles. */
const MIN_WORDS = 3;

/** Collects every attribution; `rank[i]` orders articles by time (earliest first). */
export function quoteItems(articles: Article[], analyses: ArticleAnalysis[], idOf: string[][], matcher: Matcher): QuoteItem[] {
  return analyses.flatMap((analysis, ai) => analysis.attributions.map((at) => {
    const text = articles[ai]!.text.slice(at.content.start, at.content.end).replace(/^that\s+/i, '').trim();
    return {
      articleIndex: ai, citation: { article: articles[ai]!.id, start: at.content.start, end: at.content.end }, text, tokens: matcher.tokens(text),
      speaker: at.speakerEntity === null ? null : idOf[ai]![at.speakerEntity] ?? null, speakerName: at.speakerName,
      speakerIsPerson: at.speakerEntity !== null && analysis.entities[at.speakerEntity]?.kind === 'person',
      cue: at.cue === null ? null : articles[ai]!.text.slice(at.cue.start, at.cue.end), venue: at.venue, direct: at.direct,
    };
  }));
}

/** How much two passages share their quoted words: Dice over content stems, and the share of the shorter one found in the longer. */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { dice: number; contained: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const small = Math.min(a.size, b.size);
  return { dice: a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size), contained: small === 0 ? 0 : shared / small, shared };
}

/** Dice at which two passages are one quote ("If he is ready for a meeting, we will guarantee…" / "In that case, we will guarantee…"). */
const MERGE_DICE = 0.5;
/** A shorter passage almost wholly inside a longer one is the same quote, cut ("…guarantee his safety"), when it has this many shared words. */
const FRAGMENT_CONTAINED = 0.8;
const FRAGMENT_WORDS = 4;
/** Dice needed when one side names no speaker at all (nothing to check the speaker against). */
const UNATTRIBUTED_DICE = 0.7;
/** Share of the shorter passage's words found in the other for two people's passages to be compared as one statement. */
const CLASH_CONTAINED = 0.5;

/** Last word of a name, lower-cased ("Dmitry Peskov" → "peskov"). */
const surname = (name: string | null) => (name === null ? null : name.trim().split(/\s+/).pop()!.toLowerCase());

/** Whether two passages are one quote: substantial word overlap and compatible speakers; 'clash' when two people say the same words. */
function sameQuote(a: QuoteItem, b: QuoteItem, wa: ReadonlySet<string>, wb: ReadonlySet<string>, matcher: Matcher, quoteScore: number): boolean | 'clash' {
  const { dice, contained, shared } = wordOverlap(wa, wb);
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) {
    /* two people credited with one statement: same content by the matcher, not necessarily the same words */
    if (!a.speakerIsPerson || !b.speakerIsPerson || contained < CLASH_CONTAINED) return false;
    return contained >= FRAGMENT_CONTAINED || matcher.judgeTokens(a.tokens, b.tokens).score >= quoteScore ? 'clash' : false;
  }
  const fragment = contained >= FRAGMENT_CONTAINED && shared >= FRAGMENT_WORDS;
  if (dice < MERGE_DICE && !fragment) return false;
  if (a.speaker === null || b.speaker === null) {
    const sa = surname(a.speakerName); const sb = surname(b.speakerName);
    if (sa !== null && sb !== null ? sa !== sb : dice < UNATTRIBUTED_DICE) return false;
  }
  return fragment || dice >= 0.6 || matcher.judgeTokens(a.tokens, b.tokens).score >= quoteScore;
}

/**
 * For each position of a posting list, the first later position holding another article's passage. Passages of one
 * article are never compared, and they come in runs (items are listed article by article), so skipping each run keeps
 * one long article's thousands of quotes from costing a comparison per pair.
 */
function nextOtherArticle(list: number[], items: QuoteItem[]): Int32Array {
  const next = new Int32Array(list.length);
  for (let x = list.length - 1; x >= 0; x--) {
    const y = x + 1;
    next[x] = y >= list.length || items[list[y]!]!.articleIndex !== items[list[x]!]!.articleIndex ? y : next[y]!;
  }
  return next;
}

/**
 * A set of item pairs (i < j < n): a bit per pair while n² bits stay small, else a hashed set. Every pair sharing a
 * word is asked for, so on a story of a hundred copies these look-ups dominated the merge when hashed.
 */
class PairSet {
  private readonly bits: Uint8Array | null;
  private readonly keys = new Set<number>();

  constructor(private readonly n: number) {
    this.bits = n <= PAIR_BITMAP_ITEMS ? new Uint8Array(Math.ceil((n * n) / 8)) : null;
  }

  has(i: number, j: number): boolean {
    const key = i * this.n + j;
    return this.bits ? (this.bits[key >> 3]! & (1 << (key & 7))) !== 0 : this.keys.has(key);
  }

  add(i: number, j: number): void {
    const key = i * this.n + j;
    if (this.bits) this.bits[key >> 3]! |= 1 << (key & 7);
    else this.keys.add(key);
  }
}

/** Most items whose pairs a bitmap holds (8,192 items: 8 MB per set); more use a hashed set. */
const PAIR_BITMAP_ITEMS = 8192;

/**
 * `sameQuote` and the Dice of two items, asked once per pair of kinds: items with the same text and speaker fields
 * (the same passage in many copies of one story) answer alike, so their verdicts are looked up, not recomputed.
 */
function verdicts(items: QuoteItem[], words: Array<ReadonlySet<string>>, matcher: Matcher, quoteScore: number) {
  const kinds = new Map<string, number>();
  const kindOf = items.map((q) => {
    const key = JSON.stringify([q.text, q.speaker, q.speakerIsPerson, q.speakerName]);
    let k = kinds.get(key);
    if (k === undefined) kinds.set(key, (k = kinds.size));
    return k;
  });
  const verdict = new Map<number, boolean | 'clash'>();
  const dice = new Map<number, number>();
  const key = (i: number, j: number) => kindOf[i]! * kinds.size + kindOf[j]!;
  return {
    same(i: number, j: number): boolean | 'clash' {
      const k = key(i, j);
      let v = verdict.get(k);
      if (v === undefined) verdict.set(k, (v = sameQuote(items[i]!, items[j]!, words[i]!, words[j]!, matcher, quoteScore)));
      return v;
    },
    dice(i: number, j: number): number {
      const k = key(i, j);
      let d = dice.get(k);
      if (d === undefined) dice.set(k, (d = wordOverlap(words[i]!, words[j]!).dice));
      return d;
    },
  };
}

/** Merges items into story quotes (earliest article's wording and venue first); reports same-words-other-speaker clashes. */
export function mergeQuotes(items: QuoteItem[], rank: number[], matcher: Matcher, quoteScore: number): { quotes: StoryQuote[]; clashes: SpeakerClash[] } {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const memberOf = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const clashes: SpeakerClash[] = [];
  const words = items.map((q) => new Set(q.tokens.filter((t) => !t.stop).map((t) => t.stem)));
  const usable = words.map((w) => w.size >= MIN_WORDS);
  const links: Array<{ i: number; j: number; strength: number }> = [];
  const linked = new PairSet(items.length);
  const judge = verdicts(items, words, matcher, quoteScore);
  /* blocking: only passages sharing a content word are compared */
  const postings = new Map<string, number[]>();
  words.forEach((ws, i) => { if (usable[i]) for (const w of ws) { let l = postings.get(w); if (!l) postings.set(w, (l = [])); l.push(i); } });
  const seen = new PairSet(items.length);
  for (const list of postings.values()) {
    const next = nextOtherArticle(list, items);
    for (let x = 0; x < list.length; x++) {
      for (let y = next[x]!; y < list.length; y++) {
        const i = list[x]!; const j = list[y]!;
        const a = items[i]!; const b = items[j]!;
        if (a.articleIndex === b.articleIndex) continue;
        if (seen.has(i, j)) continue;
        seen.add(i, j);
        const verdict = judge.same(i, j);
        if (verdict === 'clash') clashes.push({ a, b });
        if (verdict !== true) continue;
        linked.add(i, j);
        links.push({ i, j, strength: judge.dice(i, j) });
      }
    }
  }
  /* strongest links first; a group takes one passage per article, and every two of its passages must be one quote (no chains) */
  const ok = (i: number, j: number) => linked.has(Math.min(i, j), Math.max(i, j));
  for (const { i, j } of links.sort((x, y) => y.strength - x.strength || x.i - y.i || x.j - y.j)) {
    const ri = find(i); const rj = find(j);
    if (ri === rj) continue;
    const mi = memberOf.get(ri)!; const mj = memberOf.get(rj)!;
    if (mj.some((x) => mi.some((y) => items[x]!.articleIndex === items[y]!.articleIndex || !ok(x, y)))) continue;
    parent[rj] = ri;
    for (const x of mj) mi.push(x); // in place: a copy per merge was quadratic in a quote's citations
    memberOf.delete(rj);
  }
  const groups = new Map<number, QuoteItem[]>();
  items.forEach((item, i) => { const r = find(i); let g = groups.get(r); if (!g) groups.set(r, (g = [])); g.push(item); });
  const quotes = [...groups.values()].map((group, n) => {
    const byTime = [...group].sort((x, y) => rank[x.articleIndex]! - rank[y.articleIndex]! || x.citation.start - y.citation.start);
    const first = byTime.find((q) => q.direct) ?? byTime[0]!;
    const speakerItem = byTime.find((q) => q.speaker !== null) ?? byTime.find((q) => q.speakerName !== null);
    return {
      id: `q${n + 1}`, text: first.text, speaker: speakerItem?.speaker ?? null, speakerName: speakerItem?.speakerName ?? null,
      cue: byTime.find((q) => q.cue !== null)?.cue ?? null, venue: byTime.find((q) => q.venue !== null)?.venue ?? null,
      direct: group.some((q) => q.direct), citations: byTime.map((q) => q.citation),
    } satisfies StoryQuote;
  });
  quotes.sort((x, y) => y.citations.length - x.citations.length);
  quotes.forEach((q, i) => { q.id = `q${i + 1}`; });
  return { quotes, clashes };
}
