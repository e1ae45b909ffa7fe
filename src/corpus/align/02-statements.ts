/** Turns each article's news sentences into statements: text, tokens, numbers, named things and negation inside the span. */
import type { Article, ArticleAnalysis } from '../../core/index.js';
import type { Matcher } from '../match/index.js';
import { BOILERPLATE } from './lexicon/boilerplate.js';
import type { Statement } from './types.js';

/** Phrases that negate without a negation word ("has yet to receive", "failed to reach"). */
const NEGATING_PHRASES = /\b(?:yet to|failed to|fails to|refused to|refuses to)\b/gi;

/** Fewest content words a sentence needs to state something ("Advertisement" does not). */
const MIN_CONTENT_WORDS = 4;

/** True when a sentence is page furniture rather than news. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text));
}

/** Builds the statements of every article, in article then sentence order; `idOf` maps entity indexes to story ids. */
export function buildStatements(articles: Article[], analyses: ArticleAnalysis[], idOf: string[][], matcher: Matcher): Statement[] {
  const out: Statement[] = [];
  articles.forEach((article, ai) => {
    const analysis = analyses[ai]!;
    let order = 0;
    for (const sentence of analysis.sentences) {
      if (sentence.heading) continue;
      const text = article.text.slice(sentence.start, sentence.end);
      /* a line without closing punctuation is a heading kept in the text ("Drone Attacks Undercut Peace Efforts") */
      if (isBoilerplate(text) || !/[.!?"”’)\]]\s*$/.test(text)) continue;
      const tokens = matcher.tokens(text);
      if (tokens.filter((t) => !t.stop).length < MIN_CONTENT_WORDS) continue;
      const inside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
      const mentioned = analysis.mentions.filter(inside).sort((a, b) => a.start - b.start);
      const entities = [...new Set(mentioned.map((m) => idOf[ai]![m.entity]!).filter(Boolean))];
      const persons = [...new Set(mentioned.filter((m) => analysis.entities[m.entity]?.kind === 'person').map((m) => idOf[ai]![m.entity]!))];
      out.push({
        id: out.length, article: article.id, articleIndex: ai, order: order++, span: { start: sentence.start, end: sentence.end }, text, tokens,
        quantities: analysis.quantities.filter(inside), entities, persons,
        negated: (tokens.filter((t) => t.negation).length + (text.match(NEGATING_PHRASES)?.length ?? 0)) % 2 === 1,
      });
    }
  });
  return out;
}
