/** Reading request parameters with bounds: search strings, paging numbers. */
import type { Context } from 'hono';
import { EngineError } from '../../core/index.js';
import type { StoryQuery } from '../repository.js';

/** Longest accepted search parameter. */
export const MAX_QUERY_CHARS = 200;

/** C0/C1 control characters (NUL included): never part of an id or a search, and refused by the store. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Throws E_BAD_INPUT (400) naming the parameter when the value holds a control character. */
export function noControl(value: string, name: string): string {
  if (CONTROL.test(value)) throw new EngineError('E_BAD_INPUT', `\`${name}\` must not contain control characters`, { subject: name });
  return value;
}

/** A path parameter (an id) without control characters. */
export function idParam(c: Context, name = 'id'): string {
  return noControl(c.req.param(name) ?? '', name);
}

/** A bounded string query parameter, or undefined when empty. */
function text(c: Context, name: string): string | undefined {
  const value = c.req.query(name)?.trim();
  if (!value) return undefined;
  noControl(value, name);
  if (value.length > MAX_QUERY_CHARS) throw new EngineError('E_BAD_INPUT', `\`${name}\` is longer than ${MAX_QUERY_CHARS} characters`, { subject: name });
  return value;
}

/** A whole-number query parameter within bounds, or undefined (400 naming it otherwise). */
export function whole(c: Context, name: string, min: number, max: number): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new EngineError('E_BAD_INPUT', `\`${name}\` must be a whole number from ${min} to ${max}`, { subject: name });
  return n;
}

/** The story query of a request (`q`, `person`, `place`, `limit`, `offset`). */
export function storyQuery(c: Context): StoryQuery {
  const query: StoryQuery = {};
  const q = text(c, 'q');
  const person = text(c, 'person');
  const place = text(c, 'place');
  const limit = whole(c, 'limit', 1, 200);
  const offset = whole(c, 'offset', 0, 10_000_000);
  if (q !== undefined) query.q = q;
  if (person !== undefined) query.person = person;
  if (place !== undefined) query.place = place;
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}
