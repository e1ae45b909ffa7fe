/** Reads every input (files, directories, http(s) URLs, `-` for stdin) into articles; bad inputs become diagnostics. */
import { diagnostic, EngineError, isEngineError, type Context, type Diagnostic, type IngestedArticle } from '../core/index.js';
import type { ReadOptions } from './types.js';
import { isReadableName } from './detect.js';
import { readDocument, type Origin } from './read-document.js';

/** The name a URL is known by: the last part of its path ("https://ex.com/news/a.html" → "a.html"). */
function urlName(url: string): string {
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '');
    return path.split('/').pop() || new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The documents one input stands for, as byte loaders, or a diagnostic when the input cannot be opened. */
async function* expand(input: string, ctx: Context, options: ReadOptions): AsyncGenerator<{ origin: Origin; load: () => Promise<Uint8Array> } | Diagnostic> {
  if (input === '-') {
    if (options.stdin === undefined) throw new EngineError('E_USAGE', '`-` reads standard input, but none was given', { subject: '-' });
    const bytes = options.stdin;
    yield { origin: { source: 'stdin', name: 'stdin' }, load: async () => bytes };
    return;
  }
  if (/^https?:\/\//i.test(input)) {
    const response = await ctx.fetch(input);
    if (response.status >= 400) throw new EngineError('E_FETCH', `${input}: HTTP ${response.status}`, { subject: input });
    const type = response.headers['content-type'] ?? '';
    const charset = /charset=([\w.:-]+)/i.exec(type)?.[1] ?? null;
    const name = /xml|rss|atom/.test(type) && !/html/.test(type) ? `${urlName(response.url)}.xml` : urlName(response.url);
    yield { origin: { source: input, name, url: response.url, charset }, load: async () => response.body };
    return;
  }
  if (await ctx.isDirectory(input)) {
    const files = await ctx.listFiles(input);
    const readable = files.filter(isReadableName);
    if (readable.length < files.length) {
      yield diagnostic('info', 'skipped-files', `${input}: skipped ${files.length - readable.length} file(s) that are not text, HTML, feeds or JSONL`, { source: input });
    }
    for (const file of readable) yield { origin: { source: file, name: file }, load: () => ctx.readFile(file) };
    return;
  }
  yield { origin: { source: input, name: input }, load: () => ctx.readFile(input) };
}

/** A diagnostic for an input that could not be opened or read. */
function unreadable(source: string, error: unknown): Diagnostic {
  const reason = isEngineError(error) ? error.message : error instanceof Error ? error.message : String(error);
  const rule = isEngineError(error) && (error.code === 'E_FETCH' || error.code === 'E_BAD_URL' || error.code === 'E_TIMEOUT') ? 'fetch-failed' : 'unreadable';
  return diagnostic('error', rule, reason.startsWith(source) ? reason : `${source}: ${reason}`, { source });
}

/**
 * Reads all inputs into articles, in order. Content problems go to ctx.report() (and stay on the article);
 * an article without text is reported, not yielded. Throws E_NOTHING_READ when no input yielded an article.
 */
export async function* readSources(inputs: string[], ctx: Context, options: ReadOptions = {}): AsyncGenerator<IngestedArticle> {
  if (inputs.length === 0) throw new EngineError('E_USAGE', 'no input given: name files, directories, URLs or `-` for stdin');
  let yielded = 0;
  const errors: string[] = [];
  const breaker = { failures: 0, successes: 0, reported: false };
  const report = (d: Diagnostic) => {
    ctx.report(d);
    if (d.severity === 'error') errors.push(d.reason);
  };
  for (const input of inputs) {
    try {
      for await (const doc of expand(input, ctx, options)) {
        if (!('origin' in doc)) {
          report(doc);
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = await doc.load();
        } catch (error) {
          report(unreadable(doc.origin.source, error));
          continue;
        }
        try {
          for await (const item of readDocument(bytes, doc.origin, ctx, options, breaker)) {
            if (!('id' in item && 'text' in item)) {
              report(item as Diagnostic);
              continue;
            }
            for (const d of item.diagnostics) report(d);
            if (item.text === '') continue;
            yielded++;
            yield item;
          }
        } catch (error) {
          // A reader failing on one document must not stop the batch.
          report(unreadable(doc.origin.source, error));
        }
      }
    } catch (error) {
      if (isEngineError(error) && error.code === 'E_USAGE') throw error;
      report(unreadable(input, error));
    }
  }
  if (yielded === 0) {
    const why = errors.length > 0 ? `: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}` : '';
    throw new EngineError('E_NOTHING_READ', `no article could be read from the inputs${why}`);
  }
}
