/** Reads an HTML page: metadata first, then furniture pruning, Readability, blocks, and a choice among fallbacks. */
import { diagnostic } from '../../core/index.js';
import type { Extracted } from '../types.js';
import { parseDocument, textOf } from './dom.js';
import { articleObject, ldText, readJsonLd } from './json-ld.js';
import { cleanAuthor, readMetadata } from './metadata.js';
import { pruneDocument } from './01-prune.js';
import { runReadability, bareReadabilityText, deeperThan, MAX_READABILITY_DEPTH } from './02-readability.js';
import { elementToBlocks } from './03-blocks.js';
import { chooseBody, densestContainer, type BodySource } from './04-choose.js';

export { parseDocument, textOf, ELEMENT_NODE, TEXT_NODE } from './dom.js';
export type { DomElement, DomNode, DomDocument } from './dom.js';
export { blockLength } from './04-choose.js';
export { readMetadata, stripSiteName, cleanAuthor } from './metadata.js';
export { elementToBlocks } from './03-blocks.js';
export type { BodySource } from './04-choose.js';

/** Options for reading one page. */
export interface HtmlOptions {
  /** Where the page was read from (file path, URL, `stdin`), for diagnostics. */
  source: string;
  /** The page's URL when known (fetched, feed link, JSONL `url`). */
  url?: string | null;
  now?: Date;
}

/** Extracts an article's blocks and metadata from a page; a page with no article gets a `no-article` diagnostic. */
export function extractHtml(html: string, options: HtmlOptions): Extracted & { from: BodySource } {
  const document = parseDocument(html);
  const objects = readJsonLd(document);
  const meta = readMetadata(document, objects, options.url ?? null, options.now);
  const ld = articleObject(objects);
  const articleBody = ld ? ldText(ld.articleBody) : null;
  const title = meta.title ?? null;
  pruneDocument(document);
  // Readability is super-linear in nesting depth: a pathologically deep page is read by the fallbacks alone.
  const deep = deeperThan(document.body, MAX_READABILITY_DEPTH);
  const result = deep ? null : runReadability(document);
  const fromReadability = result ? elementToBlocks(result.content) : null;
  const { blocks, from } = chooseBody(fromReadability, articleBody, () => densestContainer(document) ?? (deep ? document.body : null));
  if (meta.author === null && result?.byline) meta.author = cleanAuthor(result.byline);
  // Readability keeps a heading that repeats the headline at the top; the title is metadata, not text.
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // Page widgets repeat the headline and the page's own address near the top ("The Latest: …", "https://…/story.php").
  const repeats = new Set([title, meta.url, options.url].filter((s): s is string => !!s).map(norm));
  for (let i = Math.min(blocks.length, 4) - 1; i >= 0; i--) if (repeats.has(norm(blocks[i]!.text))) blocks.splice(i, 1);
  const diagnostics = blocks.length === 0
    ? [diagnostic('error', 'no-article', `${options.source}: the page has no article text${textOf(document.body).length === 0 ? ' (empty page)' : ''}`, { source: options.source })]
    : [];
  return { blocks, meta, diagnostics, from };
}

/** Bare Readability over linkedom on a page (the evaluation baseline): its plain text. */
export function bareReadability(html: string): string {
  return bareReadabilityText(parseDocument(html));
}
