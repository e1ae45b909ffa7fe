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

/** Share of `a`'s content words found in `b` (one passage quoting part of another). */
function containment(a: Token[], b: Token[]): number {
  const words = a.filter((t) => !t.stop);
  const other = new Set(b.map((t) => t.stem));
  return words.length === 0 ? 0 : words.filter((t) => other.has(t.stem)).length / words.length;
}

/** Merges items into story quotes (earliest article's wording and venue first); reports same-words-other-speaker clashes. */
export function mergeQuotes(items: QuoteItem[], rank: number[], matcher: Matcher, quoteScore: number): { quotes: StoryQuote[]; clashes: SpeakerClash[] } {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const articlesOf = new Map<number, Set<number>>(items.map((q, i) => [i, new Set([q.articleIndex])]));
  const clashes: SpeakerClash[] = [];
  const usable = items.map((q) => q.tokens.filter((t) => !t.stop).length >= MIN_WORDS);
  const links: Array<{ i: number; j: number; strength: number }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!; const b = items[j]!;
      if (!usable[i] || !usable[j] || a.articleIndex === b.articleIndex) continue;
      const contained = Math.max(containment(a.tokens, b.tokens), containment(b.tokens, a.tokens));
      if (contained < 0.5) continue;
      const { score } = matcher.judgeTokens(a.tokens, b.tokens);
      if (score < quoteScore && contained < 0.8) continue;
      if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) {
        if (a.speakerIsPerson && b.speakerIsPerson) clashes.push({ a, b });
        continue;
      }
      links.push({ i, j, strength: contained + score });
    }
  }
  /* strongest links first; a group takes one passage per article, so chains of loose matches cannot snowball */
  for (const { i, j } of links.sort((x, y) => y.strength - x.strength)) {
    const ri = find(i); const rj = find(j);
    if (ri === rj) continue;
    const ai = articlesOf.get(ri)!; const aj = articlesOf.get(rj)!;
    if ([...aj].some((x) => ai.has(x))) continue;
    parent[rj] = ri;
    for (const x of aj) ai.add(x);
  }
  const groups = new Map<number, QuoteItem[]>();
  items.forEach((item, i) => { const r = find(i); groups.set(r, [...(groups.get(r) ?? []), item]); });
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
