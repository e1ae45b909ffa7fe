/** Renders an AnalysisResult as one standalone HTML page: briefs whose citations link to highlighted spans of the included articles. */
import type { AnalysisResult, Citation, PublicArticle, Story } from '../../core/index.js';
import { digestStory, outletLabel, type StoryDigest } from '../digest.js';
import { clip, escapeHtml as h } from './escape.js';
import { Anchors, articleSection } from './html-articles.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-bottom:.3rem}
.brief p{margin:.4rem 0}a.cite{font-size:.75em;vertical-align:super;text-decoration:none;margin-left:1px}
.meta{color:#555;font-size:.9em;margin:0}.text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.8rem}
mark{background:#fff3b0}.anchor:target+mark{background:#ffd24d;outline:2px solid #e0a800}
.source{margin-top:1.5rem}ul{padding-left:1.2rem}`;

/** Citation links for a list of citations: `[3]` superscripts to the highlighted spans, titled with the outlet. */
function links(citations: Citation[], anchors: Anchors, articles: Map<string, PublicArticle>): string {
  return citations.map((c) => {
    const id = anchors.anchor(c);
    if (id === null) return '';
    return `<a class="cite" href="#${id}" title="${h(outletLabel(articles.get(c.article), c.article))}">[${id.slice(1)}]</a>`;
  }).join('');
}

/** The digest lists of one story. */
function digestHtml(d: StoryDigest, cite: (c: Citation[]) => string): string {
  const list = (title: string, items: string[]) => (items.length === 0 ? '' : `<h3>${title}</h3>\n<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>\n`);
  return list('Coverage', d.coverage.map((c) => `${h(c.outlet)}: ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}${c.first ? `, ${h(c.first)}${c.last && c.last !== c.first ? ` to ${h(c.last)}` : ''}` : ''}`))
    + list('Key people', d.people.map((p) => `${h(p.name)}${p.roles.length ? ` — ${h(p.roles.slice(0, 3).join(', '))}` : ''} (${p.outlets} outlet${p.outlets === 1 ? '' : 's'})`))
    + list('Quotes', d.quotes.map((q) => `“${h(clip(q.text, 300))}” — ${h(q.speaker ?? 'unattributed')}${q.venue ? `, via ${h(q.venue)}` : ''}; carried by ${h(q.outlets.join(', '))}${cite(q.citations)}`))
    + list('Disputed points', d.disputed.map((x) => `${h(clip(x.text, 200))}${x.reason ? ` (${h(x.reason)})` : ''}<ul>${x.sides.map((s) => `<li>${h(s.outlets.join(', '))}: “${h(clip(s.text, 240))}”${cite(s.citations)}</li>`).join('')}</ul>`))
    + list('Single-source claims', d.singleSource.map((s) => `${h(s.outlets.join(', '))}: “${h(clip(s.text, 240))}”${cite(s.citations)}`))
    + list('Lineage', d.lineage.map((l) => `<code>${h(l.to)}</code> is a ${h(l.kind)} of <code>${h(l.from)}</code> (score ${l.score.toFixed(2)})`));
}

/** One story: title, brief, digest. */
function storyHtml(story: Story, n: number, result: AnalysisResult, anchors: Anchors, articles: Map<string, PublicArticle>): string {
  const cite = (c: Citation[]) => links(c, anchors, articles);
  const brief = story.brief.length === 0
    ? '<p><em>No sentence is supported well enough for a brief.</em></p>'
    : story.brief.map((s) => `<p>${h(s.text)}${cite(s.citations)}</p>`).join('\n');
  return `<section class="story" id="story-${n}">
<h2>${h(story.title || `Story ${n}`)}</h2>
<div class="brief">
${brief}
</div>
${digestHtml(digestStory(story, result), (c) => cite(c.slice(0, 1)))}</section>`;
}

/** Renders the whole result as a self-contained page (no scripts, no external resources). */
export function renderHtml(result: AnalysisResult): string {
  const articles = new Map(result.articles.map((a) => [a.id, a]));
  const anchors = new Anchors(result.articles);
  const stories = result.stories.map((s, i) => storyHtml(s, i + 1, result, anchors, articles)).join('\n');
  const sources = result.articles.map((a) => articleSection(a, anchors)).join('\n');
  const diagnostics = result.diagnostics.length === 0 ? '' : `<h2>Diagnostics</h2>\n<ul>${result.diagnostics.map((d) => `<li>${h(d.severity)} <code>${h(d.rule)}</code>: ${h(d.reason)}</li>`).join('\n')}</ul>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concord brief</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Concord brief</h1>
<p>${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'} from ${result.articles.length} article${result.articles.length === 1 ? '' : 's'}.</p>
${stories}
${diagnostics}<h2>Articles</h2>
${sources}
</body>
</html>
`;
}
