import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LiveEvent } from '../../core/index.js';
import { createStoryEvents } from './bus.js';
import { liveRoutes } from './routes.js';

/** An event about `story`. */
function ev(story: string, kind: LiveEvent['kind'] = 'story', revision = 1): LiveEvent {
  return { kind, story, article: kind === 'article' ? 'a1' : null, title: `Title of ${story}`, articles: 2, revision, at: '2026-01-01T00:00:00.000Z' };
}

/** Reads an SSE body until `count` events (with data) arrived, then cancels it. */
async function readEvents(body: ReadableStream<Uint8Array>, count: number): Promise<{ event: string; id?: string; data: unknown }[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const out: { event: string; id?: string; data: unknown }[] = [];
  while (out.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let at: number;
    while ((at = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, at);
      text = text.slice(at + 2);
      const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim();
      const data = field('data');
      if (data !== undefined) out.push({ event: field('event') ?? 'message', id: field('id'), data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return out;
}

test('should deliver published events to subscribers, filtered by story, and replay kept ones', () => {
  const bus = createStoryEvents({ keep: 2 });
  const all: string[] = [];
  const one: string[] = [];
  const off = bus.subscribe((e) => all.push(e.event.story));
  bus.subscribe((e) => one.push(e.event.story), { story: 's2' });
  bus.publish(ev('s1'));
  bus.publish(ev('s2'));
  off();
  bus.publish(ev('s3'));
  assert.deepEqual(all, ['s1', 's2']);
  assert.deepEqual(one, ['s2']);
  assert.deepEqual(bus.since(0).map((e) => e.event.story), ['s2', 's3'], 'only the last two are kept');
  assert.deepEqual(bus.since(2).map((e) => e.id), [3]);
  assert.equal(bus.listeners, 1);
});

test('should stream story events as server-sent events, one story or all', async () => {
  const bus = createStoryEvents();
  const app = liveRoutes(bus, { heartbeatMs: 50 });
  const res = await app.request('/stories/s2');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const reading = readEvents(res.body!, 3);
  await new Promise((r) => setTimeout(r, 30));
  bus.publish(ev('s1'));
  bus.publish(ev('s2', 'article'));
  bus.publish(ev('s2', 'story', 2));
  const got = await reading;
  assert.deepEqual(got.map((g) => g.event), ['ready', 'article', 'story']);
  assert.equal((got[2]!.data as LiveEvent).revision, 2);
  assert.equal(got[2]!.id, '3');
});

test('should replay missed events to a client reconnecting with Last-Event-ID', async () => {
  const bus = createStoryEvents();
  bus.publish(ev('s1'));
  bus.publish(ev('s2'));
  bus.publish(ev('s3'));
  const res = await liveRoutes(bus).request('/stories', { headers: { 'last-event-id': '1' } });
  const got = await readEvents(res.body!, 3);
  assert.deepEqual(got.slice(1).map((g) => (g.data as LiveEvent).story), ['s2', 's3']);
});
