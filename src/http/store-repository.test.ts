import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { storeRepository } from './store-repository.js';
import { uploadContext } from './upload-context.js';
import { testContext } from '../../test/support/context.js';

const encode = (text: string) => new TextEncoder().encode(text);

test('should read uploaded files from memory and refuse every other path', async () => {
  const { ctx, paths } = uploadContext(testContext(), [{ name: 'a.txt', bytes: encode('A') }]);
  assert.deepEqual(paths, ['/upload/1/a.txt']);
  assert.equal(new TextDecoder().decode(await ctx.readFile('/upload/1/a.txt')), 'A');
  await assert.rejects(ctx.readFile('/etc/passwd'), /only uploaded files/);
  await assert.rejects(ctx.listFiles('/etc'), /only uploaded files/);
});

test('should ingest uploads into the store and serve them as stories and articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-http-store-'));
  const store = await openStore({ dir: join(dir, 'db') });
  try {
    const repository = storeRepository(store);
    const updates: number[] = [];
    const result = await repository.ingest({
      files: [
        { name: 'quay-one.txt', bytes: encode('Quay repairs begin in Lindenford\n\nRepairs to the old quay in Lindenford began on Monday, the harbour office said.') },
        { name: 'quay-two.txt', bytes: encode('Lindenford quay repairs start\n\nWork to repair the old quay in Lindenford started on Monday, according to the harbour office.') },
      ],
      urls: [],
      outlet: 'Test Gazette',
    }, (u) => updates.push(u.done));
    assert.deepEqual(result.articles.sort(), ['quay-one', 'quay-two']);
    assert.ok(result.stories.length >= 1);
    assert.deepEqual(updates.slice(-1), [2]);
    const app = createApp({ repository, log: () => {} });
    const list = (await (await app.request('/api/stories')).json()) as { total: number; stories: { id: string; outlets: { outlet: string }[] }[] };
    assert.equal(list.total, result.stories.length);
    assert.equal(list.stories[0]!.outlets[0]!.outlet, 'Test Gazette');
    const story = (await (await app.request(`/api/stories/${list.stories[0]!.id}`)).json()) as { articles: string[]; sources: unknown[] };
    assert.equal(story.sources.length, story.articles.length);
    const article = (await (await app.request('/api/articles/quay-one')).json()) as { text: string; stories: string[] };
    assert.match(article.text, /old quay/);
    assert.equal((await app.request('/api/articles/none')).status, 404);
    assert.equal((await app.request('/api/stories/none')).status, 404);
    const found = (await (await app.request('/api/search?q=harbour%20office')).json()) as { stories: unknown[]; articles: { id: string }[] };
    assert.ok(found.stories.length >= 1);
    assert.deepEqual(found.articles.map((a) => a.id).sort(), ['quay-one', 'quay-two']);
    assert.equal(((await (await app.request('/api/stories?q=nowhere-at-all')).json()) as { total: number }).total, 0);
    assert.equal((await app.request(`/stories/${list.stories[0]!.id}`)).status, 200);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
