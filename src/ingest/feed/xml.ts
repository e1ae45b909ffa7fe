/** Lenient XML for feeds: linkedom's XML parser never throws; helpers find children by local name and decode text. */
import { DOMParser } from 'linkedom';
import { XMLValidator } from 'fast-xml-parser';
import { ELEMENT_NODE, type DomElement } from '../html/index.js';
import { decodeEntities } from '../entities.js';

/** Prefixes that stand for a feed's own vocabulary ("atom:title" is "title"). */
const OWN_PREFIXES = new Set(['', 'atom', 'rss', 'rdf', 'a10', 'atom10']);

/** Parses feed XML leniently (ill-formed input yields a best-effort tree, never an exception). */
export function parseXml(xml: string): DomElement | null {
  const clean = xml.replace(/^[\s\ufeff]+/, '').replace(/^[^<]+/, '');
  const doc = new DOMParser().parseFromString(clean, 'text/xml') as unknown as { documentElement: DomElement | null };
  return doc.documentElement ?? null;
}

/** The first problem a strict XML check finds ("line 12: unclosed tag"), or null for well-formed XML. */
export function xmlProblem(xml: string): string | null {
  try {
    const result = XMLValidator.validate(xml, { allowBooleanAttributes: true });
    return result === true ? null : `line ${result.err.line}: ${result.err.msg}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Splits "dc:creator" into prefix and local name, lower-case. */
export function qname(el: DomElement): { prefix: string; local: string } {
  const name = (el.tagName ?? el.localName ?? '').toLowerCase();
  const at = name.indexOf(':');
  return at < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, at), local: name.slice(at + 1) };
}

/** True when an element is `name` ("title" matches title and atom:title; "dc:date" matches only dc:date). */
export function isNamed(el: DomElement, name: string): boolean {
  const { prefix, local } = qname(el);
  const at = name.indexOf(':');
  if (at >= 0) return prefix === name.slice(0, at) && local === name.slice(at + 1);
  return local === name && OWN_PREFIXES.has(prefix);
}

/** Element children of a node. */
export function elementChildren(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === ELEMENT_NODE) out.push(nodes[i] as DomElement);
  return out;
}

/** The first child element with one of the names, in the order of the names. */
export function child(el: DomElement, ...names: string[]): DomElement | null {
  const kids = elementChildren(el);
  for (const name of names) {
    const found = kids.find((k) => isNamed(k, name));
    if (found) return found;
  }
  return null;
}

/** Item fields that an unclosed tag may swallow (`<title>Storm<link>…</link>` in ill-formed feeds). */
const FIELDS = new Set(['link', 'guid', 'pubdate', 'description', 'author', 'category', 'comments', 'enclosure', 'source', 'id', 'updated', 'published', 'summary', 'content']);

/** The first descendant element named `name` (for feeds whose unclosed tags nest fields in one another). */
export function descendant(el: DomElement, name: string): DomElement | null {
  for (const k of elementChildren(el)) {
    if (isNamed(k, name)) return k;
    const deeper = descendant(k, name);
    if (deeper) return deeper;
  }
  return null;
}

/** The text of an element without item fields an unclosed tag swallowed. */
export function ownText(el: DomElement): string {
  const kids = elementChildren(el);
  if (!kids.some((k) => FIELDS.has(qname(k).local))) return el.textContent ?? '';
  let text = '';
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType !== ELEMENT_NODE) text += node.textContent ?? '';
    else if (!FIELDS.has(qname(node as DomElement).local)) text += node.textContent ?? '';
  }
  return text;
}

/** The text of a child, trimmed and entity-decoded, or null. */
export function childText(el: DomElement, ...names: string[]): string | null {
  const found = child(el, ...names);
  const text = found ? decodeEntities(ownText(found).trim()) : '';
  return text === '' ? null : text;
}

/** The HTML a content element holds: inner markup for Atom `type="xhtml"`, else its text (escaped HTML or CDATA). */
export function contentHtml(el: DomElement | null): string | null {
  if (!el) return null;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  // Unescaped markup in a feed ("<description>Rain <b>closed</b> …") parses as child elements: take it as HTML,
  // turning entities XML did not know ("&nbsp;", kept as text and re-escaped) back into entities.
  const markup = type === 'xhtml' || (elementChildren(el).length > 0 && !(el.textContent ?? '').trim().startsWith('<'));
  const html = markup ? el.innerHTML.replace(/&amp;(#?\w+);/g, '&$1;') : el.textContent ?? '';
  const trimmed = html.trim();
  if (trimmed === '') return null;
  return type === 'text' ? trimmed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n{2,}/g, '<br><br>') : trimmed;
}
