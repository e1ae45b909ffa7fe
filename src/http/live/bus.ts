/** An in-process bus of story events: watch (or a store poll) publishes, each open SSE connection subscribes. */
import type { LiveEvent } from '../../core/index.js';

/** A published event with its sequence number (the SSE `id`, so a reconnecting page resumes after it). */
export interface NumberedEvent {
  id: number;
  event: LiveEvent;
}

/** The bus. */
export interface StoryEvents {
  /** Announces an event to every subscriber; returns its number. */
  publish(event: LiveEvent): number;
  /** Calls `listener` for each event from now on (only for `story` when given); returns the unsubscribe. */
  subscribe(listener: (e: NumberedEvent) => void, filter?: { story?: string }): () => void;
  /** Kept events numbered above `after` (for Last-Event-ID), oldest first. */
  since(after: number, filter?: { story?: string }): NumberedEvent[];
  /** Open subscriptions. */
  readonly listeners: number;
}

/** Creates a bus keeping the last `keep` events (default 256) for reconnecting clients. */
export function createStoryEvents(options: { keep?: number } = {}): StoryEvents {
  const keep = options.keep ?? 256;
  const recent: NumberedEvent[] = [];
  const listeners = new Set<{ fn: (e: NumberedEvent) => void; story?: string }>();
  let next = 1;
  const matches = (e: NumberedEvent, story?: string) => story === undefined || e.event.story === story;
  return {
    publish(event) {
      const numbered = { id: next++, event };
      recent.push(numbered);
      if (recent.length > keep) recent.splice(0, recent.length - keep);
      for (const l of [...listeners]) {
        if (!matches(numbered, l.story)) continue;
        try { l.fn(numbered); } catch { /* one broken subscriber must not stop the others */ }
      }
      return numbered.id;
    },
    subscribe(fn, filter = {}) {
      const entry = { fn, story: filter.story };
      listeners.add(entry);
      return () => { listeners.delete(entry); };
    },
    since(after, filter = {}) {
      return recent.filter((e) => e.id > after && matches(e, filter.story));
    },
    get listeners() {
      return listeners.size;
    },
  };
}
