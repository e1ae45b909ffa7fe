import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { memoryRepository } from './memory-repository.js';
import { sampleCorpus } from './testing/sample-corpus.js';
import { plainTextReader } from './testing/text-reader.js';

const fresh = () => createApp({ repository: memoryRepository({ ...sampleCorpus(), read: plainTextReader }), log: () => {} });

/** Polls a job until it is no longer running. */
async function finish(app: ReturnType<typeof fresh>, id: string): Promise<Record<string, any>> {
  for (let i = 0; i < 100; i++) {
    const job = (await (await app.request(`/api/ingest/${id}`)).json()) as Record<string, any>;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not finish');
}

test('should accept a multipart upload as a job, report progress and store the article', async () => {
  const app = fresh();
  const form = new FormData();
  form.append('files', new File(['Harbour fair returns\n\nThe Brackwater harbour fair returns in June.'], 'fair.txt'));
  form.append('files', new File(['Second note\n\nMore text.'], 'note.txt'));
  form.append('outlet', 'Test Gazette');
  const res = await app.request('/api/ingest', { method: 'POST', body: form });
  assert.equal(res.status, 202);
  const started = (await res.json()) as { id: string };
  assert.equal(res.headers.get('location'), `/api/ingest/${started.id}`);
  const job = await finish(app, started.id);
  assert.equal(job.state, 'done');
  assert.deepEqual([job.done, job.total], [2, 2]);
  assert.deepEqual(job.result.articles, ['fair', 'note']);
  const list = (await (await app.request('/api/stories?q=harbour%20fair')).json()) as { stories: { id: string; outlets: { outlet: string }[] }[] };
  assert.equal(list.stories.length, 1);
  assert.equal(list.stories[0]!.outlets[0]!.outlet, 'Test Gazette');
  const article = (await (await app.request('/api/articles/fair')).json()) as { title: string };
  assert.equal(article.title, 'Harbour fair returns');
});

test('should ingest from the page form without script and show links to the result', async () => {
  const app = fresh();
  const form = new FormData();
  form.append('files', new File(['Page form article\n\nBody.'], 'form-article.txt'));
  const res = await app.request('/ingest', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /href="\/articles\/form-article"/);
});

test('should report a failed job with its error code, and an empty request as 400', async () => {
  const app = fresh();
  const res = await app.request('/api/ingest?wait=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name: 'blank.txt', text: '   ' }] }) });
  assert.equal(res.status, 422);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_NOTHING_READ');
  const empty = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(empty.status, 400);
  const bad = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
  assert.equal(bad.status, 400);
  assert.equal((await app.request('/api/ingest/unknown-job')).status, 404);
});

test('should keep only the last part of uploaded file names', async () => {
  const app = fresh();
  const res = await app.request('/api/ingest?wait=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name: '../../etc/evil.txt', text: 'Evil\n\nx' }] }) });
  assert.equal(res.status, 200);
  assert.deepEqual(((await res.json()) as { result: { articles: string[] } }).result.articles, ['evil']);
});
