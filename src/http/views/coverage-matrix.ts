/** The coverage matrix: one row per fact, one column per outlet, each cell reports, omits or contradicts. */
import type { Citation, Fact } from '../../core/index.js';
import { citationHref, type SourceIndex } from './citations.js';
import { html, type SafeHtml } from './html.js';

/** What one outlet does with one fact. */
export type Coverage = 'reports' | 'omits' | 'contradicts';

/** Decides a cell: an outlet contradicts when a conflict cites it with a span the fact itself does not cite; it reports when the fact cites it. */
export function coverageOf(fact: Fact, outlet: string, sources: SourceIndex): { coverage: Coverage; citation: Citation | null } {
  const key = (c: Citation) => `${c.article}:${c.start}:${c.end}`;
  const own = new Set(fact.citations.map(key));
  const mine = (c: Citation) => sources.outlet(c.article) === outlet;
  const against = fact.conflicts.flatMap((k) => k.citations).find((c) => mine(c) && !own.has(key(c)));
  if (against) return { coverage: 'contradicts', citation: against };
  const report = fact.citations.find(mine);
  return report ? { coverage: 'reports', citation: report } : { coverage: 'omits', citation: null };
}

const MARK: Record<Coverage, string> = { reports: '●', omits: '○', contradicts: '✕' };

/** One cell: a symbol with a text label, linked to the evidence when there is some. */
function cell(fact: Fact, outlet: string, sources: SourceIndex): SafeHtml {
  const { coverage, citation } = coverageOf(fact, outlet, sources);
  const label = html`<span aria-hidden="true">${MARK[coverage]}</span><span class="sr">${coverage}</span>`;
  return html`<td class="cov ${coverage}" title="${outlet} ${coverage} this">${citation ? html`<a href="${citationHref(citation)}">${label}</a>` : label}</td>`;
}

/** Most outlet columns drawn; the rest share one "N more" column (a story from 1,000 outlets stays a readable table). */
export const MAX_MATRIX_OUTLETS = 12;

/** How many facts cite each outlet (reports and contradictions), for choosing the columns. */
function citedFacts(facts: Fact[], sources: SourceIndex): Map<string, number> {
  const count = new Map<string, number>();
  for (const f of facts) {
    const outlets = new Set([...f.citations, ...f.conflicts.flatMap((k) => k.citations)].map((c) => sources.outlet(c.article)));
    for (const o of outlets) count.set(o, (count.get(o) ?? 0) + 1);
  }
  return count;
}

/** The columns: every outlet when they fit, else the most-cited ones (ties in source order), kept in source order. */
export function matrixColumns(facts: Fact[], sources: SourceIndex, max = MAX_MATRIX_OUTLETS): { shown: string[]; hidden: string[] } {
  const outlets = [...new Set(sources.articles.map((a) => sources.outlet(a.id)))];
  if (outlets.length <= max) return { shown: outlets, hidden: [] };
  const count = citedFacts(facts, sources);
  const rank = outlets.map((o, i) => ({ o, i, n: count.get(o) ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i);
  const keep = new Set(rank.slice(0, max).map((r) => r.o));
  return { shown: outlets.filter((o) => keep.has(o)), hidden: outlets.filter((o) => !keep.has(o)) };
}

/** The "N more" cell of a fact: how many of the hidden outlets report it and how many contradict it. */
function moreCell(fact: Fact, hidden: Set<string>, sources: SourceIndex): SafeHtml {
  const key = (c: Citation) => `${c.article}:${c.start}:${c.end}`;
  const own = new Set(fact.citations.map(key));
  const against = new Set(fact.conflicts.flatMap((k) => k.citations).filter((c) => !own.has(key(c))).map((c) => sources.outlet(c.article)).filter((o) => hidden.has(o)));
  const reports = new Set(fact.citations.map((c) => sources.outlet(c.article)).filter((o) => hidden.has(o) && !against.has(o)));
  const parts = [reports.size > 0 ? `${reports.size} ●` : '', against.size > 0 ? `${against.size} ✕` : ''].filter(Boolean).join(' ');
  const title = `of ${hidden.size} more outlets: ${reports.size} report this, ${against.size} contradict it, ${hidden.size - reports.size - against.size} omit it`;
  return html`<td class="cov more" title="${title}">${parts || '—'}<span class="sr">${title}</span></td>`;
}

/** Renders the matrix; columns are the story's outlets in source order, at most MAX_MATRIX_OUTLETS plus one "N more". */
export function coverageMatrix(facts: Fact[], sources: SourceIndex, maxOutlets = MAX_MATRIX_OUTLETS): SafeHtml {
  if (facts.length === 0) return html`<p class="empty">No facts were aligned for this story.</p>`;
  const { shown, hidden } = matrixColumns(facts, sources, maxOutlets);
  const hiddenSet = new Set(hidden);
  const more = hidden.length > 0 ? html`<th scope="col" class="outlet-col more" title="${hidden.length} more outlets, counted together">${hidden.length} more</th>` : html``;
  const note = hidden.length > 0 ? html` <span class="note">Showing the ${shown.length} most-cited of ${shown.length + hidden.length} outlets; the other ${hidden.length} are counted in the last column and listed under Sources.</span>` : html``;
  return html`<div class="matrix-wrap"><table class="matrix">
<thead><tr><th scope="col">Fact</th>${shown.map((o) => html`<th scope="col" class="outlet-col" title="${o}">${o}</th>`)}${more}</tr></thead>
<tbody>${facts.map((f) => html`<tr class="${f.status}"><th scope="row"><span class="status ${f.status}">${f.status}</span> ${f.text}</th>${shown.map((o) => cell(f, o, sources))}${hidden.length > 0 ? moreCell(f, hiddenSet, sources) : html``}</tr>`)}</tbody>
</table>
<p class="legend"><span class="cov reports">● reports</span> <span class="cov omits">○ omits</span> <span class="cov contradicts">✕ contradicts</span>${note}</p></div>`;
}
