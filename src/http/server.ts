/** Serves the app on Node with bounded header, request and idle times. */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** True when the host name or address only reaches this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Anything with a fetch handler (a Hono app). */
export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/** Starts serving; port 0 picks a free port. Resolves once listening. */
export function startServer(app: FetchHandler, options: { port: number; host: string; requestTimeoutMs?: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: (request: Request) => app.fetch(request), port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const shown = options.host === 'localhost' ? 'localhost' : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          (server as Server).closeAllConnections?.();
          server.close(() => done());
        }),
      });
    }) as Server;
    server.headersTimeout = 10_000;
    server.requestTimeout = options.requestTimeoutMs ?? 120_000;
    server.keepAliveTimeout = 5_000;
    server.maxHeadersCount = 100;
    server.on('error', reject);
  });
}
