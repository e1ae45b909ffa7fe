import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTracker, forget, observe, takeStable } from './settle.js';

test('should hand out a file only after it stayed unchanged for the settle time', () => {
  const t = createTracker();
  observe(t, '/d/a.txt', { size: 10, mtimeMs: 1 }, 0);
  assert.deepEqual(takeStable(t, 200, 300), []);
  observe(t, '/d/a.txt', { size: 20, mtimeMs: 2 }, 250); // still being written
  assert.deepEqual(takeStable(t, 400, 300), []);
  observe(t, '/d/a.txt', { size: 20, mtimeMs: 2 }, 500);
  assert.deepEqual(takeStable(t, 550, 300).map((f) => f.path), ['/d/a.txt']);
  assert.deepEqual(takeStable(t, 5_000, 300), []);
});

test('should not hand out an unchanged file again but should after it changes', () => {
  const t = createTracker([['/d/old.txt', { size: 5, mtimeMs: 9 }]]);
  observe(t, '/d/old.txt', { size: 5, mtimeMs: 9 }, 0);
  assert.deepEqual(takeStable(t, 1_000, 300), []);
  observe(t, '/d/old.txt', { size: 6, mtimeMs: 10 }, 1_000);
  assert.deepEqual(takeStable(t, 1_300, 300).map((f) => f.sig), [{ size: 6, mtimeMs: 10 }]);
});

test('should drop a file that disappears while settling, and offer a forgotten one again', () => {
  const t = createTracker();
  observe(t, '/d/gone.txt', { size: 1, mtimeMs: 1 }, 0);
  observe(t, '/d/gone.txt', null, 100);
  assert.deepEqual(takeStable(t, 1_000, 300), []);
  observe(t, '/d/b.txt', { size: 1, mtimeMs: 1 }, 0);
  assert.equal(takeStable(t, 300, 300).length, 1);
  forget(t, '/d/b.txt');
  observe(t, '/d/b.txt', { size: 1, mtimeMs: 1 }, 400);
  assert.equal(takeStable(t, 700, 300).length, 1);
});
