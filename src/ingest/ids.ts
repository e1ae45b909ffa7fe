/** Article ids: a file's name without extension, or a stable hash of a feed item's link or guid. */
import { createHash } from 'node:crypto';

/** Extensions removed from a file name to make its id (longest first). */
const EXTENSIONS = /\.(?:html\.gz|htm\.gz|xml\.gz|txt\.gz|html|htm|xhtml|shtml|txt|text|md|xml|rss|atom|rdf|feed|jsonl|ndjson|json|gz)$/i;

/** The id of a file: "data/003_abc.txt" → "003_abc". */
export function idFromPath(path: string): string {
  const name = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? path;
  const id = name.replace(EXTENSIONS, '');
  return id === '' ? name : id;
}

/** A stable short id for a string (a feed item's link or guid): 16 hex digits of its SHA-1. */
export function stableId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}
