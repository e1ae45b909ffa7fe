import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rephraseBrief } from './03-rephrase.js';
import { completionsUrl, parseAnswer } from './01-request.js';
import { unsupported } from './02-support.js';
import { buildBrief } from '../build-brief.js';
import { ferryArticles, ferryStory } from '../testing/ferry-story.js';
import { testContext } from '../../../test/support/context.js';
import type { Context, FetchOptions, FetchResponse } from '../../core/index.js';

/** A fake OpenAI-compatible server: answers with `reply(facts)` and records each request body. */
async function fakeServer(reply: (ids: number[]) => { id: number; text: string }[], status = 200) {
  const bodies: { url: string; body: Record<string, unknown> }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (d: Buffer) => { raw += d.toString('utf8'); });
    req.on('end', () => {
      const body = JSON.parse(raw) as { messages: { content: string }[] };
      bodies.push({ url: req.url ?? '', body });
      const ids = [...body.messages[1]!.content.matchAll(/^(\d+)\. FACT:/gm)].map((m) => Number(m[1]));
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: `Here you go:\n${JSON.stringify(reply(ids))}` } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, bodies, close: () => new Promise((r) => server.close(r)) };
}

/** A context whose fetch really speaks HTTP (method and body included), as the Node context does. */
function httpContext(): Context & { diagnostics: unknown[] } {
  const ctx = testContext();
  ctx.fetch = (url: string, options: FetchOptions = {}) => new Promise<FetchResponse>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ url, status: res.statusCode ?? 0, headers: {}, body: new Uint8Array(Buffer.concat(chunks)) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
  return ctx;
}

const articles = ferryArticles();
const brief = buildBrief()(ferryStory(articles), articles);

test('should keep supported rephrasings and drop invented numbers and names, through the Context', async () => {
  const server = await fakeServer((ids) => ids.map((id) => {
    const original = brief[id - 1]!.text;
    if (/inquiry/.test(original)) return { id, text: 'Officials said an inquiry into the fire will open on Monday.' };
    if (/safety inspection/.test(original)) return { id, text: 'The ferry operator failed a safety inspection in March and five crew were fired by Governor Hale.' };
    return { id, text: original.replace(/^According to [^,]+, /, '') };
  }));
  try {
    const result = await rephraseBrief({ url: server.url, model: 'tiny' })(brief, articles, httpContext());
    assert.equal(server.bodies.length, 1);
    assert.equal(server.bodies[0]!.url, '/v1/chat/completions');
    assert.equal(server.bodies[0]!.body.model, 'tiny');
    assert.ok(result.brief.some((s) => s.text === 'Officials said an inquiry into the fire will open on Monday.'));
    assert.equal(result.dropped.length, 1);
    assert.match(result.dropped[0]!.reason, /number 5|name "hale"|governor/i);
    const kept = result.brief.find((s) => s.text.includes('safety inspection'))!;
    assert.match(kept.text, /^According to Coastal Post, the ferry operator had failed/);
    assert.equal(result.brief.length, brief.length);
    assert.deepEqual(result.brief.map((s) => s.citations), brief.map((s) => s.citations));
    for (const s of result.brief) if (s.text.includes('We will find out')) assert.equal(s.text, brief.find((b) => b.text.includes('We will find out'))!.text);
  } finally {
    await server.close();
  }
});

test('should fall back to the extractive brief with a diagnostic when the server fails', async () => {
  const server = await fakeServer(() => [], 500);
  try {
    const ctx = httpContext();
    const result = await rephraseBrief({ url: server.url })(brief, articles, ctx);
    assert.deepEqual(result.brief, brief);
    assert.equal((ctx.diagnostics[0] as { rule: string }).rule, 'abstractive-unavailable');
  } finally {
    await server.close();
  }
});

test('should refuse a sentence that adds a negation, a name or a number', () => {
  const sources = ['Four people were injured in the blaze, the port authority said.'];
  assert.equal(unsupported('The port authority said four people were injured in the blaze.', sources), null);
  assert.match(unsupported('The port authority said no people were injured in the blaze.', sources)!, /negation/);
  assert.match(unsupported('The port authority said 14 people were injured in the blaze.', sources)!, /number/);
  assert.match(unsupported('Mayor Ortez said four people were injured in the blaze.', sources)!, /name/);
});

test('should build the completions URL and read numbered-line answers', () => {
  assert.equal(completionsUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080/v1/chat/completions');
  assert.equal(completionsUrl('http://h/v1/chat/completions'), 'http://h/v1/chat/completions');
  assert.throws(() => completionsUrl('file:///etc/passwd'), /http/);
  assert.deepEqual([...parseAnswer('1. First.\n2) Second.')], [[1, 'First.'], [2, 'Second.']]);
});
