/** Tells what a document is: plain text, an HTML page, a feed (RSS, Atom, RDF) or JSON lines. */

/** The formats ingest reads. */
export type Format = 'text' | 'html' | 'feed' | 'jsonl';

/** The format a file name implies, or null when the name says nothing (".xml", no extension). */
export function formatFromName(name: string): Format | null {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(?:txt|text|md)$/.test(lower)) return 'text';
  if (/\.(?:html?|xhtml|shtml|php|aspx?)$/.test(lower)) return 'html';
  if (/\.(?:rss|atom|rdf|feed)$/.test(lower)) return 'feed';
  if (/\.(?:jsonl|ndjson|json)$/.test(lower)) return 'jsonl';
  return null;
}

/** True for names a directory walk reads (other files in a directory are skipped). */
export function isReadableName(name: string): boolean {
  return formatFromName(name) !== null || /\.xml(?:\.gz)?$/i.test(name);
}

/** The format a text's first characters imply. */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  if (head.startsWith('<')) {
    return /^(?:<\?xml[^>]*>\s*)?(?:<\?xml-stylesheet[^>]*>\s*)?(?:<!DOCTYPE\s+(?:rss|feed|rdf)[^>]*>\s*)?<(?:[\w-]+:)?(?:rss|feed|rdf|RDF)\b/i.test(head)
      ? 'feed' : 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) return 'jsonl';
  return 'text';
}

/** The format of a document: its content decides for markup and JSON, else its name. */
export function detectFormat(name: string, text: string): Format {
  const sniffed = sniffFormat(text);
  const named = formatFromName(name);
  if (sniffed === 'feed' || sniffed === 'jsonl') return sniffed === 'jsonl' && named === 'text' ? 'text' : sniffed;
  if (sniffed === 'html') return named === 'text' && !/<(?:html|body|p|div)\b/i.test(text.slice(0, 4096)) ? 'text' : 'html';
  return named === 'html' ? 'html' : 'text';
}
