/** The per-article stage: sentences → entities → attributions → quantities, all as spans of `article.text`. */
import { diagnostic, type Article, type ArticleAnalysis, type Context } from '../core/index.js';
import { readSentences } from './sentences/index.js';
import { findEntities } from './entities/index.js';
import { findAttributions } from './attributions/index.js';
import { findQuantities } from './quantities/index.js';
import { LONG_TEXT, SegmentMerger, cutPoint, headingsIn, segmentBounds } from './segments.js';

/**
 * Most characters (UTF-16 units) of one article analysed: 256,000, about 45,000 words, longer than nearly every news
 * article. Past it (a book, a transcript dump, a page that swallowed its site) the text is kept whole on the article
 * but only its first part gets sentences, entities, quotes and figures, and an `analysis-truncated` warning says
 * where. It bounds what one article can cost (≈ 0.15–0.3 s, one segment of memory at a time), so a 16 MiB upload
 * of one text cannot hold the server for many seconds. `--max-analysis-kchars` or `Context.limits` changes it.
 */
export const MAX_ANALYSED_CHARS = 256_000;

/** How far before the limit a truncated article may be cut, to end at a paragraph or line break. */
const TRUNCATION_WINDOW = 8_000;

/** Options of the per-article stage. */
export interface AnalyzeOptions {
  /** Keep quotations with no speaker (each with a `no-speaker` diagnostic); default true. */
  keepUnattributed?: boolean;
  /** Skip quantities and dates (faster when only quotes are needed); default false. */
  skipQuantities?: boolean;
  /** Most characters analysed when `Context.limits` sets none; default MAX_ANALYSED_CHARS. */
  maxAnalysedChars?: number;
}

const defaults: Required<AnalyzeOptions> = { keepUnattributed: true, skipQuantities: false, maxAnalysedChars: MAX_ANALYSED_CHARS };

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

/** Analyses a text of any length: whole, or in segments past LONG_TEXT. */
function analyzeText(article: Analysable, settings: Required<AnalyzeOptions>): ArticleAnalysis {
  return article.text.length > LONG_TEXT ? analyzeLong(article, settings) : analyzeWhole(article, settings);
}

/**
 * Analyses the first `limit` characters of an over-long article, cut at the last paragraph or line break in the
 * final TRUNCATION_WINDOW characters before the limit (else a space), with an `analysis-truncated` warning spanning the rest.
 */
function analyzeTruncated(article: Analysable, settings: Required<AnalyzeOptions>, limit: number): ArticleAnalysis {
  const cut = cutPoint(article.text, Math.max(0, limit - TRUNCATION_WINDOW), limit);
  const analysis = analyzeText({ ...article, text: article.text.slice(0, cut), headings: headingsIn(article.headings, 0, cut) }, settings);
  const reason = `Only the first ${cut.toLocaleString('en')} of ${article.text.length.toLocaleString('en')} characters were analysed (limit ${limit.toLocaleString('en')}); the rest is kept but has no quotes, entities or facts.`;
  analysis.diagnostics.push(diagnostic('warning', 'analysis-truncated', reason, { article: article.id, span: { start: cut, end: article.text.length } }));
  return analysis;
}

/**
 * Builds the per-article analysis step: `analyzeArticle(options)(article, ctx)`; diagnostics also go to `ctx.report`.
 * `ctx.limits.maxAnalysedChars`, when set, wins over `options.maxAnalysedChars`.
 */
export function analyzeArticle(options: AnalyzeOptions = {}): (article: Article, ctx?: Context) => ArticleAnalysis {
  // An option given as undefined keeps its default (a caller may pass a flag that was not set).
  const settings: Required<AnalyzeOptions> = {
    keepUnattributed: options.keepUnattributed ?? defaults.keepUnattributed,
    skipQuantities: options.skipQuantities ?? defaults.skipQuantities,
    maxAnalysedChars: options.maxAnalysedChars ?? defaults.maxAnalysedChars,
  };
  return (article, ctx) => {
    const limit = ctx?.limits?.maxAnalysedChars ?? settings.maxAnalysedChars;
    const analysis = article.text.length > limit ? analyzeTruncated(article, settings, limit) : analyzeText(article, settings);
    for (const d of analysis.diagnostics) ctx?.report(d);
    return analysis;
  };
}
