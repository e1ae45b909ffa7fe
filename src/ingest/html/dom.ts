/** A minimal typing of the DOM linkedom gives us (the project compiles without the DOM lib), and the parser. */
import { parseHTML } from 'linkedom';

/** A DOM node as far as our readers use it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

/** A DOM element as far as our readers use it. */
export interface DomElement extends DomNode {
  localName: string;
  tagName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
  cloneNode(deep: boolean): DomElement;
}

/** A parsed document. */
export interface DomDocument extends DomElement {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
}

/** Node type of an element. */
export const ELEMENT_NODE = 1;
/** Node type of a text node. */
export const TEXT_NODE = 3;

/** Parses HTML (a whole page or a fragment) into a document. */
export function parseDocument(html: string): DomDocument {
  const wrap = (body: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document as unknown as DomDocument;
  if (!/<html[\s>]/i.test(html.slice(0, 2000))) return wrap(html);
  const document = parseHTML(html).document as unknown as DomDocument;
  // Broken markup ("<![CDATA[<html>") can leave linkedom without a root or body: read it as a fragment instead.
  // "<script><html>" leaves a <script> as the root, which pruning then removes: only an <html> root is kept.
  if (isHtmlRoot(document) && hasBody(document)) return document;
  const again = wrap(html.replace(/<\/?(?:html|head|body)\b[^>]*>/gi, ''));
  return isHtmlRoot(again) && hasBody(again) ? again : wrap('');
}

/** True when the document's root element is `<html>`. */
function isHtmlRoot(document: DomDocument): boolean {
  return document.documentElement?.localName?.toLowerCase() === 'html';
}

/** True when the document has a root with a body (linkedom throws on `body` without a root). */
function hasBody(document: DomDocument): boolean {
  try {
    return document.body !== null;
  } catch {
    return false;
  }
}

/** Text of an element with whitespace collapsed. */
export function textOf(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
