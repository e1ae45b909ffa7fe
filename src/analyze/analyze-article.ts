/** The per-article stage: sentences → entities → attributions → quantities, all as spans of `article.text`. */
import type { Article, ArticleAnalysis, Context } from '../core/index.js';
import { readSentences } from './sentences/index.js';
import { findEntities } from './entities/index.js';
import { findAttributions } from './attributions/index.js';
import { findQuantities } from './quantities/index.js';

/** Options of the per-article stage. */
export interface AnalyzeOptions {
  /** Keep quotations with no speaker (each with a `no-speaker` diagnostic); default true. */
  keepUnattributed?: boolean;
  /** Skip quantities and dates (faster when only quotes are needed); default false. */
  skipQuantities?: boolean;
}

const defaults: Required<AnalyzeOptions> = { keepUnattributed: true, skipQuantities: false };

/** Builds the per-article analysis step: `analyzeArticle(options)(article, ctx)`; diagnostics also go to `ctx.report`. */
export function analyzeArticle(options: AnalyzeOptions = {}): (article: Article, ctx?: Context) => ArticleAnalysis {
  const settings = { ...defaults, ...options } satisfies Required<AnalyzeOptions>;
  return (article, ctx) => {
    const { tokens, sentences } = readSentences(article);
    const found = findEntities(tokens, sentences);
    const { attributions, diagnostics } = findAttributions(article, tokens, sentences, found, { keepUnattributed: settings.keepUnattributed });
    const quantities = settings.skipQuantities ? [] : findQuantities(tokens, sentences);
    for (const d of diagnostics) ctx?.report(d);
    return {
      article: article.id,
      sentences: sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
      entities: found.entities,
      mentions: found.mentions,
      attributions,
      quantities,
      diagnostics,
    };
  };
}
