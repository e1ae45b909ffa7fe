/** A Context for tests: an in-memory file system, a fixed clock, recorded diagnostics, and a fetch you supply. */
import { EngineError, silentProgress, type Context, type Diagnostic, type FetchResponse } from '../../src/core/index.js';

/** Options for the test context. */
export interface TestContextOptions {
  files?: Record<string, string | Uint8Array>;
  now?: string;
  env?: Record<string, string>;
  fetch?: (url: string) => Promise<FetchResponse> | FetchResponse;
}

/** Builds a Context over in-memory files; `diagnostics` collects what stages report. */
export function testContext(options: TestContextOptions = {}): Context & { diagnostics: Diagnostic[] } {
  const files = new Map(Object.entries(options.files ?? {}).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
  const diagnostics: Diagnostic[] = [];
  const isDir = (p: string) => [...files.keys()].some((k) => k.startsWith(p.endsWith('/') ? p : `${p}/`));
  return {
    diagnostics,
    now: () => new Date(options.now ?? '2026-01-01T00:00:00Z'),
    report: (d) => { diagnostics.push(d); },
    progress: silentProgress,
    env: options.env ?? {},
    async readFile(path) {
      const bytes = files.get(path);
      if (bytes === undefined) throw new EngineError(isDir(path) ? 'E_UNREADABLE' : 'E_NOT_FOUND', `${path}: no such file`, { subject: path });
      return bytes;
    },
    async listFiles(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return [...files.keys()].filter((k) => k.startsWith(prefix)).sort();
    },
    async isDirectory(path) {
      if (files.has(path)) return false;
      if (isDir(path)) return true;
      throw new EngineError('E_NOT_FOUND', `${path}: no such file or directory`, { subject: path });
    },
    async fetch(url) {
      if (!options.fetch) throw new EngineError('E_FETCH', `${url}: no network in tests`, { subject: url });
      return options.fetch(url);
    },
  };
}
