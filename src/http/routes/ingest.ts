/** Ingest over HTTP: parse uploads and URLs with limits, run the work as a job, report progress. */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EngineError, isEngineError, type ErrorCode } from '../../core/index.js';
import { checkUrl } from '../../engine/index.js';
import type { JobStatus, JobTable } from '../jobs.js';
import type { IngestRunner } from '../announce.js';
import type { IngestRequest, UploadedFile } from '../repository.js';
import { bearerOf, checkWrite, type WriteGuard } from '../security.js';

/** Limits and switches for ingest. */
export interface IngestLimits {
  maxBytes: number;
  maxFiles: number;
  maxUrls: number;
  allowPrivateNetwork: boolean;
}

/** A file name reduced to its last path part, without control characters, at most 200 characters. */
export function safeName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return base && base !== '.' && base !== '..' ? base : `upload-${index + 1}.txt`;
}

/**
 * Most bytes, and milliseconds, of an oversized body read and thrown away before its 413 is sent. A client is still
 * sending when the answer is ready; answering at once and closing (Node closes after a 413) resets the connection
 * under the client's feet, and it may see the reset instead of the 413 (1 in 72 oversized uploads on loopback).
 * Past either bound the answer goes out anyway.
 */
const DISCARD_BYTES = 64 * 1024 * 1024;
const DISCARD_MS = 5_000;

/** Reads and drops a body up to `maxBytes` or `ms`, whichever comes first; a client that goes away ends it quietly. */
async function discardBody(body: ReadableStream<Uint8Array>, maxBytes: number, ms: number): Promise<void> {
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), ms); });
  try {
    for (let read = 0; read <= maxBytes;) {
      const next = await Promise.race([reader.read(), timeout]);
      if (next === 'timeout' || next.done) break;
      read += next.value.byteLength;
    }
  } catch {
    // the client went away: there is nobody to answer
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
}

/**
 * Bounds the size of a request body; too large is E_TOO_LARGE (413). A body declared too large by its Content-Length
 * is read and dropped first (see DISCARD_BYTES), so the client gets the 413; a chunked one is cut when it passes the
 * limit.
 */
export function uploadLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = () => new EngineError('E_TOO_LARGE', `request body exceeds ${maxBytes} bytes`);
  const chunked = bodyLimit({ maxSize: maxBytes, onError: () => { throw tooLarge(); } });
  return async (c, next) => {
    const raw = c.req.raw;
    if (raw.body && !raw.headers.has('transfer-encoding') && Number(raw.headers.get('content-length')) > maxBytes) {
      await discardBody(raw.body, DISCARD_BYTES, DISCARD_MS);
      throw tooLarge();
    }
    return chunked(c, next);
  };
}

/** The JSON ingest body as an object whose `urls` and `files` (when given) are arrays; E_BAD_INPUT naming the field otherwise. */
function jsonObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new EngineError('E_BAD_INPUT', 'the JSON body must be an object with `files` and/or `urls`', { subject: 'body' });
  }
  const record = body as Record<string, unknown>;
  for (const field of ['urls', 'files']) {
    if (record[field] !== undefined && !Array.isArray(record[field])) throw new EngineError('E_BAD_INPUT', `\`${field}\` must be an array`, { subject: field });
  }
  if (record.outlet !== undefined && typeof record.outlet !== 'string') throw new EngineError('E_BAD_INPUT', '`outlet` must be a string', { subject: 'outlet' });
  return record;
}

/** Reads an ingest request from multipart form data or JSON, checking counts and URLs. Returns the form's token too. */
export async function readIngestRequest(c: Context, limits: IngestLimits): Promise<{ request: IngestRequest; token: string | undefined }> {
  const type = c.req.header('content-type') ?? '';
  const files: UploadedFile[] = [];
  let urls: string[] = [];
  let outlet: string | undefined;
  let token: string | undefined;
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await c.req.parseBody({ all: true }).catch((error: unknown) => {
      if (isEngineError(error)) throw error;
      throw new EngineError('E_BAD_INPUT', 'the form body is malformed or truncated', { subject: 'body' });
    });
    const list = ([] as unknown[]).concat(form.files ?? []);
    for (const f of list) if (f instanceof File && f.size > 0) files.push({ name: safeName(f.name, files.length), bytes: new Uint8Array(await f.arrayBuffer()) });
    urls = ([] as unknown[]).concat(form.urls ?? []).flatMap((u) => (typeof u === 'string' ? u.split(/\s+/) : []));
    outlet = typeof form.outlet === 'string' ? form.outlet : undefined;
    token = typeof form.token === 'string' ? form.token : undefined;
  } else if (type.startsWith('application/json')) {
    const body = jsonObject(await c.req.json().catch(() => { throw new EngineError('E_BAD_INPUT', 'the request body is not valid JSON'); }));
    if (Array.isArray(body.urls)) urls = body.urls.filter((u): u is string => typeof u === 'string');
    if (Array.isArray(body.files)) {
      for (const f of body.files as ({ name?: unknown; text?: unknown } | null)[]) {
        if (typeof f?.text !== 'string') throw new EngineError('E_BAD_INPUT', 'each of `files` needs a `text` string', { subject: 'files' });
        files.push({ name: safeName(typeof f.name === 'string' ? f.name : '', files.length), bytes: new TextEncoder().encode(f.text) });
      }
    }
    outlet = typeof body.outlet === 'string' ? body.outlet : undefined;
  } else {
    throw new EngineError('E_BAD_INPUT', 'send multipart/form-data or application/json', { subject: 'content-type' });
  }
  urls = urls.map((u) => u.trim()).filter(Boolean);
  if (files.length === 0 && urls.length === 0) throw new EngineError('E_BAD_INPUT', 'nothing to ingest: give files or URLs');
  if (files.length > limits.maxFiles) throw new EngineError('E_TOO_LARGE', `at most ${limits.maxFiles} files per request`, { subject: 'files' });
  if (urls.length > limits.maxUrls) throw new EngineError('E_TOO_LARGE', `at most ${limits.maxUrls} URLs per request`, { subject: 'urls' });
  const request: IngestRequest = { files, urls };
  const trimmed = outlet?.trim().slice(0, 200);
  if (trimmed) request.outlet = trimmed;
  return { request, token };
}

/** Refuses URLs that are malformed or (unless allowed) point at private or loopback addresses; call after the write check. */
export async function checkUrls(request: IngestRequest, limits: IngestLimits): Promise<void> {
  for (const u of request.urls) await checkUrl(u, limits.allowPrivateNetwork);
}

/** Rethrows a failed job's error so the boundary answers with its status. */
export function jobError(status: JobStatus): EngineError {
  return new EngineError((status.error?.code ?? 'E_INTERNAL') as ErrorCode, status.error?.message ?? 'ingest failed');
}

/** POST /api/ingest (202 + job, or the result with `?wait=1`) and GET /api/ingest/:job. */
export function ingestRoutes(run: IngestRunner, jobs: JobTable, guard: WriteGuard, limits: IngestLimits): Hono {
  const routes = new Hono();
  routes.post('/', uploadLimit(limits.maxBytes), async (c) => {
    checkWrite(guard, bearerOf(c));
    const { request } = await readIngestRequest(c, limits);
    await checkUrls(request, limits);
    const job = jobs.start((progress) => run(request, progress));
    if (c.req.query('wait') === '1') {
      const done = await job.finished;
      if (done.state === 'failed') throw jobError(done);
      return c.json(done, 200);
    }
    c.header('Location', `/api/ingest/${job.status.id}`);
    return c.json(job.status, 202);
  });
  routes.get('/:job', (c) => c.json(jobs.get(c.req.param('job'))));
  return routes;
}
