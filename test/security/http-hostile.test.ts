import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createApp, memoryRepository, sampleCorpus, startServer } from '../../src/http/index.js';
import { plainTextReader } from '../../src/http/testing/text-reader.js';
import { sampleArticle, emptyStory } from '../../src/http/testing/build.js';
import { hostileRequests, knownFailures } from './hostile-requests.js';

/** Upload limit used here, so the oversized requests stay small in memory. */
const MAX_UPLOAD = 64 * 1024;

/** An app over the sample corpus; unexpected errors are collected instead of printed. */
function app(errors: string[] = []) {
  const { articles, stories } = sampleCorpus();
  return createApp({ repository: memoryRepository({ articles, stories, read: plainTextReader }), maxUploadBytes: MAX_UPLOAD, log: (m) => { errors.push(m); } });
}

test('should answer every malformed, hostile or oversized request with a 4xx and a stack-free body', async () => {
  const errors: string[] = [];
  const server = app(errors);
  const wrong: string[] = [];
  for (const r of hostileRequests(MAX_UPLOAD * 2)) {
    const res = await server.request(`http://localhost${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const body = await res.text();
    const ok = r.lenient ? res.status < 500 : res.status >= 400 && res.status < 500;
    if (!ok) wrong.push(`${r.label}: ${r.method} ${r.path.slice(0, 80)} → ${res.status} ${body.slice(0, 200)}`);
    assert.doesNotMatch(body, /\n\s+at |node_modules|\/work\/|dist\/src/, `${r.label}: the answer shows a stack trace or a path`);
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(errors, [], 'an unexpected error reached the error boundary');
});

test('should answer a JSON body of null, a non-array field and a truncated multipart upload with 400 naming the problem', async () => {
  const server = app();
  const got: string[] = [];
  const cases: [string, Record<string, string>, string, string][] = [
    ['/api/ingest', { 'content-type': 'application/json' }, 'null', 'body'],
    ['/api/ingest', { 'content-type': 'application/json' }, '{"files":{"text":"x"}}', 'files'],
    ['/api/ingest', { 'content-type': 'multipart/form-data; boundary=XyZ' }, '--XyZ\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nTalks resume.\r\n--Xy', 'body'],
  ];
  for (const [path, headers, body] of cases) {
    const res = await server.request(`http://localhost${path}`, { method: 'POST', headers, body });
    const answer = (await res.json()) as { error: { code: string; subject?: string } };
    got.push(`${res.status} ${answer.error.code} ${answer.error.subject}`);
  }
  assert.deepEqual(got, cases.map((c) => `400 E_BAD_INPUT ${c[3]}`));
});

test('should answer control characters in a query or an id with 400 before the repository sees them', async () => {
  const { articles, stories } = sampleCorpus();
  const seen: string[] = [];
  const inner = memoryRepository({ articles, stories, read: plainTextReader });
  const repository = { ...inner, getArticle: (id: string) => { seen.push(id); return inner.getArticle(id); }, search: (q: Parameters<typeof inner.search>[0]) => { seen.push(q.q ?? ''); return inner.search(q); } };
  const server = createApp({ repository, log: () => {} });
  for (const path of ['/api/search?q=%00%00', '/api/search?q=a%0Db', '/api/articles/a%00b', '/articles/a%7Fb', '/stories/a%1Bb', '/?place=x%00']) {
    const res = await server.request(path);
    assert.equal(res.status, 400, path);
  }
  assert.deepEqual(seen, []);
  assert.equal((await server.request('/api/search?q=harbour')).status, 200);
});

test('should keep answering normal requests after the hostile ones', async () => {
  const server = app();
  for (const r of hostileRequests(1024)) await server.request(`http://localhost${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  assert.equal((await server.request('/api/stories')).status, 200);
  assert.equal((await server.request('/healthz')).status, 200);
});

test('should bound the articles listed on one story page and page through the rest', async () => {
  const articles = Array.from({ length: 5000 }, (_, i) => sampleArticle(`big-${i}`, `Outlet ${i % 50}`, `Harbour talks ${i}`, '2026-05-01T12:00:00Z', `Negotiators met on Tuesday, report ${i} said.`));
  const repository = memoryRepository({ articles, stories: [emptyStory('huge', 'Harbour talks', articles)], read: plainTextReader });
  const server = createApp({ repository, log: () => {} });
  const listed = async (path: string) => {
    const res = await server.request(path);
    assert.equal(res.status, 200, path);
    const html = await res.text();
    return { ids: [...new Set(html.match(/\/articles\/big-\d+/g) ?? [])], html };
  };
  const first = await listed('/stories/huge');
  assert.equal(first.ids.length, 200, `${first.ids.length} articles listed on one page (${(first.html.length / 1e6).toFixed(1)} MB)`);
  assert.match(first.html, /showing 1–200 of 5000 articles/);
  assert.match(first.html, /href="\/stories\/huge\?from=200#sources"/);
  const last = await listed('/stories/huge?from=4900');
  assert.deepEqual(last.ids, Array.from({ length: 100 }, (_, i) => `/articles/big-${4900 + i}`));
  const api = (await (await server.request('/api/stories/huge?limit=50&offset=100')).json()) as { sources: { id: string }[]; sourcesTotal: number };
  assert.deepEqual(api.sources.map((s) => s.id), Array.from({ length: 50 }, (_, i) => `big-${100 + i}`));
  assert.equal(api.sourcesTotal, 5000);
  const whole = (await (await server.request('/api/stories/huge')).json()) as { sources: unknown[] };
  assert.equal(whole.sources.length, 200);
});

/** Sends one request on its own connection and returns its status, or the socket error when no answer came. */
function rawPost(port: number, path: string, type: string, body: Buffer, chunked = false): Promise<number | string> {
  return new Promise((resolve) => {
    let status = 0;
    const headers: Record<string, string> = { 'content-type': type, ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }) };
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, agent: false, headers }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve(status));
    });
    req.on('error', (error: NodeJS.ErrnoException) => setTimeout(() => resolve(status || error.code || 'error'), 50));
    if (chunked) { for (let at = 0; at < body.length; at += 16_384) req.write(body.subarray(at, at + 16_384)); req.end(); } else req.end(body);
  });
}

test('should answer oversized uploads over a real socket with 413, never a reset connection', async () => {
  const server = await startServer(app(), { port: 0, host: '127.0.0.1' });
  try {
    const big = Buffer.from(JSON.stringify({ files: [{ name: 'big.txt', text: 'x'.repeat(MAX_UPLOAD * 16) }] }));
    const form = Buffer.from(`urls=${'z'.repeat(MAX_UPLOAD * 16)}`);
    const answers: Array<number | string> = [];
    for (let round = 0; round < 6; round++) {
      answers.push(...await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 === 0
        ? rawPost(server.port, '/api/ingest', 'application/json', big)
        : rawPost(server.port, '/ingest', 'application/x-www-form-urlencoded', form)))));
    }
    answers.push(await rawPost(server.port, '/api/ingest', 'application/json', big, true));
    assert.deepEqual(answers.filter((a) => a !== 413), [], `${answers.length} oversized uploads: every one answered 413`);
  } finally {
    await server.close();
  }
});
