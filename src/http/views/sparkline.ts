/** The coverage sparkline: articles per time bucket as small SVG bars (no inline style, so the CSP holds). */
import { html, type SafeHtml } from './html.js';

/** Renders bars for the counts; an empty list draws a flat baseline. */
export function sparkline(counts: number[], label: string, width = 96, height = 22): SafeHtml {
  const max = Math.max(1, ...counts);
  const n = Math.max(1, counts.length);
  const slot = width / n;
  const bars = counts.map((c, i) => {
    const h = c === 0 ? 0 : Math.max(2, Math.round((c / max) * (height - 2)));
    return html`<rect x="${(i * slot + 1).toFixed(1)}" y="${height - h}" width="${Math.max(1, slot - 2).toFixed(1)}" height="${h}"><title>${c} article${c === 1 ? '' : 's'}</title></rect>`;
  });
  return html`<svg class="spark" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><line x1="0" y1="${height - 0.5}" x2="${width}" y2="${height - 0.5}"/>${bars}</svg>`;
}
