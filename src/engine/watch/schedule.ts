/**
 * When to poll each feed next: a pure function of the time and the last poll's outcome, so the whole policy
 * (steady interval, exponential backoff on errors, Retry-After, jitter) is unit-tested without a clock.
 */

/** Where one feed stands in the schedule. */
export interface FeedSchedule {
  /** Epoch ms when the feed is next due. */
  due: number;
  /** Errors in a row since the last good poll. */
  failures: number;
}

/** What a poll came back with. */
export type PollOutcome =
  | { kind: 'ok' }
  | { kind: 'not-modified' }
  | { kind: 'error'; retryAfterMs?: number | null };

/** Timing of the feed schedule. */
export interface ScheduleOptions {
  /** Time between good polls (ms). */
  intervalMs: number;
  /** First delay after an error (ms); doubles with each error in a row. */
  retryMs: number;
  /** Longest delay after errors (ms). */
  maxBackoffMs: number;
  /** Spread of each delay, ± this share of it (0 = none), so many feeds do not poll in lockstep. */
  jitter: number;
}

/** Defaults: poll every 5 minutes, retry after 30 s doubling up to 1 hour, ±10 % jitter. */
export const DEFAULT_SCHEDULE: ScheduleOptions = { intervalMs: 300_000, retryMs: 30_000, maxBackoffMs: 3_600_000, jitter: 0.1 };

/** A feed that has never been polled: due at once. */
export function initialSchedule(now: number): FeedSchedule {
  return { due: now, failures: 0 };
}

/** The delay after `failures` errors in a row, before jitter: retry · 2^(failures−1), capped. */
export function backoffMs(failures: number, options: ScheduleOptions): number {
  if (failures <= 0) return options.intervalMs;
  const raw = options.retryMs * 2 ** Math.min(failures - 1, 30);
  return Math.min(options.maxBackoffMs, raw);
}

/**
 * The schedule after a poll that ended at `now`. `random` in [0, 1) picks the jitter (0.5 = none), so callers
 * pass Math.random() and tests pass a fixed value. A server's Retry-After is honoured up to maxBackoffMs.
 */
export function nextSchedule(state: FeedSchedule, outcome: PollOutcome, now: number, options: ScheduleOptions, random = 0.5): FeedSchedule {
  const failures = outcome.kind === 'error' ? state.failures + 1 : 0;
  let delay = backoffMs(failures, options);
  if (outcome.kind === 'error' && outcome.retryAfterMs != null && outcome.retryAfterMs > delay) {
    delay = Math.min(options.maxBackoffMs, outcome.retryAfterMs);
  }
  const spread = 1 + options.jitter * (2 * Math.min(Math.max(random, 0), 1) - 1);
  return { due: now + Math.max(0, Math.round(delay * spread)), failures };
}

/** The feeds due at `now`, earliest first. */
export function dueFeeds(states: ReadonlyMap<string, FeedSchedule>, now: number): string[] {
  return [...states].filter(([, s]) => s.due <= now).sort((a, b) => a[1].due - b[1].due || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** Milliseconds until the next feed is due (0 when one is due already), or null with no feeds. */
export function untilNextDue(states: ReadonlyMap<string, FeedSchedule>, now: number): number | null {
  let best: number | null = null;
  for (const s of states.values()) best = best === null ? s.due : Math.min(best, s.due);
  return best === null ? null : Math.max(0, best - now);
}

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`, or null when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: number): number | null {
  if (header === undefined || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
