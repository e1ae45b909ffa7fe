/** Marks spans of an article's text (entities, quotes, the cited span) as escaped HTML, allowing overlaps. */
import { escapeHtml, raw, type SafeHtml } from './html.js';

/** One span to mark: CSS classes, a tooltip, and whether it is the highlighted citation. */
export interface TextMark {
  start: number;
  end: number;
  classes: string[];
  title?: string;
  highlight?: boolean;
}

/** Drops marks outside the text or empty, so bad offsets never break the page. */
export function validMarks(marks: TextMark[], length: number): TextMark[] {
  return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end);
}

/** Renders the text cut at every mark boundary; each piece carries the classes of the marks covering it. */
export function markText(text: string, marks: TextMark[]): SafeHtml {
  const ok = validMarks(marks, text.length);
  const cuts = [...new Set([0, text.length, ...ok.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let out = '';
  let highlighted = false;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = escapeHtml(text.slice(from, to));
    const covering = ok.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const classes = [...new Set(covering.flatMap((m) => m.classes))].join(' ');
    const title = covering.map((m) => m.title).filter(Boolean).join(' · ');
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    let inner = classes ? `<span class="${escapeHtml(classes)}"${titleAttr}>${piece}</span>` : piece;
    if (covering.some((m) => m.highlight)) {
      inner = `<mark class="hl"${highlighted ? '' : ' id="hl"'}>${inner}</mark>`;
      highlighted = true;
    }
    out += inner;
  }
  return raw(out);
}
