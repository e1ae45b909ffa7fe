/** Security middleware: strict headers (CSP without inline script), allowed hosts, same-origin writes, the write token, time limits. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { EngineError } from '../core/index.js';

/** The Content-Security-Policy of every answer: scripts and styles only from this origin, no inline code, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

/** Sets the security headers on every answer. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  };
}

/** Host names a loopback server answers to: refusing others defeats DNS rebinding. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Refuses requests whose host (from the Host header, as the request URL carries it) is not in the list (null allows any). */
export function allowedHosts(hosts: string[] | null): MiddlewareHandler {
  return async (c, next) => {
    if (hosts !== null) {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!hosts.includes(host)) throw new EngineError('E_FORBIDDEN', `host \`${host}\` is not served here`, { subject: host });
    }
    await next();
  };
}

/** Refuses cross-site writes: browsers send Sec-Fetch-Site or Origin, and either must name this origin. */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new EngineError('E_FORBIDDEN', 'cross-site writes are refused');
      if (origin !== undefined && origin !== 'null') {
        let host = '';
        try { host = new URL(origin).host; } catch { /* a malformed origin is refused below */ }
        if (host !== new URL(c.req.url).host) throw new EngineError('E_FORBIDDEN', 'cross-origin writes are refused');
      }
      if (origin === 'null') throw new EngineError('E_FORBIDDEN', 'writes from opaque origins are refused');
    }
    await next();
  };
}

/** Compares tokens in constant time (hashing first so lengths do not leak). */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** How writes are guarded: no token needed (loopback), a token needed, or writes disabled (public host without a token). */
export interface WriteGuard {
  required: boolean;
  token: string | null;
}

/** Throws unless the request may write: `given` is the bearer token or a form's `token` field. */
export function checkWrite(guard: WriteGuard, given: string | undefined): void {
  if (!guard.required) return;
  if (!guard.token) throw new EngineError('E_FORBIDDEN', 'writes are disabled on this address: start the server with CONCORD_TOKEN set');
  if (!given || !sameToken(given, guard.token)) throw new EngineError('E_UNAUTHORIZED', 'a valid token is needed to write (Authorization: Bearer …)');
}

/** The bearer token of a request, if any. */
export function bearerOf(c: Context): string | undefined {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

/** Fails a request with E_TIMEOUT when its handler takes longer than `ms` (the work itself is not cancelled). */
export function timeLimit(ms: number): MiddlewareHandler {
  return async (c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EngineError('E_TIMEOUT', `request took longer than ${ms} ms`)), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
