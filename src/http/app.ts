/** The Hono app: security middleware, the JSON API, the pages, and one error boundary. */
import { Hono } from 'hono';
import { assetRoutes } from './assets/index.js';
import { errorResponse, notFound } from './errors.js';
import { ingestRunner } from './announce.js';
import { createJobs } from './jobs.js';
import { liveRoutes, type StoryEvents } from './live/index.js';
import { openApiDocument } from './openapi.js';
import type { Repository } from './repository.js';
import { apiRoutes } from './routes/api.js';
import { ingestRoutes, type IngestLimits } from './routes/ingest.js';
import { pageRoutes } from './routes/pages.js';
import { allowedHosts, sameOriginWrites, securityHeaders, timeLimit, type WriteGuard } from './security.js';

/** Options of the app; limits default to values safe for a laptop. */
export interface AppOptions {
  repository: Repository;
  /** True when writes need CONCORD_TOKEN (the server listens on something other than loopback). */
  tokenRequired?: boolean;
  /** The write token; with `tokenRequired` and no token, writes are refused. */
  token?: string | null;
  /** Host names answered (null: any). A loopback server passes LOOPBACK_HOSTS. */
  hosts?: string[] | null;
  /** Largest request body (bytes). */
  maxUploadBytes?: number;
  maxFiles?: number;
  maxUrls?: number;
  /** Longest time a read request may take (ms). */
  requestTimeoutMs?: number;
  /** Longest time an ingest job may take (ms). */
  ingestTimeoutMs?: number;
  /** Allow ingesting URLs on private and loopback addresses. */
  allowPrivateNetwork?: boolean;
  /** Live story events: streamed at /api/live/stories[/:id]; HTTP ingests are announced on it. */
  events?: StoryEvents | null;
  /** Where unexpected errors are logged (never sent to the client). */
  log?: (message: string) => void;
}

const defaults = {
  tokenRequired: false, token: null, hosts: null, maxUploadBytes: 16 * 1024 * 1024, maxFiles: 200, maxUrls: 50,
  requestTimeoutMs: 15_000, ingestTimeoutMs: 10 * 60_000, allowPrivateNetwork: false, log: (m: string) => { process.stderr.write(`${m}\n`); },
};

/** Creates the app. Test it in-process with `app.request()`; serve it with `startServer()`. */
export function createApp(options: AppOptions): Hono {
  const o = { ...defaults, ...options } satisfies Required<Omit<AppOptions, 'token' | 'hosts' | 'events'>> & Pick<AppOptions, 'token' | 'hosts' | 'events'>;
  const events = o.events ?? null;
  const run = ingestRunner(o.repository, events);
  const guard: WriteGuard = { required: o.tokenRequired, token: o.token ?? null };
  const limits: IngestLimits = { maxBytes: o.maxUploadBytes, maxFiles: o.maxFiles, maxUrls: o.maxUrls, allowPrivateNetwork: o.allowPrivateNetwork };
  const jobs = createJobs({ timeoutMs: o.ingestTimeoutMs, log: o.log });
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', allowedHosts(o.hosts ?? null));
  app.use('*', sameOriginWrites());
  app.on(['GET', 'HEAD'], '*', timeLimit(o.requestTimeoutMs));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/favicon.ico', (c) => c.redirect('/assets/icon.svg', 301));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/assets', assetRoutes());
  app.route('/api/ingest', ingestRoutes(run, jobs, guard, limits));
  if (events) app.route('/api/live', liveRoutes(events));
  app.route('/api', apiRoutes(o.repository));
  app.route('/', pageRoutes(o.repository, run, jobs, guard, limits, events ? () => events.since(0).at(-1)?.id ?? 0 : null));
  app.notFound(notFound);
  app.onError((error, c) => errorResponse(c, error, o.log));
  return app;
}
