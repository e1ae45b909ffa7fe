/** Removes page furniture before Readability scores the page: menus, share bars, related links, captions, hidden parts. */
import { textOf, type DomDocument, type DomElement } from './dom.js';

/** Elements that never hold article text. */
const DROP_TAGS = 'script, style, noscript, template, svg, iframe, button, select, textarea, input, dialog, figcaption, nav, link, object, embed, canvas, map';
/** Elements that usually hold furniture; removed only when small next to the page. */
const FURNITURE = 'header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [role="alert"], [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
/** Class and id words of furniture ("share-bar", "related_links", "newsletter-signup", "wp-caption-text"). */
const FURNITURE_NAME = /(?:^|[\s_-])(?:share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|related|recommended|recommendations|promo|advert|advertisement|ads|adslot|ad-slot|ad-container|sponsor|sponsored|comments?|breadcrumbs?|tags|tag-list|author-bio|authorbio|bio-box|popup|modal|cookie|consent|sidebar|widget|trending|most-popular|mostpopular|outbrain|taboola|caption|wp-caption-text|credit|credits|byline|paywall|toolbar|pagination|disqus|more-stories|read-more|readmore|also-read|alsoread|next-article|prev-next|newsletter-signup|inline-related|related-content|skip-link|visually-hidden|sr-only|screen-reader-text|print-only|hidden|hide)(?:$|[\s_-])/i;

/** Share of the page's text an element may hold and still be removed as furniture. */
const MAX_SHARE = 0.35;

/** True when removing the element cannot take the article with it. */
function safeToRemove(el: DomElement, pageLength: number): boolean {
  const name = el.localName;
  if (name === 'html' || name === 'body' || name === 'main' || name === 'article') return false;
  return textOf(el).length <= Math.max(200, pageLength * MAX_SHARE);
}

/** Prunes the document in place; returns how many elements were removed. */
export function pruneDocument(document: DomDocument): number {
  let removed = 0;
  for (const el of Array.from(document.querySelectorAll(DROP_TAGS))) {
    el.remove();
    removed++;
  }
  const body = document.body ?? document.documentElement;
  const pageLength = textOf(body).length;
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) {
    if (el.parentNode !== null && safeToRemove(el, pageLength)) {
      el.remove();
      removed++;
    }
  }
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(names) && el.parentNode !== null && safeToRemove(el, pageLength)) {
      el.remove();
      removed++;
    }
  }
  return removed;
}
