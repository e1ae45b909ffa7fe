/**
 * Source limits as CLI flags: fetched body size, fetch time, redirects, gzip output, page fetches per feed; and, on the
 * commands that analyse, the characters analysed per article.
 */
import type { Context, FetchOptions, SourceLimits } from '../core/index.js';
import { intOption } from './args.js';
import type { ParsedArgs } from './command.js';

const MIB = 1024 * 1024;

/** parseArgs options of the limit flags (every command that reads sources spreads these in). */
export const LIMIT_OPTIONS = {
  'max-fetch-mb': { type: 'string' },
  'fetch-timeout': { type: 'string' },
  'max-redirects': { type: 'string' },
  'max-gunzip-mb': { type: 'string' },
  'max-page-fetches': { type: 'string' },
} as const;

/** The --help lines of the limit flags. */
export const LIMIT_USAGE = `  --max-fetch-mb N        largest fetched page or feed in MiB, after transport decompression (1–1024; default 16)
  --fetch-timeout S        seconds a fetch may take, redirects included (1–600; default 15)
  --max-redirects N        redirects followed per fetch, each re-checked (0–20; default 5)
  --max-gunzip-mb N        most a .gz input may inflate to, in MiB (1–4096; default 32)
  --max-page-fetches N     item pages fetched per feed; later items keep their summary (0–10000; default 100)`;

/** parseArgs options of the analysis limit (commands that analyse articles spread these in too). */
export const ANALYSIS_LIMIT_OPTIONS = {
  'max-analysis-kchars': { type: 'string' },
} as const;

/** The --help line of the analysis limit. */
export const ANALYSIS_LIMIT_USAGE = `  --max-analysis-kchars N  thousands of characters analysed per article; the rest is kept, not analysed (16–100000; default 256)`;

/** Fetch limits (absent: the fetcher's defaults) plus the source limits carried on the Context. */
export interface CliLimits {
  fetch: Pick<FetchOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects'>;
  sources: SourceLimits;
}

/** Reads and checks the limit flags; a bad value throws E_BAD_OPTION naming the flag and its range. */
export function readLimits(args: ParsedArgs): CliLimits {
  const given = (name: string) => args.values[name] !== undefined;
  const fetch: CliLimits['fetch'] = {};
  const sources: SourceLimits = {};
  if (given('max-fetch-mb')) fetch.maxBytes = intOption(args, 'max-fetch-mb', 16, 1, 1024) * MIB;
  if (given('fetch-timeout')) fetch.timeoutMs = intOption(args, 'fetch-timeout', 15, 1, 600) * 1000;
  if (given('max-redirects')) fetch.maxRedirects = intOption(args, 'max-redirects', 5, 0, 20);
  if (given('max-gunzip-mb')) sources.maxInflatedBytes = intOption(args, 'max-gunzip-mb', 32, 1, 4096) * MIB;
  if (given('max-page-fetches')) sources.maxPageFetches = intOption(args, 'max-page-fetches', 100, 0, 10_000);
  if (given('max-analysis-kchars')) sources.maxAnalysedChars = intOption(args, 'max-analysis-kchars', 256, 16, 100_000) * 1000;
  return { fetch, sources };
}

/**
 * The context with the limits applied: every fetch gets the user's size, time and redirect limits unless the caller
 * set its own (the model server's request does), and the readers find the source limits on `ctx.limits`.
 */
export function withLimits<C extends Context>(ctx: C, limits: CliLimits): C {
  const noFetchLimits = Object.keys(limits.fetch).length === 0;
  const noSourceLimits = Object.keys(limits.sources).length === 0;
  if (noFetchLimits && noSourceLimits) return ctx;
  const fetch = ctx.fetch;
  return {
    ...ctx,
    ...(noSourceLimits ? {} : { limits: { ...ctx.limits, ...limits.sources } }),
    ...(noFetchLimits ? {} : { fetch: (url: string, options: FetchOptions = {}) => fetch(url, { ...limits.fetch, ...options }) }),
  };
}
