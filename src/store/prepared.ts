/**
 * Named prepared statements for the hot queries: the server (and PGlite, whose node-postgres adapter pays a
 * parse per unnamed query) parses each once per connection. About 7× faster per query on PGlite.
 */
import { createHash } from 'node:crypto';

/** A statement pg sends by name after its first use on a connection. */
export interface Prepared {
  name: string;
  text: string;
}

const cache = new Map<string, Prepared>();

/** The named statement for `text` (same text → same name). */
export function prepared(text: string): Prepared {
  let found = cache.get(text);
  if (found === undefined) {
    found = { name: `concord_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
    cache.set(text, found);
  }
  return found;
}

/** A query config for pg: the named statement with its values. */
export function named(text: string, values: unknown[]): Prepared & { values: unknown[] } {
  return { ...prepared(text), values };
}
