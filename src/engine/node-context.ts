/** The real Context: Node's clock, disk and network, used by the CLI and the server (tests use test/support). */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineError, silentProgress, type Context, type Diagnostic, type FetchOptions, type FetchResponse, type Progress } from '../core/index.js';
import { safeFetch, type Resolver } from './safe-fetch.js';

/** Largest file read by default (bytes): 64 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Options for the Node context. */
export interface NodeContextOptions {
  progress?: Progress;
  env?: Record<string, string | undefined>;
  maxFileBytes?: number;
  /** Allow fetching private, loopback and link-local addresses (off by default). */
  allowPrivateNetwork?: boolean;
  /** DNS lookup for the network-safety check (default: the system resolver); tests stand in for DNS with it. */
  resolve?: Resolver;
  onDiagnostic?: (d: Diagnostic) => void;
}

/** Maps a Node fs error to an EngineError naming the path. */
function fsError(path: string, error: unknown): EngineError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new EngineError('E_NOT_FOUND', `${path}: no such file or directory`, { subject: path, cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new EngineError('E_UNREADABLE', `${path}: permission denied`, { subject: path, cause: error });
  if (code === 'EISDIR') return new EngineError('E_UNREADABLE', `${path}: is a directory`, { subject: path, cause: error });
  return new EngineError('E_UNREADABLE', `${path}: cannot be read (${code ?? String(error)})`, { subject: path, cause: error });
}

/** Creates a Context backed by Node's fs, fetch and clock. */
export function nodeContext(options: NodeContextOptions = {}): Context & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return {
    diagnostics,
    now: () => new Date(),
    report(d) {
      diagnostics.push(d);
      options.onDiagnostic?.(d);
    },
    progress: options.progress ?? silentProgress,
    env: { ...(options.env ?? {}) },
    async readFile(path) {
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (info.size > maxFileBytes) {
          throw new EngineError('E_TOO_LARGE', `${path}: ${info.size} bytes exceeds the limit of ${maxFileBytes}`, { subject: path });
        }
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if (error instanceof EngineError) throw error;
        throw fsError(path, error);
      }
    },
    async listFiles(dir) {
      try {
        const entries = await readdir(dir, { recursive: true, withFileTypes: true });
        return entries
          .filter((e) => e.isFile() && !e.name.startsWith('.'))
          .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
          .sort();
      } catch (error) {
        throw fsError(dir, error);
      }
    },
    async isDirectory(path) {
      try {
        return (await stat(path)).isDirectory();
      } catch (error) {
        throw fsError(path, error);
      }
    },
    fetch(url: string, fetchOptions: FetchOptions = {}): Promise<FetchResponse> {
      return safeFetch(url, { ...fetchOptions, allowPrivateNetwork: options.allowPrivateNetwork ?? false, ...(options.resolve ? { resolve: options.resolve } : {}) });
    },
  };
}
