/** Turns driver errors into EngineError E_STORE with a message a user can act on. */
import { EngineError, isEngineError } from '../core/index.js';

/** Removes the password from a connection string, for messages and `location`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
  }
}

/** Wraps any error from the database as E_STORE (EngineErrors pass through unchanged). */
export function storeError(what: string, error: unknown, subject?: string): EngineError {
  if (isEngineError(error)) return error;
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const hint = code === 'ECONNREFUSED' ? ' (is the PostgreSQL server running?)'
    : code === '28P01' ? ' (wrong user or password)'
      : code === '3D000' ? ' (no such database)' : '';
  return new EngineError('E_STORE', `${what}: ${message}${hint}`, { subject, cause: error });
}

/** True for a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

/** True for errors a transaction may simply be retried after: unique race, serialization failure, deadlock. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505' || code === '40001' || code === '40P01';
}
