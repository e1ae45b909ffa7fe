/** Fetches http(s) URLs with limits: size, time, redirects, and no private or loopback addresses unless allowed. */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { EngineError, type FetchOptions, type FetchResponse } from '../core/index.js';

/** What Concord reads: pages and feeds first. */
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Resolves a host name to its addresses (IPv4 or IPv6 text); injectable so tests can stand in for DNS. */
export type Resolver = (host: string) => Promise<string[]>;

/** Options for safeFetch. */
export interface SafeFetchOptions extends FetchOptions {
  allowPrivateNetwork?: boolean;
  maxRedirects?: number;
  /** DNS lookup used for the address check; the connection goes to the address it approved (default: `dns.lookup`). */
  resolve?: Resolver;
  /** Tests only: maps the checked address to the one actually dialled (default: the checked address itself). */
  dial?: (address: string) => string;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail allowed), or null when it is not one. */
function v6Groups(v6: string): number[] | null {
  if (isIP(v6) !== 6) return null;
  let text = v6.replace(/%.*$/, '');
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  const groups = [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 ? groups : null;
}

/** The IPv4 address an IPv6 address stands for (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64, 6to4), else null. */
function embeddedV4(v6: string): string | null {
  const g = v6Groups(v6);
  if (!g) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeroHead = g.slice(0, 5).every((x) => x === 0);
  if (zeroHead && (g[5] === 0xffff || (g[5] === 0 && (g[6]! > 0 || g[7]! > 1)))) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return null;
}

/** True for loopback, private, link-local, unique-local, CGNAT and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const lower = address.toLowerCase();
  const v4 = embeddedV4(lower) ?? lower;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const g = v6Groups(lower);
  if (g === null) return false;
  const unspecifiedOrLoopback = g.slice(0, 7).every((x) => x === 0) && g[7]! <= 1;
  const first = g[0]!;
  // fe80::/10 link-local, fec0::/10 site-local, fc00::/7 unique-local, ff00::/8 multicast
  return unspecifiedOrLoopback || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 || (first & 0xfe00) === 0xfc00 || (first & 0xff00) === 0xff00;
}

/** Longest wait for a DNS answer (ms): a resolver that hangs must not stall a batch. */
const LOOKUP_TIMEOUT_MS = 5_000;

/** The system resolver: every address `dns.lookup` gives for a host. */
export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

/** Resolves a host name, giving up (with no addresses) after `ms` or when the resolver fails. */
async function resolveWithin(host: string, ms: number, resolver: Resolver): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((resolve) => { timer = setTimeout(() => resolve([]), ms); });
  try {
    return await Promise.race([resolver(host).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A checked URL and the address to connect to (null when private addresses are allowed: the system resolves). */
interface CheckedTarget {
  url: URL;
  address: string | null;
}

/** Checks a URL (see checkUrl) and keeps the first checked address, so the connection goes exactly there. */
async function checkTarget(raw: string, allowPrivateNetwork: boolean, resolve: Resolver): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EngineError('E_BAD_URL', `\`${raw}\` is not a valid URL`, { subject: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineError('E_BAD_URL', `${raw}: only http and https URLs are fetched`, { subject: raw });
  }
  if (allowPrivateNetwork) return { url, address: null };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolveWithin(host, LOOKUP_TIMEOUT_MS, resolve);
  if (addresses.length === 0) throw new EngineError('E_FETCH', `${raw}: host \`${host}\` cannot be resolved`, { subject: raw });
  if (addresses.some(isPrivateAddress)) {
    throw new EngineError('E_BAD_URL', `${raw}: refusing a private or loopback address (allow it with --allow-private-network)`, { subject: raw });
  }
  return { url, address: addresses[0]! };
}

/**
 * Throws E_BAD_URL unless the URL is http(s) and (unless allowed) resolves only to public addresses.
 * `resolve` stands in for DNS (tests); by default the system resolver is asked.
 */
export async function checkUrl(raw: string, allowPrivateNetwork: boolean, resolve: Resolver = systemResolver): Promise<URL> {
  return (await checkTarget(raw, allowPrivateNetwork, resolve)).url;
}

/** One answer of the pinned transport: status, headers, and the (decoded) body stream. */
interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

/** A `lookup` for node:net that answers every name with the one address already checked (no second DNS query). */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address) === 6 ? 6 : 4;
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

/** The body decoded as its content-encoding says (gzip, deflate, br), so size limits count decoded bytes. */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!decoder) return res;
  res.on('error', (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

/**
 * Sends one request with node:http(s). When `address` is given the socket connects to it (the address that was
 * checked), while Host and TLS SNI still carry the URL's host name.
 */
function request(url: URL, method: string, headers: Record<string, string>, body: string | undefined, address: string | null, signal: AbortSignal): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send({
      host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
      signal,
      ...(address ? { lookup: pinnedLookup(address) } : {}),
      ...(url.protocol === 'https:' && !isIP(host) ? { servername: host } : {}),
    }, (res) => {
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
      resolve({ status: res.statusCode ?? 0, headers: out, body: decoded(res) });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Reads a response body, stopping with E_TOO_LARGE past maxBytes. */
async function readBody(stream: Readable, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new EngineError('E_TOO_LARGE', `${url}: response exceeds ${maxBytes} bytes`, { subject: url });
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** A transport failure as E_TIMEOUT (the time limit ran out) or E_FETCH. */
function fetchError(error: unknown, signal: AbortSignal, url: string, timeoutMs: number): EngineError {
  if (error instanceof EngineError) return error;
  const timedOut = signal.aborted || (error as Error)?.name === 'TimeoutError';
  return new EngineError(timedOut ? 'E_TIMEOUT' : 'E_FETCH', `${url}: ${timedOut ? `no answer within ${timeoutMs} ms` : (error as Error).message}`, { subject: url, cause: error });
}

/**
 * Fetches a URL, following at most `maxRedirects` redirects and checking every hop. Each hop connects to the very
 * address that passed the check (no second DNS lookup, so no DNS-rebinding window).
 */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<FetchResponse> {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = raw;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const { url, address } = await checkTarget(current, options.allowPrivateNetwork ?? false, options.resolve ?? systemResolver);
    // The request body goes with the first hop only; a redirect is followed with GET.
    const method = hop === 0 ? options.method ?? 'GET' : 'GET';
    const headers = { 'user-agent': 'Concord/0.1 (+news analysis)', accept: ACCEPT, ...(options.headers ?? {}) };
    const target = address && options.dial ? options.dial(address) : address;
    let response: RawResponse;
    try {
      response = await request(url, method, headers, method === 'POST' ? options.body : undefined, target, signal);
    } catch (error) {
      throw fetchError(error, signal, current, timeoutMs);
    }
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      response.body.destroy();
      current = new URL(location, url).href;
      continue;
    }
    try {
      return { url: url.href, status: response.status, headers: response.headers, body: await readBody(response.body, maxBytes, current) };
    } catch (error) {
      throw fetchError(error, signal, current, timeoutMs);
    }
  }
  throw new EngineError('E_FETCH', `${raw}: more than ${maxRedirects} redirects`, { subject: raw });
}
