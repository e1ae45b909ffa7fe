/**
 * Watches a directory tree for new and changed files: fs.watch for prompt notice, a periodic rescan as the
 * fallback (fs.watch misses events on network mounts and when its queue overflows), and a settle period so only
 * files that stopped changing are handed out.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatFromName } from '../../ingest/index.js';
import { createTracker, forget, observe, takeStable, type FileSignature, type SettleTracker } from './settle.js';

/** Options of a directory watch. */
export interface DirectoryWatchOptions {
  /** How long a file must stay unchanged before it is read (ms). */
  settleMs?: number;
  /** Full rescan interval (ms); 0 disables the rescan. */
  rescanMs?: number;
  /** Use fs.watch (default true); without it only the rescan finds files. */
  fsWatch?: boolean;
  /** Files already handled, by path, with the signature they had. */
  known?: Iterable<[string, FileSignature]>;
  /** Called when fs.watch fails (the rescan carries on). */
  onWarning?: (message: string) => void;
}

/** A running directory watch. */
export interface DirectoryWatcher {
  /** Resolves after the first full scan has been observed. */
  ready: Promise<void>;
  /** Rescans now; resolves when done. */
  scan(): Promise<void>;
  /** Checks pending files now and hands out the settled ones. */
  check(): Promise<void>;
  /** Offers a file again at its next observation (fs event or rescan) after a failed read. */
  retry(path: string): void;
  close(): void;
}

/** Defaults: 300 ms settle, 30 s rescan. */
export const DEFAULT_SETTLE_MS = 300;
/** Default full-rescan interval (ms). */
export const DEFAULT_RESCAN_MS = 30_000;

/** Names the watch reads: what ingest reads, minus hidden, temporary and partial downloads ("a.html.part"). */
export function isWatchedName(path: string): boolean {
  const name = basename(path);
  if (name.startsWith('.') || name.endsWith('~') || /\.(?:tmp|part|crdownload|swp|partial)$/i.test(name)) return false;
  return formatFromName(name) !== null || /\.xml(?:\.gz)?$/i.test(name);
}

/** The signature of a file, or null when it is gone or not a regular file. */
async function signature(path: string): Promise<FileSignature | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Every watched file under `dir` (joined onto `dir` as given, like a directory read by ingest). */
export async function listWatchedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .filter((p) => isWatchedName(p) && !p.slice(dir.length).split('/').some((part) => part.startsWith('.'))).sort();
}

/** Starts watching `dir`; `onFile` gets each settled new or changed file (paths under `dir` as given). */
export function watchDirectory(dir: string, onFile: (path: string, sig: FileSignature) => void, options: DirectoryWatchOptions = {}): DirectoryWatcher {
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
  const tracker: SettleTracker = createTracker(options.known);
  const touched = new Set<string>();
  let closed = false;
  let fsWatcher: FSWatcher | null = null;
  let checking: Promise<void> | null = null;

  const check = (): Promise<void> => {
    checking ??= (async () => {
      const paths = new Set([...touched, ...tracker.pending.keys()]);
      touched.clear();
      for (const path of paths) observe(tracker, path, await signature(path), Date.now());
      if (!closed) for (const { path, sig } of takeStable(tracker, Date.now(), settleMs)) onFile(path, sig);
    })().finally(() => { checking = null; });
    return checking;
  };
  const scan = async (): Promise<void> => {
    let files: string[] = [];
    try {
      files = await listWatchedFiles(dir);
    } catch (error) {
      options.onWarning?.(`${dir}: cannot list (${(error as Error).message}); retrying at the next rescan`);
    }
    for (const path of files) touched.add(path);
    await check();
  };

  if (options.fsWatch !== false) {
    try {
      fsWatcher = watch(dir, { recursive: true }, (_event, name) => {
        if (name && isWatchedName(String(name))) touched.add(join(dir, String(name)));
      });
      fsWatcher.on('error', (error) => options.onWarning?.(`${dir}: fs.watch failed (${error.message}); relying on the rescan`));
    } catch (error) {
      options.onWarning?.(`${dir}: fs.watch unavailable (${(error as Error).message}); relying on the rescan`);
    }
  }
  const tick = setInterval(() => { if (touched.size > 0 || tracker.pending.size > 0) void check(); }, Math.max(10, Math.min(100, settleMs / 2)));
  const rescan = rescanMs > 0 ? setInterval(() => { void scan(); }, rescanMs) : null;
  const ready = scan();
  return {
    ready,
    scan,
    check,
    retry: (path) => { forget(tracker, path); },
    close() {
      closed = true;
      clearInterval(tick);
      if (rescan) clearInterval(rescan);
      fsWatcher?.close();
    },
  };
}
