/**
 * Server-sent events for the story list and story pages: `GET /stories` streams every story's events,
 * `GET /stories/:id` one story's. Each event is named by its kind (`article`, `story`) with the LiveEvent as
 * JSON data; a client reconnecting with Last-Event-ID gets the kept events it missed.
 */
import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { NumberedEvent, StoryEvents } from './bus.js';

/** Options of the live routes. */
export interface LiveRouteOptions {
  /** Comment line sent this often so proxies keep the connection open (ms, default 15000). */
  heartbeatMs?: number;
  /** Most connections at once (default 100); more get 503. */
  maxConnections?: number;
}

/** Longest story id accepted in the path. */
const MAX_ID = 200;

/** Streams the bus's events matching `story` until the client goes away. */
async function pump(stream: SSEStreamingApi, bus: StoryEvents, story: string | undefined, lastId: number, heartbeatMs: number): Promise<void> {
  const queue: NumberedEvent[] = bus.since(lastId, { story });
  let wake: (() => void) | null = null;
  const unsubscribe = bus.subscribe((e) => { queue.push(e); wake?.(); }, { story });
  stream.onAbort(() => { unsubscribe(); wake?.(); });
  try {
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ story: story ?? null }), retry: 2000 });
    while (!stream.aborted && !stream.closed) {
      const e = queue.shift();
      if (e) {
        await stream.writeSSE({ id: String(e.id), event: e.event.kind, data: JSON.stringify(e.event) });
        continue;
      }
      const timer = new Promise<void>((r) => { const t = setTimeout(r, heartbeatMs); wake = () => { clearTimeout(t); r(); }; });
      await timer;
      wake = null;
      if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
    }
  } finally {
    unsubscribe();
  }
}

/** The SSE routes over a bus; mount with `app.route('/api/live', liveRoutes(bus))`. */
export function liveRoutes(bus: StoryEvents, options: LiveRouteOptions = {}): Hono {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxConnections = options.maxConnections ?? 100;
  const app = new Hono();
  let open = 0;
  const handler = (story: string | undefined) => (c: Context) => {
    if (story !== undefined && (story.length > MAX_ID || story === '')) return c.json({ error: { code: 'E_BAD_INPUT', message: 'bad story id' } }, 400);
    if (open >= maxConnections) return c.json({ error: { code: 'E_TOO_LARGE', message: 'too many live connections' } }, 503);
    const lastId = Number(c.req.header('last-event-id') ?? c.req.query('since') ?? 0);
    c.header('cache-control', 'no-store');
    c.header('x-accel-buffering', 'no');
    return streamSSE(c, async (stream) => {
      open++;
      try {
        await pump(stream, bus, story, Number.isFinite(lastId) ? lastId : 0, heartbeatMs);
      } finally {
        open--;
      }
    });
  };
  app.get('/stories', (c) => handler(undefined)(c));
  app.get('/stories/:id', (c) => handler(c.req.param('id'))(c));
  return app;
}
