/**
 * Which files are ready to read: a file counts as stable once its size and mtime stayed the same for `settleMs`
 * (a file still being written or copied keeps changing and is left alone). Pure bookkeeping over observations,
 * so the debounce is tested without a file system or a clock.
 */

/** What a stat says about a file, enough to notice it changed. */
export interface FileSignature {
  size: number;
  mtimeMs: number;
}

/** Files waiting to settle, and the signature each file had when last handed out. */
export interface SettleTracker {
  pending: Map<string, { sig: FileSignature; since: number }>;
  emitted: Map<string, FileSignature>;
}

/** A tracker; `known` are files already handled (restored from cursors), which are not handed out again unchanged. */
export function createTracker(known: Iterable<[string, FileSignature]> = []): SettleTracker {
  return { pending: new Map(), emitted: new Map(known) };
}

/** True when two signatures describe the same file contents as far as stat can tell. */
export function sameSignature(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Records what a stat of `path` found at `now` (null: the file is gone). */
export function observe(tracker: SettleTracker, path: string, sig: FileSignature | null, now: number): void {
  if (sig === null) {
    tracker.pending.delete(path);
    tracker.emitted.delete(path);
    return;
  }
  const last = tracker.emitted.get(path);
  if (last && sameSignature(last, sig)) {
    tracker.pending.delete(path);
    return;
  }
  const waiting = tracker.pending.get(path);
  if (!waiting || !sameSignature(waiting.sig, sig)) tracker.pending.set(path, { sig, since: now });
}

/** Hands out the files unchanged for at least `settleMs` (in path order) and remembers them as emitted. */
export function takeStable(tracker: SettleTracker, now: number, settleMs: number): { path: string; sig: FileSignature }[] {
  const ready: { path: string; sig: FileSignature }[] = [];
  for (const [path, { sig, since }] of tracker.pending) {
    if (now - since >= settleMs) ready.push({ path, sig });
  }
  ready.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, sig } of ready) {
    tracker.pending.delete(path);
    tracker.emitted.set(path, sig);
  }
  return ready;
}

/** Forgets that a file was handed out (its processing failed), so the next observation offers it again. */
export function forget(tracker: SettleTracker, path: string): void {
  tracker.emitted.delete(path);
}
