/** Page metadata: title, outlet, author, published time, canonical URL and language, from meta tags, JSON-LD and markup. */
import type { FoundMeta } from '../types.js';
import { decodeEntities } from '../entities.js';
import { dateFromText, dateFromUrl, normalizeDate } from '../dates.js';
import { textOf, type DomDocument } from './dom.js';
import { articleObject, ldPersonAuthors, ldPublisher, ldText, type LdObject } from './json-ld.js';

/** Values of `<meta>` tags by lower-case name, property or itemprop (first one wins). */
function metaMap(document: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.getElementsByTagName('meta'))) {
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

/** Removes the site's name from a title: "Talks resume | The Daily" → "Talks resume"; "Talks resume - live updates" stays. */
export function stripSiteName(title: string, site: string | null, url: string | null = null): string {
  const parts = title.split(/\s+([|–—·•»-])\s+/);
  if (parts.length < 3) return title;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let host = '';
  try {
    host = url ? norm(new URL(url).hostname.replace(/^www\./, '').split('.').slice(0, -1).join('')) : '';
  } catch {
    host = '';
  }
  const keys = [site ? norm(site) : '', host].filter((k) => k.length >= 3);
  const isSite = (segment: string) => {
    const n = norm(segment);
    const short = segment.split(/\s+/).length <= 4;
    return n.length > 0 && keys.some((k) => n === k || (short && n.length >= 4 && (k.includes(n) || n.includes(k))));
  };
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (isSite(last)) return parts.slice(0, -2).join(' ').trim();
  if (isSite(first)) return parts.slice(2).join(' ').trim();
  // Without a known site name, only a pipe reliably marks one ("Talks resume | Daily Ledger").
  const separator = parts[parts.length - 2]!;
  return separator === '|' && last.split(/\s+/).length <= 4 && first.split(/\s+/).length >= 2 ? parts.slice(0, -2).join(' ').trim() : title;
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

/** The published time from markup: `<time datetime>` in the article, `itemprop=datePublished`, then date-named elements. */
function timeFromMarkup(document: DomDocument, now?: Date): string | null {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
  const fromTime = normalizeDate(time?.getAttribute('datetime'), now);
  if (fromTime) return fromTime;
  const candidates = [
    ...Array.from(document.querySelectorAll('[itemprop="datePublished"]')),
    ...Array.from(document.querySelectorAll('[class*="publish"], [class*="date"], [id*="date"], [class*="time"]')).slice(0, 40),
  ];
  for (const el of candidates) {
    if (/modif|updat/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) continue;
    const attr = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
    const found = normalizeDate(attr, now) ?? dateFromText(attr, now) ?? (textOf(el).length <= 80 ? dateFromText(textOf(el), now) : null);
    if (found) return found;
  }
  return null;
}

/** Reads every metadata field a page offers; `pageUrl` is where it was read from, if known. */
export function readMetadata(document: DomDocument, objects: LdObject[], pageUrl: string | null, now?: Date): FoundMeta {
  const meta = metaMap(document);
  const ld = articleObject(objects);
  const outlet = pick(meta, ['og:site_name', 'application-name', 'al:android:app_name', 'al:iphone:app_name', 'twitter:app:name:iphone', 'publisher', 'dc.publisher'])
    ?? ldPublisher(objects, ld);
  const h1 = () => {
    const all = document.getElementsByTagName('h1');
    return all.length === 1 ? textOf(all[0]) : null;
  };
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const titles = [() => (ld ? ldText(ld.headline) : null), () => pick(meta, ['og:title', 'twitter:title', 'dc.title', 'headline', 'title']), h1, () => textOf(document.querySelector('title')) || null];
  let title: string | null = null;
  for (const candidate of titles) {
    const raw = candidate();
    const clean = raw ? stripSiteName(decodeEntities(raw).replace(/\s+/g, ' ').trim(), outlet, pageUrl) : '';
    // A "title" that is only the site's name ("Daily Ledger") says nothing about the article: try the next source.
    if (clean !== '' && !(outlet && norm(clean) === norm(outlet))) {
      title = clean;
      break;
    }
  }
  const author = cleanAuthor(ldPersonAuthors(ld)) ?? cleanAuthor(pick(meta, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'twitter:creator:name', 'citation_author']))
    ?? cleanAuthor(ld ? ldText(ld.author) ?? ldText(ld.creator) : null)
    ?? cleanAuthor(authorFromMarkup(document));
  const published = normalizeDate(pick(meta, ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'cxenseparse:recs:publishtime', 'og:updated_time', 'article:modified_time']), now)
    ?? normalizeDate(ld ? ldText(ld.datePublished) ?? ldText(ld.dateCreated) ?? ldText(ld.uploadDate) : null, now)
    ?? timeFromMarkup(document, now);
  const canonical = Array.from(document.getElementsByTagName('link')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href')
    ?? pick(meta, ['og:url', 'twitter:url']) ?? (ld ? ldText(ld.url) : null);
  const url = absolute(canonical, pageUrl) ?? pageUrl;
  return {
    title: title || null,
    outlet: outlet ? decodeEntities(outlet).trim() : null,
    author: author ? decodeEntities(author) : null,
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
