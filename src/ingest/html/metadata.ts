/** Page metadata: title, outlet, author, published time, canonical URL and language, from meta tags, JSON-LD and markup. */
import type { FoundMeta } from '../types.js';
import { dateFromUrl, normalizeDate } from '../dates.js';
import { textOf, type DomDocument } from './dom.js';
import { articleObject, ldPublisher, ldText, type LdObject } from './json-ld.js';

/** Values of `<meta>` tags by lower-case name, property or itemprop (first one wins). */
function metaMap(document: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = (el.getAttribute('content') ?? el.getAttribute('datetime') ?? '').trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** The first value present under any of the keys. */
function pick(map: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = map.get(key);
    if (value) return value;
  }
  return null;
}

/** Removes the site's name from a `<title>`: "Talks resume | The Daily" → "Talks resume". */
export function stripSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•»:-]\s+/);
  if (parts.length < 2) return title;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (site && norm(parts[parts.length - 1]!) === norm(site)) return parts.slice(0, -1).join(' - ').trim();
  if (site && norm(parts[0]!) === norm(site)) return parts.slice(1).join(' - ').trim();
  const last = parts[parts.length - 1]!;
  // A short trailing segment of one to four words is usually the site ("… - BBC News").
  return last.split(/\s+/).length <= 4 && parts[0]!.split(/\s+/).length >= 3 ? parts.slice(0, -1).join(' - ').trim() : title;
}

/** Cleans an author string: drops "By", URLs, dates and trailing roles. */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//.test(s)) {
    const slug = /\/(?:author|authors|people|profile|staff|by)\/([\w-]+)\/?$/.exec(s);
    if (!slug) return null;
    s = slug[1]!.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }
  s = s.replace(/^(?:written |posted |reported )?by:?\s+/i, '').replace(/\s*[|,]?\s*(?:updated|published|posted)\b.*$/i, '');
  s = s.replace(/\s*\d{1,2}[:/.]\d{2}.*$/, '').trim();
  return s === '' || s.length > 120 ? null : s;
}

/** The author from markup: `rel=author`, `.byline`, `.author` elements. */
function authorFromMarkup(document: DomDocument): string | null {
  for (const sel of ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]', '.byline__name', '.author-name', '.byline', '.author']) {
    const el = document.querySelector(sel);
    const text = textOf(el);
    if (text && text.length <= 80) return text;
  }
  return null;
}

/** The published time from markup: `<time datetime>` inside the article, else the first one. */
function timeFromMarkup(document: DomDocument): string | null {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

/** Reads every metadata field a page offers; `pageUrl` is where it was read from, if known. */
export function readMetadata(document: DomDocument, objects: LdObject[], pageUrl: string | null, now?: Date): FoundMeta {
  const meta = metaMap(document);
  const ld = articleObject(objects);
  const outlet = pick(meta, ['og:site_name', 'application-name', 'al:android:app_name', 'al:iphone:app_name', 'twitter:app:name:iphone', 'publisher', 'dc.publisher'])
    ?? ldPublisher(objects, ld);
  const docTitle = textOf(document.querySelector('head > title')) || document.title || null;
  const h1 = document.querySelectorAll('h1').length === 1 ? textOf(document.querySelector('h1')) : null;
  const rawTitle = (ld ? ldText(ld.headline) : null) ?? pick(meta, ['og:title', 'twitter:title', 'dc.title', 'headline', 'title']) ?? h1 ?? docTitle;
  const title = rawTitle ? stripSiteName(rawTitle.replace(/\s+/g, ' ').trim(), outlet) : null;
  const author = cleanAuthor(pick(meta, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'twitter:creator:name', 'citation_author']))
    ?? cleanAuthor(ld ? ldText(ld.author) ?? ldText(ld.creator) : null)
    ?? cleanAuthor(authorFromMarkup(document));
  const dateCandidates = [
    pick(meta, ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'cxenseparse:recs:publishtime', 'og:updated_time', 'article:modified_time']),
    ld ? ldText(ld.datePublished) ?? ldText(ld.dateCreated) ?? ldText(ld.uploadDate) : null,
    timeFromMarkup(document),
  ];
  let published: string | null = null;
  for (const candidate of dateCandidates) if (published === null) published = normalizeDate(candidate, now);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick(meta, ['og:url', 'twitter:url']) ?? (ld ? ldText(ld.url) : null);
  const url = absolute(canonical, pageUrl) ?? pageUrl;
  return {
    title: title || null,
    outlet: outlet ? outlet.trim() : null,
    author,
    published: published ?? dateFromUrl(url),
    url,
    declaredLanguage: document.documentElement?.getAttribute('lang') ?? pick(meta, ['og:locale', 'content-language', 'language', 'dc.language']),
  };
}

/** Resolves a possibly relative URL against the page's URL; null when neither gives an absolute http(s) URL. */
function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
