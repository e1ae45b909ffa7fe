/** The one error boundary: EngineError codes map to statuses via statusOf(); anything else is a 500 without details. */
import type { Context } from 'hono';
import { EngineError, isEngineError, statusOf, type ErrorCode } from '../core/index.js';
import { errorView } from './views/ingest-page.js';
import { page } from './views/layout.js';

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; subject?: string };
}

/** True when the client wants JSON: API paths and clients that ask for it. */
export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || c.req.path === '/openapi.json' || (c.req.header('accept') ?? '').startsWith('application/json');
}

/** Normalises any thrown value into an EngineError; unexpected errors become E_INTERNAL with a generic message. */
export function toEngineError(error: unknown, log?: (message: string) => void): EngineError {
  if (isEngineError(error)) return error;
  log?.(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  return new EngineError('E_INTERNAL', 'internal error');
}

/** Answers an error as JSON or as an HTML page, with the status of its code. */
export function errorResponse(c: Context, error: unknown, log?: (message: string) => void): Response {
  const e = toEngineError(error, log);
  const status = statusOf(e) as 400;
  if (wantsJson(c)) {
    const body: ErrorBody = { error: { code: e.code, message: e.message, ...(e.subject !== undefined ? { subject: e.subject } : {}) } };
    return c.json(body, status);
  }
  return c.html(page({ title: 'Error', body: errorView(status, e.code, e.message) }), status);
}

/** The answer for a route nobody serves. */
export function notFound(c: Context): Response {
  return errorResponse(c, new EngineError('E_NOT_FOUND', `no page at ${c.req.path}`, { subject: c.req.path }));
}
