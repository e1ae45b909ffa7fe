/** Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds into plain items: title, link, guid, dates, author, summary, content. */
import { normalizeDate } from '../dates.js';
import { htmlToPlain } from './plain.js';
import { child, childText, contentHtml, descendant, elementChildren, isNamed, ownText, parseXml, qname } from './xml.js';
import type { DomElement } from '../html/index.js';

/** One item of a feed. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  author: string | null;
  /** Summary as HTML (RSS description, Atom summary). */
  summary: string | null;
  /** Full content as HTML (content:encoded, Atom content), when the feed carries it. */
  content: string | null;
  categories: string[];
}

/** A parsed feed. */
export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

/** Resolves a link against a base; returns the raw link when it cannot be resolved. */
function resolve(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base ?? undefined).href;
  } catch {
    return link.trim();
  }
}

/** The page link of an RSS item or Atom entry. */
function linkOf(el: DomElement): string | null {
  const orig = childText(el, 'feedburner:origlink');
  if (orig) return orig;
  const links = elementChildren(el).filter((k) => isNamed(k, 'link'));
  const href = (k: DomElement) => k.getAttribute('href');
  const alternate = links.find((k) => href(k) && (k.getAttribute('rel') ?? 'alternate') === 'alternate' && !/image|audio|video/.test(k.getAttribute('type') ?? ''));
  if (alternate) return href(alternate);
  const text = links.map((k) => (k.textContent ?? '').trim()).find((t) => t !== '');
  if (text) return text;
  const withHref = links.find((k) => href(k));
  if (withHref) return href(withHref);
  const guid = child(el, 'guid');
  const guidText = (guid?.textContent ?? '').trim();
  if (guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//.test(guidText)) return guidText;
  const nested = descendant(el, 'link');
  const nestedText = nested ? (nested.getAttribute('href') ?? ownText(nested)).trim() : '';
  return nestedText || el.getAttribute('rdf:about');
}

/** The author of an item: Atom author name, dc:creator, or RSS author ("jane@ex.com (Jane Doe)" → "Jane Doe"). */
function authorOf(el: DomElement): string | null {
  const atom = child(el, 'author');
  const name = atom ? childText(atom, 'name') : null;
  const raw = name ?? childText(el, 'dc:creator', 'itunes:author', 'author', 'dc:author');
  if (!raw) return null;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(raw);
  if (paren) return paren[1]!.trim();
  return /^\S+@\S+$/.test(raw) ? null : raw.replace(/\s+/g, ' ');
}

/** Reads one item or entry. */
function readItem(el: DomElement, feedBase: string | null, now?: Date): FeedItem {
  const base = resolve(el.getAttribute('xml:base'), feedBase) ?? feedBase;
  const rawTitle = childText(el, 'title', 'dc:title');
  const summary = contentHtml(child(el, 'description', 'summary', 'dc:description', 'subtitle'));
  const content = contentHtml(child(el, 'content:encoded', 'content', 'xhtml:body', 'body'));
  const dateText = childText(el, 'pubdate', 'published', 'dc:date', 'issued', 'created', 'updated', 'modified', 'dc:created', 'dcterms:created', 'dcterms:modified', 'date');
  const guid = childText(el, 'guid', 'id') ?? el.getAttribute('rdf:about');
  return {
    title: rawTitle ? htmlToPlain(rawTitle) || null : null,
    link: resolve(linkOf(el), base),
    guid,
    published: normalizeDate(dateText, now),
    author: authorOf(el),
    summary,
    content,
    categories: elementChildren(el).filter((k) => isNamed(k, 'category') || isNamed(k, 'dc:subject'))
      .map((k) => (k.getAttribute('term') ?? k.textContent ?? '').trim()).filter(Boolean),
  };
}

/** Items and entries anywhere under the root, not nested in another item. */
function findItems(root: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const walk = (el: DomElement) => {
    for (const k of elementChildren(el)) {
      const { local } = qname(k);
      if ((local === 'item' || local === 'entry') && (isNamed(k, 'item') || isNamed(k, 'entry'))) out.push(k);
      else walk(k);
    }
  };
  walk(root);
  return out;
}

/** Parses a feed; null when the text is not a feed at all. `baseUrl` resolves relative links. */
export function parseFeed(xml: string, baseUrl: string | null = null, now?: Date): Feed | null {
  const root = parseXml(xml);
  if (!root) return null;
  const { local } = qname(root);
  const kind = local === 'feed' ? 'atom' : local === 'rdf' ? 'rdf' : local === 'rss' ? 'rss' : null;
  if (kind === null) return null;
  const channel = child(root, 'channel') ?? root;
  const link = kind === 'atom' ? linkOf(root) : childText(channel, 'link') ?? linkOf(channel);
  const base = resolve(root.getAttribute('xml:base') ?? link, baseUrl) ?? baseUrl;
  const title = childText(channel, 'title', 'dc:title');
  return {
    kind,
    title: title ? htmlToPlain(title) : null,
    link: resolve(link, baseUrl),
    language: childText(channel, 'language', 'dc:language') ?? root.getAttribute('xml:lang'),
    items: findItems(root).map((el) => readItem(el, base, now)),
  };
}
