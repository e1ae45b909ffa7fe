import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { createStoryEvents } from './live/index.js';
import { memoryRepository } from './memory-repository.js';
import { sampleCorpus } from './testing/sample-corpus.js';
import { plainTextReader } from './testing/text-reader.js';

test('should announce the stories an HTTP ingest touched on the live bus and stream them', async () => {
  const events = createStoryEvents();
  const app = createApp({ repository: memoryRepository({ ...sampleCorpus(), read: plainTextReader }), events, log: () => {} });
  const stream = await app.request('/api/live/stories');
  assert.equal(stream.status, 200);
  assert.match(stream.headers.get('content-type') ?? '', /text\/event-stream/);
  const res = await app.request('/api/ingest?wait=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name: 'gala.txt', text: 'Harbour gala announced\n\nA gala will be held.' }] }) });
  assert.equal(res.status, 200);
  const published = events.since(0);
  assert.equal(published.length, 1);
  assert.deepEqual({ ...published[0]!.event, at: 'x' }, { kind: 'story', story: 'story-gala', article: null, title: 'Harbour gala announced', articles: 1, revision: 0, at: 'x' });
  const reader = stream.body!.getReader();
  let text = '';
  while (!text.includes('event: story')) text += new TextDecoder().decode((await reader.read()).value);
  assert.match(text, /"story":"story-gala"/);
  await reader.cancel();
  const pageRes = await app.request('/');
  assert.match(await pageRes.text(), /data-live="1"/);
});

test('should not mount live routes without a bus', async () => {
  const app = createApp({ repository: memoryRepository(sampleCorpus()), log: () => {} });
  assert.equal((await app.request('/api/live/stories')).status, 404);
});
