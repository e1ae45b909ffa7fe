/** The per-article stage: sentences → entities → attributions → quantities, all as spans of `article.text`. */
import type { Article, ArticleAnalysis, Context } from '../core/index.js';
import { readSentences } from './sentences/index.js';
import { findEntities } from './entities/index.js';
import { findAttributions } from './attributions/index.js';
import { findQuantities } from './quantities/index.js';
import { LONG_TEXT, SegmentMerger, headingsIn, segmentBounds } from './segments.js';

/** Options of the per-article stage. */
export interface AnalyzeOptions {
  /** Keep quotations with no speaker (each with a `no-speaker` diagnostic); default true. */
  keepUnattributed?: boolean;
  /** Skip quantities and dates (faster when only quotes are needed); default false. */
  skipQuantities?: boolean;
}

const defaults: Required<AnalyzeOptions> = { keepUnattributed: true, skipQuantities: false };

type Analysable = Pick<Article, 'id' | 'text' | 'title' | 'headings'>;

/** Analyses one text whole. */
function analyzeWhole(article: Analysable, settings: Required<AnalyzeOptions>): ArticleAnalysis {
  const { tokens, sentences } = readSentences(article);
  const found = findEntities(tokens, sentences);
  const { attributions, diagnostics } = findAttributions(article, tokens, sentences, found, { keepUnattributed: settings.keepUnattributed });
  const quantities = settings.skipQuantities ? [] : findQuantities(tokens, sentences);
  return {
    article: article.id,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
    entities: found.entities,
    mentions: found.mentions,
    attributions,
    quantities,
    diagnostics,
  };
}

/** Analyses a long text a segment of paragraphs at a time (see segments.ts) and merges the parts. */
function analyzeLong(article: Analysable, settings: Required<AnalyzeOptions>): ArticleAnalysis {
  const cuts = segmentBounds(article.text);
  const merger = new SegmentMerger(article.id);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const part = { id: article.id, text: article.text.slice(from, to), title: i === 0 ? article.title : null, headings: headingsIn(article.headings, from, to) };
    merger.add(analyzeWhole(part, settings), from);
  }
  return merger.result();
}

/** Builds the per-article analysis step: `analyzeArticle(options)(article, ctx)`; diagnostics also go to `ctx.report`. */
export function analyzeArticle(options: AnalyzeOptions = {}): (article: Article, ctx?: Context) => ArticleAnalysis {
  const settings = { ...defaults, ...options } satisfies Required<AnalyzeOptions>;
  return (article, ctx) => {
    const analysis = article.text.length > LONG_TEXT ? analyzeLong(article, settings) : analyzeWhole(article, settings);
    for (const d of analysis.diagnostics) ctx?.report(d);
    return analysis;
  };
}
