/** Turns an article element into blocks: paragraphs, headings, list items and quotations, without link lists. */
import type { Block, BlockKind } from '../types.js';
import { normalizeSpace } from '../blocks.js';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start a new block. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'hr', 'address', 'center', 'details', 'summary', 'figure', 'aside', 'nav']);
/** Elements skipped with their content. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'figcaption', 'figure', 'button', 'select', 'textarea', 'svg', 'nav', 'aside', 'iframe', 'sup', 'caption', 'picture', 'video', 'audio']);
/** Class or id words of captions and credits inside the article. */
const SKIP_NAME = /caption|(?:^|[\s_-])(?:credit|credits|share|social|related|newsletter|subscribe|promo|advert|ad|ads|byline|timestamp|dateline|meta|tags|author|toolbar)(?:$|[\s_-])/i;

/** A block being collected, with how much of its text sits in links. */
interface Pending {
  kind: BlockKind;
  text: string;
  linkChars: number;
  boldChars: number;
}

/**
 * True for a block that is mostly links and little else: a menu entry or a teaser ("CO-FOUNDER PROUD OF …").
 * A sentence with many inline links ("deals include MacBooks from $700 at Amazon …") keeps its own words.
 */
function isLinkBlock(p: Pending, maxLinkDensity: number): boolean {
  const chars = p.text.replace(/\s+/g, '').length;
  if (chars === 0 || chars >= 400) return false;
  const density = p.linkChars / chars;
  return density > maxLinkDensity && (chars - p.linkChars < 40 || density > 0.85);
}

/** A paragraph set entirely in bold, short and without closing punctuation, is a subheading ("<p><b>Talks resume</b></p>"). */
function isBoldHeading(p: Pending): boolean {
  if (p.kind !== 'paragraph' || p.text.length > 100 || p.text.includes('\n')) return false;
  const chars = p.text.replace(/\s+/g, '').length;
  return chars > 0 && p.boldChars === chars && !/[.,;!?:"”’)]$/.test(p.text) && /^[\p{Lu}\p{N}"“‘]/u.test(p.text);
}

/** Kind of block an element starts. */
function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item';
  if (tag === 'blockquote') return 'quote';
  return inherited === 'heading' ? 'paragraph' : inherited;
}

/** Walks an article element into blocks; link-dense short blocks (menus, teasers) are dropped. */
export function elementToBlocks(root: DomElement, options: { maxLinkDensity?: number } = {}): Block[] {
  const maxLinkDensity = options.maxLinkDensity ?? 0.55;
  const out: Pending[] = [];
  let current: Pending = { kind: 'paragraph', text: '', linkChars: 0, boldChars: 0 };
  const flush = (next: BlockKind) => {
    if (current.text.trim() !== '') out.push(current);
    current = { kind: next, text: '', linkChars: 0, boldChars: 0 };
  };
  // An explicit stack, not recursion: a feed item nested thousands of elements deep must not overflow the call stack.
  type Frame = { node: DomNode; kind: BlockKind; inLink: boolean; inBold: boolean } | { close: BlockKind };
  const stack: Frame[] = [{ node: root, kind: 'paragraph', inLink: false, inBold: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      flush(frame.close);
      continue;
    }
    const { node, kind, inLink, inBold } = frame;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current.text += text;
      if (inLink) current.linkChars += text.replace(/\s+/g, '').length;
      if (inBold) current.boldChars += text.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag !== 'p' && SKIP_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    if (tag === 'br') {
      current.text += '\n';
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const own = isBlock ? kindOf(tag, kind) : kind;
    if (isBlock) {
      flush(own);
      stack.push({ close: kind });
    }
    const children = el.childNodes;
    const bold = inBold || tag === 'strong' || tag === 'b';
    const link = inLink || tag === 'a';
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, kind: own, inLink: link, inBold: bold });
  }
  flush('paragraph');
  return out
    .map((p) => ({ ...p, text: normalizeSpace(p.text.replace(/\n{2,}/g, '\n')) }))
    .filter((p) => p.text !== '' && !isLinkBlock(p, maxLinkDensity))
    .map((p) => ({ kind: isBoldHeading(p) ? 'heading' as const : p.kind, text: p.text }));
}
