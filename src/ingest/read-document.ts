/** One input's bytes to articles: decode, detect the format, and hand over to the text, HTML, feed or JSONL reader. */
import { diagnostic, type Context, type Diagnostic, type IngestedArticle } from '../core/index.js';
import type { ReadOptions } from './types.js';
import { decodeBytes } from './decode.js';
import { detectFormat, formatFromName } from './detect.js';
import { htmlArticle, textArticle } from './documents.js';
import { feedArticles, readFeed, type FetchBreaker } from './feed/index.js';
import { idFromPath } from './ids.js';
import { parseJsonlArticles } from './jsonl.js';

/** Where a document came from. */
export interface Origin {
  /** Path, URL or `stdin`, used in diagnostics and as `article.source`. */
  source: string;
  /** Name used for the id and the format hint (file name, URL path, `stdin`). */
  name: string;
  /** The page's URL when it was fetched. */
  url?: string | null;
  /** Charset named by an HTTP Content-Type header. */
  charset?: string | null;
}

/** Reads one document's articles; content problems are yielded as diagnostics on the way. */
export async function* readDocument(bytes: Uint8Array, origin: Origin, ctx: Context, options: ReadOptions = {}, breaker?: FetchBreaker): AsyncGenerator<IngestedArticle | Diagnostic> {
  const { source, name } = origin;
  const hinted = formatFromName(name);
  const decoded = decodeBytes(bytes, source, hinted === 'text' ? false : hinted === null ? 'auto' : true, origin.charset, ctx.limits?.maxInflatedBytes);
  yield* decoded.diagnostics;
  if (decoded.text === null) return;
  const text = decoded.text;
  if (text.trim() === '') {
    yield diagnostic('error', 'empty-input', `${source}: is empty`, { source });
    return;
  }
  const format = detectFormat(name, text);
  const now = ctx.now();
  const id = idFromPath(name);
  const outlet = options.outlet ?? null;
  if (format === 'text') yield textArticle(text, { id, source, outlet, url: origin.url, now });
  else if (format === 'html') yield htmlArticle(text, { id, source, outlet, url: origin.url, now });
  else if (format === 'jsonl') {
    const { articles, diagnostics } = parseJsonlArticles(text, source, { outlet, now });
    yield* diagnostics;
    yield* articles;
  } else {
    const { feed, diagnostics } = readFeed(text, source, origin.url ?? null, now);
    yield* diagnostics;
    if (feed) yield* feedArticles(feed, source, ctx, { outlet, fetchPages: options.fetchPages, concurrency: options.fetchConcurrency, breaker });
  }
}
