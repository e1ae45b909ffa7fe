/** Feed items to articles: full content when the feed carries it, else the page fetched through ctx.fetch, else the summary. */
import { diagnostic, isEngineError, type Context, type Diagnostic, type IngestedArticle } from '../../core/index.js';
import type { FoundMeta } from '../types.js';
import { buildArticle } from '../article.js';
import { decodeBytes } from '../decode.js';
import { htmlArticle } from '../documents.js';
import { stableId } from '../ids.js';
import { blockLength } from '../html/index.js';
import { htmlToBlocks } from './plain.js';
import { parseFeed, type Feed, type FeedItem } from './parse.js';
import { xmlProblem } from './xml.js';

export { parseFeed } from './parse.js';
export type { Feed, FeedItem } from './parse.js';

/** Shortest item content (characters) taken as the full article; shorter is a summary and the page is fetched. */
const FULL_CONTENT = 300;

/** Consecutive failed page fetches after which a batch stops fetching (the network is down or blocked). */
const GIVE_UP_AFTER = 5;

/** Default cap on the item pages fetched for one feed (a 1,000-item feed must not cost 1,000 fetches). */
export const MAX_PAGE_FETCHES = 100;

/** Fetch outcomes shared by all feeds of one batch, so a dead network costs a few failures, not thousands. */
export interface FetchBreaker {
  failures: number;
  successes: number;
  reported: boolean;
}

/** Options for reading a feed. */
export interface FeedReadOptions {
  outlet?: string | null;
  fetchPages?: boolean;
  concurrency?: number;
  breaker?: FetchBreaker;
  /** Item pages fetched at most for this feed (default MAX_PAGE_FETCHES); later items keep their summary. */
  maxPageFetches?: number;
}

/** What a feed file or URL yields: its parsed form and feed-level diagnostics. */
export function readFeed(xml: string, source: string, baseUrl: string | null, now?: Date): { feed: Feed | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const feed = parseFeed(xml, baseUrl, now);
  if (feed === null) {
    diagnostics.push(diagnostic('error', 'not-a-feed', `${source}: is not an RSS, Atom or RDF feed`, { source }));
    return { feed, diagnostics };
  }
  const problem = xml.length < 4_000_000 ? xmlProblem(xml.replace(/^[\s\ufeff]+/, '')) : null;
  if (problem) diagnostics.push(diagnostic('warning', 'ill-formed-xml', `${source}: ill-formed XML (${problem}); read leniently`, { source }));
  if (feed.items.length === 0) diagnostics.push(diagnostic('error', 'empty-feed', `${source}: the feed has no items`, { source }));
  return { feed, diagnostics };
}

/** The article of one item, without fetching: its content or summary. */
function itemArticle(item: FeedItem, feed: Feed, id: string, source: string, outlet: string | null | undefined, known: FoundMeta): IngestedArticle {
  const content = item.content && (!item.summary || item.content.length >= item.summary.length) ? item.content : item.summary;
  const blocks = content ? htmlToBlocks(content) : [];
  return buildArticle({ blocks, meta: {}, diagnostics: [] }, { id, source, outlet, known });
}

/** Fetches and reads an item's page; on failure keeps the summary article with a `fetch-failed` diagnostic. */
async function withPage(summary: IngestedArticle, link: string, ctx: Context, outlet: string | null | undefined, known: FoundMeta, breaker: FetchBreaker): Promise<IngestedArticle> {
  if (breaker.successes === 0 && breaker.failures >= GIVE_UP_AFTER) {
    if (!breaker.reported) {
      breaker.reported = true;
      summary.diagnostics.push(diagnostic('warning', 'fetch-disabled', `${GIVE_UP_AFTER} item pages in a row could not be fetched; keeping feed summaries from here on`, { source: summary.source, article: summary.id }));
    }
    return summary;
  }
  try {
    const response = await ctx.fetch(link);
    if (response.status >= 400) throw new Error(`HTTP ${response.status}`);
    const charset = /charset=([\w.:-]+)/i.exec(response.headers['content-type'] ?? '')?.[1] ?? null;
    const decoded = decodeBytes(response.body, link, true, charset, ctx.limits?.maxInflatedBytes);
    if (decoded.text === null) throw new Error(decoded.diagnostics[0]?.reason ?? 'unreadable page');
    const page = htmlArticle(decoded.text, { id: summary.id, source: summary.source, url: response.url, outlet, known, now: ctx.now() });
    breaker.successes++;
    if (page.text.length > summary.text.length) return page;
    summary.diagnostics.push(diagnostic('info', 'page-no-better', `${link}: the fetched page had no more text than the feed summary`, { source: summary.source, article: summary.id }));
    return summary;
  } catch (error) {
    breaker.failures++;
    const reason = isEngineError(error) || error instanceof Error ? error.message : String(error);
    summary.diagnostics.push(diagnostic('warning', 'fetch-failed', `${link}: could not fetch the item's page (${reason}); kept the feed summary`, { source: summary.source, article: summary.id }));
    return summary;
  }
}

/** An item with neither content nor summary keeps its title as text, so the item is not lost ("title-only"). */
function withTitleFallback(article: IngestedArticle, item: FeedItem): IngestedArticle {
  if (article.text !== '' || !item.title) return article;
  article.text = item.title;
  article.diagnostics = article.diagnostics.filter((d) => d.rule !== 'empty-body');
  article.diagnostics.push(diagnostic('warning', 'title-only', `${article.source}: the item has no summary or content; its title stands in for the text`, { source: article.source, article: article.id }));
  return article;
}

/** Turns a feed's items into articles, fetching pages of summary-only items a few at a time; keeps item order. */
export async function* feedArticles(feed: Feed, source: string, ctx: Context, options: FeedReadOptions = {}): AsyncGenerator<IngestedArticle> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const fetchPages = options.fetchPages ?? true;
  const breaker = options.breaker ?? { failures: 0, successes: 0, reported: false };
  const maxPageFetches = Math.max(0, options.maxPageFetches ?? ctx.limits?.maxPageFetches ?? MAX_PAGE_FETCHES);
  let pageFetches = 0;
  const jobs = feed.items.map((item, index) => async (): Promise<IngestedArticle> => {
    const id = stableId(item.link ?? item.guid ?? `${source}#${index}:${item.title ?? ''}`);
    const known: FoundMeta = {
      title: item.title, published: item.published, author: item.author, url: item.link, outlet: feed.title,
      declaredLanguage: feed.language,
    };
    const itemSource = `${source}#${index + 1}`;
    const article = itemArticle(item, feed, id, itemSource, options.outlet, known);
    const full = blockLength(item.content ? htmlToBlocks(item.content) : []) >= FULL_CONTENT;
    if (full || !fetchPages || !item.link || !/^https?:\/\//.test(item.link)) return withTitleFallback(article, item);
    if (pageFetches >= maxPageFetches) {
      article.diagnostics.push(diagnostic('info', 'fetch-capped', `${item.link}: not fetched, the feed already had ${maxPageFetches} item pages fetched; kept the feed summary`, { source: itemSource, article: id }));
      return withTitleFallback(article, item);
    }
    pageFetches++;
    article.diagnostics = article.diagnostics.filter((d) => d.rule !== 'empty-body');
    return withTitleFallback(await withPage(article, item.link, ctx, options.outlet, known, breaker), item);
  });
  const running: Promise<IngestedArticle>[] = [];
  let next = 0;
  while (next < jobs.length && running.length < concurrency) running.push(jobs[next++]!());
  while (running.length > 0) {
    const article = await running.shift()!;
    if (next < jobs.length) running.push(jobs[next++]!());
    yield article;
  }
}
