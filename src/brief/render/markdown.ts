/** Renders an AnalysisResult as Markdown: each story's brief with footnote-style citations, then its digest. */
import type { AnalysisResult, Citation, PublicArticle, Story } from '../../core/index.js';
import { digestStory, outletLabel, type StoryDigest } from '../digest.js';
import { clip, escapeMarkdown as md } from './escape.js';

/** Numbers citations as footnotes, one number per distinct span, in order of first use. */
class Footnotes {
  private readonly keys = new Map<string, number>();
  readonly notes: string[] = [];
  constructor(private readonly articles: Map<string, PublicArticle>, private readonly prefix: string) {}
  /** The footnote reference for a citation (`[^s1-3]`), creating the note on first use. */
  ref(c: Citation): string {
    const key = `${c.article}\u0000${c.start}\u0000${c.end}`;
    let n = this.keys.get(key);
    if (n === undefined) {
      n = this.keys.size + 1;
      this.keys.set(key, n);
      const article = this.articles.get(c.article);
      const excerpt = article ? clip(article.text.slice(c.start, c.end), 160) : '';
      this.notes.push(`[^${this.prefix}-${n}]: ${md(outletLabel(article, c.article))} (\`${c.article.replace(/`/g, "'")}\`, ${c.start}–${c.end}): “${md(excerpt)}”`);
    }
    return `[^${this.prefix}-${n}]`;
  }
  /** References for a list of citations. */
  refs(citations: Citation[]): string {
    return citations.map((c) => this.ref(c)).join('');
  }
}

/** The digest sections of one story as Markdown lines. */
function digestLines(d: StoryDigest, notes: Footnotes): string[] {
  const lines: string[] = ['### Coverage', ''];
  for (const c of d.coverage) lines.push(`- ${md(c.outlet)}: ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}${c.first ? `, ${md(c.first)}${c.last && c.last !== c.first ? ` to ${md(c.last)}` : ''}` : ''}`);
  if (d.people.length > 0) {
    lines.push('', '### Key people', '');
    for (const p of d.people) lines.push(`- ${md(p.name)}${p.roles.length ? ` — ${md(p.roles.slice(0, 3).join(', '))}` : ''} (${p.outlets} outlet${p.outlets === 1 ? '' : 's'})`);
  }
  if (d.quotes.length > 0) {
    lines.push('', '### Quotes', '');
    for (const q of d.quotes) lines.push(`- “${md(clip(q.text, 300))}” — ${md(q.speaker ?? 'unattributed')}${q.venue ? `, via ${md(q.venue)}` : ''}; carried by ${md(q.outlets.join(', '))}${notes.refs(q.citations.slice(0, 1))}`);
  }
  if (d.disputed.length > 0) {
    lines.push('', '### Disputed points', '');
    for (const x of d.disputed) {
      lines.push(`- ${md(clip(x.text, 200))}${x.reason ? ` (${md(x.reason)})` : ''}`);
      for (const s of x.sides) lines.push(`  - ${md(s.outlets.join(', '))}: “${md(clip(s.text, 240))}”${notes.refs(s.citations.slice(0, 1))}`);
    }
  }
  if (d.singleSource.length > 0) {
    lines.push('', '### Single-source claims', '');
    for (const s of d.singleSource) lines.push(`- ${md(s.outlets.join(', '))}: “${md(clip(s.text, 240))}”${notes.refs(s.citations.slice(0, 1))}`);
  }
  if (d.lineage.length > 0) {
    lines.push('', '### Lineage', '');
    for (const l of d.lineage) lines.push(`- \`${l.to.replace(/`/g, "'")}\` is a ${l.kind} of \`${l.from.replace(/`/g, "'")}\` (score ${l.score.toFixed(2)})`);
  }
  return lines;
}

/** One story as Markdown. */
function renderStory(story: Story, n: number, result: AnalysisResult, articles: Map<string, PublicArticle>): string {
  const notes = new Footnotes(articles, `s${n}`);
  const lines = [`## ${md(story.title || `Story ${n}`)}`, ''];
  if (story.brief.length === 0) lines.push('_No sentence is supported well enough for a brief._');
  for (const s of story.brief) lines.push(`${md(s.text)}${notes.refs(s.citations)}`);
  lines.push('');
  lines.push(...digestLines(digestStory(story, result), notes), '', ...notes.notes);
  return lines.join('\n');
}

/** Renders every story with its brief, digest and footnotes. */
export function renderMarkdown(result: AnalysisResult): string {
  const articles = new Map(result.articles.map((a) => [a.id, a]));
  const parts = [`# Concord brief`, '', `${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'} from ${result.articles.length} article${result.articles.length === 1 ? '' : 's'}.`];
  result.stories.forEach((story, i) => parts.push('', renderStory(story, i + 1, result, articles)));
  if (result.diagnostics.length > 0) {
    parts.push('', '## Diagnostics', '');
    for (const d of result.diagnostics) parts.push(`- ${d.severity} \`${d.rule.replace(/`/g, "'")}\`: ${md(d.reason)}`);
  }
  return `${parts.join('\n')}\n`;
}
