import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, dueFeeds, initialSchedule, nextSchedule, parseRetryAfter, untilNextDue, type ScheduleOptions } from './schedule.js';

const opts: ScheduleOptions = { intervalMs: 60_000, retryMs: 1_000, maxBackoffMs: 16_000, jitter: 0 };

test('should poll a new feed at once and then every interval after good polls', () => {
  let s = initialSchedule(1_000);
  assert.deepEqual(dueFeeds(new Map([['f', s]]), 1_000), ['f']);
  s = nextSchedule(s, { kind: 'ok' }, 2_000, opts);
  assert.deepEqual(s, { due: 62_000, failures: 0 });
  s = nextSchedule(s, { kind: 'not-modified' }, 62_500, opts);
  assert.deepEqual(s, { due: 122_500, failures: 0 });
});

test('should back off exponentially on errors up to the cap and reset after a success', () => {
  let s = initialSchedule(0);
  const delays: number[] = [];
  let now = 0;
  for (let i = 0; i < 7; i++) {
    s = nextSchedule(s, { kind: 'error' }, now, opts);
    delays.push(s.due - now);
    now = s.due;
  }
  assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 16_000, 16_000, 16_000]);
  assert.equal(s.failures, 7);
  s = nextSchedule(s, { kind: 'ok' }, now, opts);
  assert.deepEqual(s, { due: now + 60_000, failures: 0 });
  assert.equal(backoffMs(0, opts), 60_000);
});

test('should honour a longer Retry-After but never beyond the cap', () => {
  const s = nextSchedule(initialSchedule(0), { kind: 'error', retryAfterMs: 9_000 }, 100, opts);
  assert.equal(s.due, 9_100);
  const capped = nextSchedule(initialSchedule(0), { kind: 'error', retryAfterMs: 999_000 }, 0, opts);
  assert.equal(capped.due, 16_000);
  const shorter = nextSchedule(initialSchedule(0), { kind: 'error', retryAfterMs: 10 }, 0, opts);
  assert.equal(shorter.due, 1_000);
});

test('should spread delays by the jitter share, chosen by the random value given', () => {
  const j = { ...opts, jitter: 0.2 };
  assert.equal(nextSchedule(initialSchedule(0), { kind: 'ok' }, 0, j, 0).due, 48_000);
  assert.equal(nextSchedule(initialSchedule(0), { kind: 'ok' }, 0, j, 0.5).due, 60_000);
  assert.equal(nextSchedule(initialSchedule(0), { kind: 'ok' }, 0, j, 0.999999).due, 72_000);
});

test('should list due feeds earliest first and say how long until the next one', () => {
  const states = new Map([['b', { due: 500, failures: 0 }], ['a', { due: 300, failures: 2 }], ['c', { due: 900, failures: 0 }]]);
  assert.deepEqual(dueFeeds(states, 600), ['a', 'b']);
  assert.equal(untilNextDue(states, 100), 200);
  assert.equal(untilNextDue(states, 1_000), 0);
  assert.equal(untilNextDue(new Map(), 0), null);
});

test('should read Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
});
