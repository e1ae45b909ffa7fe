import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { memoryRepository } from './memory-repository.js';
import { openApiDocument } from './openapi.js';
import { sampleCorpus } from './testing/sample-corpus.js';

const app = createApp({ repository: memoryRepository(sampleCorpus()), log: () => {} });
const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

test('should list stories newest first with outlet counts and coverage', async () => {
  const { status, body } = await getJson('/api/stories');
  assert.equal(status, 200);
  assert.equal(body.total, 3);
  assert.deepEqual(body.stories.map((s: { id: string }) => s.id), ['bridge', 'library', 'rail']);
  assert.deepEqual(body.stories[0].outlets.map((o: { outlet: string }) => o.outlet).sort(), ['Coastal Herald', 'Daily Ledger', 'Lantern Wire']);
});

test('should filter stories by text, person and place', async () => {
  assert.deepEqual((await getJson('/api/stories?person=marsh')).body.stories.map((s: { id: string }) => s.id), ['bridge']);
  assert.deepEqual((await getJson('/api/stories?place=fenmouth')).body.stories.map((s: { id: string }) => s.id), ['rail']);
  assert.deepEqual((await getJson('/api/stories?q=librarian')).body.stories.map((s: { id: string }) => s.id), ['library']);
  assert.equal((await getJson('/api/stories?person=marsh&place=oakridge')).body.total, 0);
});

test('should page the story list and refuse bad paging values', async () => {
  const { body } = await getJson('/api/stories?limit=1&offset=1');
  assert.deepEqual(body.stories.map((s: { id: string }) => s.id), ['library']);
  assert.equal(body.total, 3);
  const bad = await getJson('/api/stories?limit=0');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'E_BAD_INPUT');
});

test('should return a story in the contract shape with its sources', async () => {
  const { status, body } = await getJson('/api/stories/bridge');
  assert.equal(status, 200);
  for (const key of ['id', 'title', 'articles', 'entities', 'quotes', 'facts', 'lineage', 'brief']) assert.ok(key in body, key);
  assert.equal(body.sources.length, 3);
  assert.equal(body.sources[0].text, undefined);
});

test('should return an article with its text and stories', async () => {
  const { body } = await getJson('/api/articles/ledger-bridge');
  assert.match(body.text, /Three people were injured/);
  assert.deepEqual(body.stories, ['bridge']);
});

test('should search articles with a snippet around the match', async () => {
  const { body } = await getJson('/api/search?q=hospital');
  assert.deepEqual(body.articles.map((a: { id: string }) => a.id), ['ledger-bridge']);
  assert.match(body.articles[0].snippet, /hospital/);
  assert.deepEqual(body.stories.map((s: { id: string }) => s.id), ['bridge']);
});

test('should answer unknown stories and articles with 404 E_NOT_FOUND as JSON and as a page', async () => {
  const api = await getJson('/api/articles/missing');
  assert.equal(api.status, 404);
  assert.equal(api.body.error.code, 'E_NOT_FOUND');
  const pageRes = await app.request('/stories/missing');
  assert.equal(pageRes.status, 404);
  assert.match(pageRes.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await pageRes.text(), /no story &#96;missing&#96;/);
});

test('should hide unexpected errors behind a 500 without details', async () => {
  const broken = memoryRepository();
  broken.listStories = async () => { throw new Error('secret path /etc/x'); };
  const logged: string[] = [];
  const res = await createApp({ repository: broken, log: (m) => logged.push(m) }).request('/api/stories');
  assert.equal(res.status, 500);
  const body = await res.text();
  assert.doesNotMatch(body, /secret/);
  assert.match(body, /E_INTERNAL/);
  assert.match(logged.join(''), /secret path/);
});

test('should serve an OpenAPI document whose every GET path answers', async () => {
  const doc = (await getJson('/openapi.json')).body;
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.paths), Object.keys((openApiDocument() as { paths: object }).paths));
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    if (!ops.get) continue;
    const concrete = path.replace('{id}', path.includes('articles') ? 'herald-bridge' : 'bridge').replace('{job}', 'none');
    const res = await app.request(concrete);
    assert.ok(res.status === 200 || (path.includes('{job}') && res.status === 404), `${concrete} → ${res.status}`);
  }
});

test('should render the story page with brief citations, matrix, quotes, claims and lineage', async () => {
  const res = await app.request('/stories/bridge');
  const body = await res.text();
  assert.equal(res.status, 200);
  assert.match(body, /<a class="cite" href="\/articles\/herald-bridge\?start=\d+&amp;end=\d+#hl"/);
  assert.match(body, /<td class="cov contradicts"/);
  assert.match(body, /Radio Brackwater/);
  assert.match(body, /<svg class="lineage"/);
  assert.match(body, /Single source \(1\)/);
  assert.match(body, /Disputed \(1\)/);
});

test('should highlight the cited span on the article page', async () => {
  const text = sampleCorpus().articles.find((a) => a.id === 'ledger-bridge')!.text;
  const start = text.indexOf('Three people');
  const body = await (await app.request(`/articles/ledger-bridge?start=${start}&end=${start + 25}`)).text();
  assert.match(body, /<mark class="hl" id="hl">Three people were injured<\/mark>/);
  assert.match(body, /<span class="ent person" title="Elena Marsh \(person\)">Elena Marsh<\/span>/);
});
