/** Turns a bit of feed HTML into plain text or blocks. */
import type { Block } from '../types.js';
import { elementToBlocks, parseDocument, textOf } from '../html/index.js';

/** Plain text of an HTML snippet ("Hello <b>world</b>" → "Hello world"). */
export function htmlToPlain(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return textOf(parseDocument(`<html><body><div>${html}</div></body></html>`).body);
}

/** Blocks of an HTML snippet (a feed item's content or summary); plain text becomes paragraphs. */
export function htmlToBlocks(html: string): Block[] {
  const doc = parseDocument(`<html><body><div>${/<[a-z!/]/i.test(html) ? html : html.replace(/\n\s*\n/g, '<br><br>')}</div></body></html>`);
  return doc.body ? elementToBlocks(doc.body) : [];
}
