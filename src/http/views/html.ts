/** A tagged template that escapes every interpolated value unless it is already-safe markup. */

/** Markup that has been escaped or built from escaped parts; the only thing inserted into a page unescaped. */
export interface SafeHtml {
  readonly __html: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** Wraps a string that is known to be safe markup (use only on constants and on output of `html`). */
export function raw(markup: string): SafeHtml {
  return { __html: markup };
}

/** True for a SafeHtml value. */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && typeof (value as SafeHtml).__html === 'string';
}

/** Turns one interpolated value into markup: arrays are joined, null/undefined/false vanish, the rest is escaped. */
function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafeHtml(value)) return value.__html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays of them are kept as markup. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return { __html: out };
}

/** Builds a same-site URL path with a query string, dropping empty parameters. */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Path segment for an id taken from data (article ids may hold any character). */
export function seg(id: string): string {
  return encodeURIComponent(id);
}
