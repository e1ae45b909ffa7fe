/** A small promise cache with a time-to-live and a size bound, cleared whenever the app itself writes. */

/** A cache of computed values by key. */
export interface Memo {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

/** Creates a memo: entries live `ttlMs` (Infinity: until cleared), the oldest go past `max`; failures are not kept. */
export function createMemo(options: { ttlMs: number; max?: number; now?: () => number }): Memo {
  const max = options.max ?? 5000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at <= options.ttlMs) return hit.value as Promise<T>;
      const value = compute();
      entries.delete(key);
      entries.set(key, { at: now(), value });
      value.catch(() => { if (entries.get(key)?.value === value) entries.delete(key); });
      while (entries.size > max) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}
