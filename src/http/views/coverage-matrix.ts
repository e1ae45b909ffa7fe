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

/** Renders the matrix; outlets are the story's outlets in source order. */
export function coverageMatrix(facts: Fact[], sources: SourceIndex): SafeHtml {
  if (facts.length === 0) return html`<p class="empty">No facts were aligned for this story.</p>`;
  const outlets = [...new Set(sources.articles.map((a) => sources.outlet(a.id)))];
  return html`<div class="matrix-wrap"><table class="matrix">
<thead><tr><th scope="col">Fact</th>${outlets.map((o) => html`<th scope="col" class="outlet-col" title="${o}">${o}</th>`)}</tr></thead>
<tbody>${facts.map((f) => html`<tr class="${f.status}"><th scope="row"><span class="status ${f.status}">${f.status}</span> ${f.text}</th>${outlets.map((o) => cell(f, o, sources))}</tr>`)}</tbody>
</table>
<p class="legend"><span class="cov reports">● reports</span> <span class="cov omits">○ omits</span> <span class="cov contradicts">✕ contradicts</span></p></div>`;
}
