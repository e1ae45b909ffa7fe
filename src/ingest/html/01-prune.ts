/** Removes page furniture before Readability scores the page: menus, share bars, related links, captions, hidden parts. */
import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** Elements that never hold article text. */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'input', 'dialog', 'figcaption', 'nav', 'link', 'object', 'embed', 'canvas', 'map']);
/** Elements that usually hold furniture; removed only when small next to the page. */
const FURNITURE_TAGS = new Set(['header', 'footer', 'aside', 'form']);
/** ARIA roles of furniture. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'menu', 'menubar']);
/** Class and id words of furniture ("share-bar", "related_links", "newsletter-signup", "wp-caption-text"). */
const FURNITURE_NAME = /caption|(?:^|[\s_-])(?:share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|related|recommended|recommendations|promo|advert|advertisement|ads|adslot|ad-slot|ad-container|sponsor|sponsored|comments?|breadcrumbs?|tags|tag-list|author-bio|authorbio|bio-box|popup|modal|cookie|consent|sidebar|widget|trending|most-popular|mostpopular|outbrain|taboola|caption|wp-caption-text|credit|credits|byline|paywall|toolbar|pagination|disqus|more-stories|read-more|readmore|also-read|alsoread|next-article|prev-next|newsletter-signup|inline-related|related-content|skip-link|visually-hidden|sr-only|screen-reader-text|print-only|hidden|hide)(?:$|[\s_-])/i;

/** Share of the page's text an element may hold and still be removed as furniture. */
const MAX_SHARE = 0.35;

/** Why an element looks like furniture: a tag, role, hidden state, or class/id word; null when it does not. */
function furniture(el: DomElement): boolean {
  if (FURNITURE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length > 1 && FURNITURE_NAME.test(names);
}

/** Prunes the document in place in one walk; returns how many elements were removed. */
export function pruneDocument(document: DomDocument): number {
  const body = document.body ?? document.documentElement;
  if (!body) return 0;
  let pageLength = -1;
  let removed = 0;
  // Depth-first with an explicit stack (children last to first, each subtree before its earlier siblings):
  // a page nested thousands of elements deep must not overflow the call stack.
  const walk = (root: DomElement) => {
    const stack: Array<{ kids: ArrayLike<DomNode>; i: number }> = [{ kids: root.childNodes, i: root.childNodes.length - 1 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.i < 0) {
        stack.pop();
        continue;
      }
      const node = frame.kids[frame.i--]!;
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as DomElement;
      const tag = el.localName;
      if (DROP_TAGS.has(tag)) {
        el.remove();
        removed++;
        continue;
      }
      if (tag !== 'main' && tag !== 'article' && furniture(el)) {
        const length = (el.textContent ?? '').length;
        if (length > 200 && pageLength < 0) pageLength = (body.textContent ?? '').length;
        if (length <= 200 || length <= pageLength * MAX_SHARE) {
          el.remove();
          removed++;
          continue;
        }
      }
      stack.push({ kids: el.childNodes, i: el.childNodes.length - 1 });
    }
  };
  for (const el of Array.from(document.querySelectorAll('head script, head style, head noscript'))) el.remove();
  walk(body);
  return removed;
}
