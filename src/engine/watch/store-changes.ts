/**
 * Story changes seen through the database, for a server whose watch runs in another process (or on another
 * machine sharing PostgreSQL): polls the stories table and announces membership changes (`article`) and
 * finished refreshes (`story`) as LiveEvents.
 */
import type { LiveEvent } from '../../core/index.js';
import type { Store } from '../../store/index.js';

/** A running poll; stop() ends it. */
export interface StoryChangeWatch {
  /** Polls once now (tests and the first fill). */
  poll(): Promise<void>;
  stop(): void;
}

/** One stories row as polled. */
interface Row { id: string; title: string; article_count: number; revision: number; aligned_revision: number; updated_at: Date }

/** Polls `store` every `intervalMs` (default 1000) and calls `onEvent` for each change after the start. */
export function watchStoryChanges(store: Store, onEvent: (event: LiveEvent) => void, options: { intervalMs?: number } = {}): StoryChangeWatch {
  let since: Date | null = null;
  const revisions = new Map<string, number>();
  const pending = new Set<string>();
  let running: Promise<void> | null = null;
  const event = (kind: LiveEvent['kind'], r: Row): LiveEvent => ({
    kind, story: r.id, article: null, title: r.title, articles: r.article_count, revision: r.revision, at: new Date().toISOString(),
  });
  const cols = 'id, title, article_count, revision, aligned_revision, updated_at';

  async function pollOnce(): Promise<void> {
    if (since === null) {
      const { rows } = await store.pool.query('SELECT coalesce(max(updated_at), now()) AS at FROM stories');
      since = new Date(rows[0].at);
      return;
    }
    const changed = await store.pool.query<Row>(`SELECT ${cols} FROM stories WHERE updated_at >= $1 ORDER BY updated_at`, [since]);
    for (const r of changed.rows) {
      if (r.updated_at > since) since = r.updated_at;
      if ((revisions.get(r.id) ?? -1) >= r.revision) continue;
      revisions.set(r.id, r.revision);
      onEvent(event('article', r));
      pending.add(r.id);
    }
    if (pending.size === 0) return;
    const done = await store.pool.query<Row>(`SELECT ${cols} FROM stories WHERE id = ANY($1::text[]) AND aligned_revision >= revision`, [[...pending]]);
    for (const r of done.rows) {
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
