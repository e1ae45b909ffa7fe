/** Fetches http(s) URLs with limits: size, time, redirects, and no private or loopback addresses unless allowed. */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { EngineError, type FetchOptions, type FetchResponse } from '../core/index.js';

/** What Concord reads: pages and feeds first. */
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Options for safeFetch. */
export interface SafeFetchOptions extends FetchOptions {
  allowPrivateNetwork?: boolean;
  maxRedirects?: number;
}

/** True for loopback, private, link-local, unique-local, CGNAT and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fe8') || v6.startsWith('fe9') || v6.startsWith('fea')
    || v6.startsWith('feb') || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('ff');
}

/** Longest wait for a DNS answer (ms): a resolver that hangs must not stall a batch. */
const LOOKUP_TIMEOUT_MS = 5_000;

/** Resolves a host name, giving up (with no addresses) after `ms`. */
async function resolveWithin(host: string, ms: number): Promise<{ address: string }[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ address: string }[]>((resolve) => { timer = setTimeout(() => resolve([]), ms); });
  try {
    return await Promise.race([lookup(host, { all: true }).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws E_BAD_URL unless the URL is http(s) and (unless allowed) resolves only to public addresses. */
export async function checkUrl(raw: string, allowPrivateNetwork: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EngineError('E_BAD_URL', `\`${raw}\` is not a valid URL`, { subject: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineError('E_BAD_URL', `${raw}: only http and https URLs are fetched`, { subject: raw });
  }
  if (!allowPrivateNetwork) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : (await resolveWithin(host, LOOKUP_TIMEOUT_MS)).map((a) => a.address);
    if (addresses.length === 0) throw new EngineError('E_FETCH', `${raw}: host \`${host}\` cannot be resolved`, { subject: raw });
    if (addresses.some(isPrivateAddress)) {
      throw new EngineError('E_BAD_URL', `${raw}: refusing a private or loopback address (allow it with --allow-private-network)`, { subject: raw });
    }
  }
  return url;
}

/** Reads a response body, stopping with E_TOO_LARGE past maxBytes. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new EngineError('E_TOO_LARGE', `${url}: response exceeds ${maxBytes} bytes`, { subject: url });
      chunks.push(chunk);
    }
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Fetches a URL, following at most `maxRedirects` redirects and checking every hop. */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<FetchResponse> {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  let current = raw;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const url = await checkUrl(current, options.allowPrivateNetwork ?? false);
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        headers: { 'user-agent': 'Concord/0.1 (+news analysis)', accept: ACCEPT, ...(options.headers ?? {}) },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError';
      throw new EngineError(timedOut ? 'E_TIMEOUT' : 'E_FETCH', `${current}: ${timedOut ? `no answer within ${timeoutMs} ms` : (error as Error).message}`, { subject: current, cause: error });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, url).href;
      continue;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => { headers[key] = value; });
    return { url: url.href, status: response.status, headers, body: await readBody(response, maxBytes, current) };
  }
  throw new EngineError('E_FETCH', `${raw}: more than ${maxRedirects} redirects`, { subject: raw });
}
