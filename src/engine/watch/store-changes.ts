/**
 * Story changes seen through the database, for a server whose watch runs in another process (or on another
 * machine sharing PostgreSQL): polls the stories table and announces membership changes (`article`) and
 * finished refreshes (`story`) as LiveEvents.
 */
import type { LiveEvent } from '../../core/index.js';
import { alignedStories, latestStoryUpdate, storiesChangedSince, type Store, type StoryChange } from '../../store/index.js';

/** A running poll; stop() ends it. */
export interface StoryChangeWatch {
  /** Polls once now (tests and the first fill). */
  poll(): Promise<void>;
  stop(): void;
}

/** Polls `store` every `intervalMs` (default 1000) and calls `onEvent` for each change after the start. */
export function watchStoryChanges(store: Store, onEvent: (event: LiveEvent) => void, options: { intervalMs?: number } = {}): StoryChangeWatch {
  let since: Date | null = null;
  const revisions = new Map<string, number>();
  const pending = new Set<string>();
  let running: Promise<void> | null = null;
  const event = (kind: LiveEvent['kind'], r: StoryChange): LiveEvent => ({
    kind, story: r.id, article: null, title: r.title, articles: r.articleCount, revision: r.revision, at: new Date().toISOString(),
  });

  async function pollOnce(): Promise<void> {
    if (since === null) {
      since = await latestStoryUpdate(store.pool);
      return;
    }
    for (const r of await storiesChangedSince(store.pool, since)) {
      if (r.updatedAt > since) since = r.updatedAt;
      if ((revisions.get(r.id) ?? -1) >= r.revision) continue;
      revisions.set(r.id, r.revision);
      onEvent(event('article', r));
      pending.add(r.id);
    }
    if (pending.size === 0) return;
    for (const r of await alignedStories(store.pool, [...pending])) {
      pending.delete(r.id);
      onEvent(event('story', r));
    }
    if (revisions.size > 10_000) for (const id of [...revisions.keys()].slice(0, 5_000)) if (!pending.has(id)) revisions.delete(id);
  }

  const poll = () => (running ??= pollOnce().finally(() => { running = null; }));
  const timer = setInterval(() => { void poll().catch(() => undefined); }, options.intervalMs ?? 1000);
  void poll().catch(() => undefined);
  return { poll, stop: () => clearInterval(timer) };
}
