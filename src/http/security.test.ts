import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { createApp } from './app.js';
import { memoryRepository } from './memory-repository.js';
import { CONTENT_SECURITY_POLICY, LOOPBACK_HOSTS } from './security.js';
import { hostileCorpus } from './testing/hostile-corpus.js';
import { plainTextReader } from './testing/text-reader.js';

const repository = () => memoryRepository({ ...hostileCorpus(), read: plainTextReader });
const app = createApp({ repository: repository(), log: () => {} });

/** Everything in a page that could run script or load something: scripts, handlers, frames, javascript: links. */
function activeContent(markup: string): string[] {
  const { document } = parseHTML(markup);
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=javascript:`);
    }
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && el.getAttribute('src') !== '/assets/app.js') found.push('inline script');
    if (tag === 'iframe' || tag === 'img' || tag === 'object' || tag === 'embed') found.push(tag);
  }
  return found;
}

test('should print article payloads as text on every page, with no script, handler, frame or image', async () => {
  for (const path of ['/', '/stories/evil', '/articles/evil-one?start=0&end=20', '/articles/evil-two', '/?q=%3Cscript%3E', '/ingest']) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    const markup = await res.text();
    assert.deepEqual(activeContent(markup), [], path);
  }
  const story = await (await app.request('/stories/evil')).text();
  const { document } = parseHTML(story);
  assert.match(document.querySelector('h1')!.textContent!, /^Story <script>window.__pwned='s'/);
});

test('should send a strict Content-Security-Policy and other security headers on pages, API and errors', async () => {
  for (const path of ['/', '/api/stories', '/nope', '/assets/app.js']) {
    const res = await app.request(path);
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  }
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
});

test('should refuse hosts other than loopback names when told to (DNS rebinding)', async () => {
  const guarded = createApp({ repository: repository(), hosts: LOOPBACK_HOSTS, log: () => {} });
  assert.equal((await guarded.request('http://localhost:4400/api/stories')).status, 200);
  assert.equal((await guarded.request('http://127.0.0.1:4400/')).status, 200);
  const res = await guarded.request('http://attacker.example/api/stories');
  assert.equal(res.status, 403);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_FORBIDDEN');
});

const upload = (headers: Record<string, string> = {}) => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ files: [{ name: 'x.txt', text: 'Hello\n\nA body.' }] }),
});

test('should refuse cross-site writes', async () => {
  assert.equal((await app.request('http://localhost/api/ingest', upload({ origin: 'https://evil.example' }))).status, 403);
  assert.equal((await app.request('http://localhost/api/ingest', upload({ 'sec-fetch-site': 'cross-site' }))).status, 403);
  assert.equal((await app.request('http://localhost/api/ingest?wait=1', upload({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }))).status, 200);
});

test('should put writes behind the token when one is required, and disable them when none is set', async () => {
  const guarded = createApp({ repository: repository(), tokenRequired: true, token: 's3cret', log: () => {} });
  const none = await guarded.request('/api/ingest', upload());
  assert.equal(none.status, 401);
  assert.equal((await guarded.request('/api/ingest', upload({ authorization: 'Bearer wrong' }))).status, 401);
  assert.equal((await guarded.request('/api/ingest?wait=1', upload({ authorization: 'Bearer s3cret' }))).status, 200);
  assert.equal((await guarded.request('/api/stories')).status, 200);
  const disabled = createApp({ repository: repository(), tokenRequired: true, token: null, log: () => {} });
  assert.equal((await disabled.request('/api/ingest', upload({ authorization: 'Bearer anything' }))).status, 403);
});

test('should refuse bodies over the size limit with 413', async () => {
  const small = createApp({ repository: repository(), maxUploadBytes: 1000, log: () => {} });
  const res = await small.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name: 'big.txt', text: 'x'.repeat(5000) }] }) });
  assert.equal(res.status, 413);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_TOO_LARGE');
});

test('should refuse URLs on loopback and private addresses unless allowed', async () => {
  for (const url of ['http://127.0.0.1/feed.xml', 'http://10.0.0.8/', 'http://[::1]/', 'file:///etc/passwd']) {
    const res = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: [url] }) });
    assert.equal(res.status, 400, url);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_URL', url);
  }
});

test('should fail a slow read with 504 E_TIMEOUT', async () => {
  const slow = memoryRepository();
  slow.listStories = () => new Promise((resolve) => setTimeout(() => resolve({ stories: [], total: 0 }), 300));
  const res = await createApp({ repository: slow, requestTimeoutMs: 50, log: () => {} }).request('/api/stories');
  assert.equal(res.status, 504);
});
