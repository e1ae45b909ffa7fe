/** Reads JSON-LD blocks of a page: the Article-like object and its fields (headline, author, dates, body). */
import type { DomDocument } from './dom.js';

/** A JSON-LD object (loosely typed: pages write anything). */
export type LdObject = Record<string, unknown>;

/** Schema.org types that describe a news article or page. */
const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|BackgroundNewsArticle|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|ItemPage|Review|Recipe|VideoObject)$/;

/** Flattens arrays and `@graph` into one list of objects. */
function flatten(value: unknown, out: LdObject[]): LdObject[] {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (value && typeof value === 'object') {
    const obj = value as LdObject;
    out.push(obj);
    if (obj['@graph']) flatten(obj['@graph'], out);
  }
  return out;
}

/** Every JSON-LD object on the page; unparsable blocks are skipped (pages often ship broken JSON). */
export function readJsonLd(document: DomDocument): LdObject[] {
  const out: LdObject[] = [];
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = (script.textContent ?? '').trim().replace(/^<!--|-->$/g, '').replace(/;\s*$/, '');
    try {
      flatten(JSON.parse(raw), out);
    } catch {
      try {
        flatten(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')), out);
      } catch {
        // not JSON even after tidying: ignore this block
      }
    }
  }
  return out;
}

/** The types of an object, as a list. */
function typesOf(obj: LdObject): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)];
}

/** The best article object: a news/article type first, a page type last. */
export function articleObject(objects: LdObject[]): LdObject | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const rank = (o: LdObject) => (typesOf(o).some((t) => /Article|Posting|Report/.test(t)) ? 0 : 1) - (o.articleBody ? 0.5 : 0);
  return articles.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** A string from a JSON-LD value: a string, `{name}`, `{@value}`, or a list of them joined. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(ldText).filter((v): v is string => v !== null);
    return parts.length ? [...new Set(parts)].join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const obj = value as LdObject;
    return ldText(obj.name ?? obj['@value'] ?? null);
  }
  return null;
}

/** The publisher's name of any object on the page. */
export function ldPublisher(objects: LdObject[], article: LdObject | null): string | null {
  const fromArticle = article ? ldText(article.publisher) ?? ldText((article.isPartOf as LdObject | undefined)?.name) : null;
  if (fromArticle) return fromArticle;
  const org = objects.find((o) => typesOf(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)) && typeof o.name === 'string');
  return org ? ldText(org.name) : null;
}

/** Names of the people among an article's authors ("author": [{"@type": "Person", "name": …}]), or null. */
export function ldPersonAuthors(article: LdObject | null): string | null {
  const raw = article?.author ?? article?.creator;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const people = list.filter((a): a is LdObject => !!a && typeof a === 'object' && typesOf(a as LdObject).includes('Person'));
  return people.length > 0 ? ldText(people) : null;
}
