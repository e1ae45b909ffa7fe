/** The lineage graph in SVG: articles in publication order on a line, arcs from a source to its copies and rewrites. */
import type { Lineage } from '../../core/index.js';
import type { SourceIndex } from './citations.js';
import { html, seg, type SafeHtml } from './html.js';

/** Most articles drawn; beyond it only articles on a lineage edge are shown. */
const MAX_NODES = 14;

/** Articles to draw, oldest first (undated last). */
function nodesOf(lineage: Lineage[], sources: SourceIndex): string[] {
  const onEdge = new Set(lineage.flatMap((l) => [l.from, l.to]));
  const ids = sources.articles.map((a) => a.id);
  const chosen = ids.length <= MAX_NODES ? ids : ids.filter((id) => onEdge.has(id)).slice(0, MAX_NODES);
  const time = (id: string) => { const p = sources.meta(id)?.published; return p ? Date.parse(p) : Infinity; };
  return chosen.sort((a, b) => time(a) - time(b) || sources.number(a) - sources.number(b));
}

/** Renders the graph, or a sentence saying no article derives from another. */
export function lineageGraph(lineage: Lineage[], sources: SourceIndex): SafeHtml {
  if (lineage.length === 0) return html`<p class="empty">No article reads as a copy or rewrite of another.</p>`;
  const nodes = nodesOf(lineage, sources);
  const gap = 76;
  const width = Math.max(200, nodes.length * gap);
  const base = 96;
  const x = new Map(nodes.map((id, i) => [id, gap / 2 + i * gap]));
  const edges = lineage.filter((l) => x.has(l.from) && x.has(l.to)).map((l) => {
    const x1 = x.get(l.from)!;
    const x2 = x.get(l.to)!;
    const lift = Math.min(base - 14, 18 + Math.abs(x2 - x1) / 3);
    return html`<path class="edge ${l.kind}" d="M${x1} ${base - 12} Q${(x1 + x2) / 2} ${base - 12 - lift * 2} ${x2} ${base - 12}" marker-end="url(#arrow)"><title>${sources.outlet(l.to)} is a ${l.kind} of ${sources.outlet(l.from)} (score ${l.score.toFixed(2)})</title></path>`;
  });
  const short = (name: string) => (name.length > 12 ? `${name.slice(0, 11)}…` : name);
  const dots = nodes.map((id, i) => html`<a href="/articles/${seg(id)}" class="node"><circle cx="${x.get(id)}" cy="${base}" r="11"/><text x="${x.get(id)}" y="${base + 4}" class="num">${sources.number(id)}</text><text x="${x.get(id)}" y="${base + (i % 2 ? 40 : 27)}" class="label">${short(sources.outlet(id))}</text><title>${sources.outlet(id)}: ${sources.meta(id)?.title ?? id}</title></a>`);
  return html`<svg class="lineage" viewBox="0 0 ${width} ${base + 48}" width="${width}" height="${base + 48}" role="img" aria-label="lineage graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker></defs>
${edges}${dots}</svg>
<ul class="lineage-list">${lineage.map((l) => html`<li><b>${sources.outlet(l.to)}</b> (${sources.number(l.to)}) is a <span class="kind ${l.kind}">${l.kind}</span> of <b>${sources.outlet(l.from)}</b> (${sources.number(l.from)}) · ${l.score.toFixed(2)}</li>`)}</ul>`;
}
