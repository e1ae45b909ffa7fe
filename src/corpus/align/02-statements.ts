/** Turns each article's news sentences into statements: text, tokens, numbers, named things and negation inside the span. */
import type { Article, ArticleAnalysis } from '../../core/index.js';
import type { Matcher, Token } from '../match/index.js';
import { BOILERPLATE } from './lexicon/boilerplate.js';
import type { Statement } from './types.js';

/** Phrases that negate without a negation word ("has yet to receive", "failed to reach"). */
const NEGATING_PHRASES = /\b(?:yet to|failed to|fails to|refused to|refuses to)\b/gi;

/** Fewest content words a sentence needs to state something ("Advertisement" does not). */
const MIN_CONTENT_WORDS = 4;

/** Share of capitalised longer words above which a line is a title-case heading ("How Has The Council Responded To The Flood?"). */
const TITLE_CASE_SHARE = 0.7;

/** True when a line is written in title case: most words of four letters or more start with a capital. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’']{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

/** True when a sentence is page furniture rather than news (boilerplate, author notes, title-case questions). */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text)) || (/\?\s*["”’]?\s*$/.test(text) && isTitleCase(text));
}

/** True when the function words after the first word are capitalised ("Drone Strikes Cast A Shadow Over The Talks."). */
function capitalisedFunctionWords(tokens: Token[]): boolean {
  const stops = tokens.slice(1).filter((t) => t.stop && /^\p{L}/u.test(t.text));
  return stops.length >= 2 && stops.filter((t) => /^\p{Lu}/u.test(t.text)).length / stops.length >= TITLE_CASE_SHARE;
}

/**
 * The spans of one list that lie inside a range, in the list's own order: one sort by start, then a binary search per
 * range, so looking up every sentence of a long article stays O(n log n) rather than sentences × spans.
 */
export class SpansInside<T extends { start: number; end: number }> {
  private readonly byStart: number[];

  constructor(private readonly spans: readonly T[]) {
    this.byStart = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  }

  /** Spans with `start >= range.start` and `end <= range.end`, in their original order. */
  inside(range: { start: number; end: number }): T[] {
    const { spans, byStart } = this;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[byStart[mid]!]!.start < range.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < byStart.length && spans[byStart[k]!]!.start <= range.end; k++) if (spans[byStart[k]!]!.end <= range.end) found.push(byStart[k]!);
    return found.sort((a, b) => a - b).map((i) => spans[i]!);
  }
}

/** Builds the statements of every article, in article then sentence order; `idOf` maps entity indexes to story ids. */
export function buildStatements(articles: Article[], analyses: ArticleAnalysis[], idOf: string[][], matcher: Matcher): Statement[] {
  const out: Statement[] = [];
  articles.forEach((article, ai) => {
    const analysis = analyses[ai]!;
    const mentions = new SpansInside(analysis.mentions);
    const quantities = new SpansInside(analysis.quantities);
    let order = 0;
    for (const sentence of analysis.sentences) {
      if (sentence.heading) continue;
      const text = article.text.slice(sentence.start, sentence.end);
      /* a line without closing punctuation is a heading kept in the text ("Drone Attacks Undercut Peace Efforts") */
      if (isBoilerplate(text) || !/[.!?"”’)\]]\s*$/.test(text)) continue;
      const tokens = matcher.tokens(text);
      if (tokens.filter((t) => !t.stop).length < MIN_CONTENT_WORDS || capitalisedFunctionWords(tokens)) continue;
      const mentioned = mentions.inside(sentence).sort((a, b) => a.start - b.start);
      const entities = [...new Set(mentioned.map((m) => idOf[ai]![m.entity]!).filter(Boolean))];
      const persons = [...new Set(mentioned.filter((m) => analysis.entities[m.entity]?.kind === 'person').map((m) => idOf[ai]![m.entity]!))];
      out.push({
        id: out.length, article: article.id, articleIndex: ai, order: order++, span: { start: sentence.start, end: sentence.end }, text, tokens,
        quantities: quantities.inside(sentence), entities, persons,
        negated: (tokens.filter((t) => t.negation).length + (text.match(NEGATING_PHRASES)?.length ?? 0)) % 2 === 1,
      });
    }
  });
  return out;
}
