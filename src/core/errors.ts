/** Misuse of the program throws an EngineError with a stable code from this one catalogue. */

/** Every error code, with the HTTP status the API answers it with. Append only; never renumber. */
export const ERROR_CODES = {
  E_USAGE: { status: 400, summary: 'bad command line or request' },
  E_UNKNOWN_OPTION: { status: 400, summary: 'unknown option' },
  E_BAD_OPTION: { status: 400, summary: 'option has an invalid value' },
  E_NOT_FOUND: { status: 404, summary: 'no such file, story or article' },
  E_UNREADABLE: { status: 400, summary: 'file or directory cannot be read' },
  E_BAD_INPUT: { status: 400, summary: 'input is malformed' },
  E_NOTHING_READ: { status: 422, summary: 'no article could be read from the inputs' },
  E_BAD_URL: { status: 400, summary: 'URL is invalid or not allowed' },
  E_FETCH: { status: 502, summary: 'fetching a URL failed' },
  E_TOO_LARGE: { status: 413, summary: 'input exceeds a size limit' },
  E_TIMEOUT: { status: 504, summary: 'operation timed out' },
  E_UNAUTHORIZED: { status: 401, summary: 'missing or wrong token' },
  E_FORBIDDEN: { status: 403, summary: 'not allowed' },
  E_STORE: { status: 500, summary: 'database error' },
  E_CONFLICT: { status: 409, summary: 'conflicting concurrent change' },
  E_INTERNAL: { status: 500, summary: 'internal error' },
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** A problem with how the program was used; the CLI prints `message` and exits non-zero, the API maps `code` to a status. */
export class EngineError extends Error {
  readonly code: ErrorCode;
  /** File, URL, field or option the error is about. */
  readonly subject: string | undefined;
  constructor(code: ErrorCode, message: string, options: { subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EngineError';
    this.code = code;
    this.subject = options.subject;
  }
}

/** True for an EngineError (also across module copies). */
export function isEngineError(error: unknown): error is EngineError {
  return error instanceof Error && error.name === 'EngineError' && typeof (error as EngineError).code === 'string';
}

/** The HTTP status for an error: its code's status, or 500 for anything unexpected. */
export function statusOf(error: unknown): number {
  return isEngineError(error) ? ERROR_CODES[error.code].status : 500;
}
