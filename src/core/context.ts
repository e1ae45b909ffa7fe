/** The context object: the only way a stage reaches the clock, the disk, the network or the environment. */
import type { Diagnostic } from './diagnostic.js';
import type { SourceLimits } from './limits.js';

/** Reports progress on long work; the CLI draws a bar on a terminal, tests ignore it. */
export interface Progress {
  start(label: string, total?: number): void;
  tick(n?: number): void;
  done(summary?: string): void;
}

/** What a fetch returns: the final URL after redirects, status, headers (lower-case names) and the body bytes. */
export interface FetchResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Options for a fetch: conditional headers, limits. */
export interface FetchOptions {
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
  /** HTTP method, GET when absent (POST is used by the optional abstractive brief). */
  method?: 'GET' | 'POST';
  /** Request body, sent with POST. */
  body?: string;
  /** Most redirects followed (each hop re-checked); the fetcher's default when absent. */
  maxRedirects?: number;
}

/** Everything outside pure computation, injected. Stages use only what they need. */
export interface Context {
  /** The current time. */
  now(): Date;
  /** Records a content problem; the batch goes on. */
  report(diagnostic: Diagnostic): void;
  progress: Progress;
  /** Reads a whole file (throws EngineError E_UNREADABLE / E_NOT_FOUND / E_TOO_LARGE). */
  readFile(path: string): Promise<Uint8Array>;
  /** Lists a directory recursively: file paths, sorted. */
  listFiles(dir: string): Promise<string[]>;
  /** True if the path is a directory. */
  isDirectory(path: string): Promise<boolean>;
  /** Fetches an http(s) URL with network-safety checks applied. */
  fetch(url: string, options?: FetchOptions): Promise<FetchResponse>;
  /** Environment variables (a copy, never process.env itself). */
  env: Readonly<Record<string, string | undefined>>;
  /** Source-reading limits set by the user (gzip output, page fetches per feed); defaults when absent. */
  limits?: SourceLimits;
}

/** A progress reporter that does nothing. */
export const silentProgress: Progress = { start() {}, tick() {}, done() {} };
