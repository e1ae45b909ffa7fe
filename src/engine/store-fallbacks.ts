/**
 * FALLBACKS, used only while another helper's stage is not exported yet (see store-stages.ts): a reader of
 * text files, JSONL and directories; an analysis of sentences only; an empty alignment; a plain renderer.
 * They keep `concord ingest` usable and its tests running; the real stages replace them automatically.
 */
import { diagnostic, type AnalysisResult, type Article, type ArticleAnalysis, type Context } from '../core/index.js';
import type { Alignment } from './store-stages.js';

/** The id of a file: its name without extension ("dir/a1.txt" → "a1"). */
function idFromPath(path: string): string {
  const name = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[a-z0-9]+$/i, '') || name;
}

/** Plain text → an article: the first line is the headline when a blank line follows it. */
function articleFromText(raw: string, meta: Partial<Article> & { id: string; source: string }): Article {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const first = /^([^\n]{1,200})\n\n/.exec(text);
  const title = meta.title ?? (first ? first[1]! : null);
  const diagnostics = text === '' ? [diagnostic('error', 'empty-body', `${meta.source}: no article text was found`, { article: meta.id, source: meta.source })] : [];
  return {
    outlet: null, published: null, author: null, language: null, url: null, ...meta, title, text,
    headings: first ? [{ start: 0, end: first[1]!.length }] : [], diagnostics,
  };
}

/** One JSONL line → an article (fields as in the public contract; `text` required). */
function jsonlArticle(line: string, source: string, n: number, ctx: Context): Article | null {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch {
    ctx.report(diagnostic('error', 'malformed-jsonl', `${source}:${n}: not a JSON object`, { source, line: n }));
    return null;
  }
  const str = (k: string): string | null => (typeof value[k] === 'string' ? (value[k] as string) : null);
  const text = str('text');
  if (text === null) {
    ctx.report(diagnostic('error', 'malformed-jsonl', `${source}:${n}: no \`text\` field`, { source, line: n }));
    return null;
  }
  return articleFromText(text, {
    id: str('id') ?? `${idFromPath(source)}-${n}`, source: `${source}:${n}`, title: str('title'), outlet: str('outlet'),
    published: str('published'), author: str('author'), url: str('url'), language: str('language'),
  });
}

/** FALLBACK readSources: files (text), directories, JSONL and `-`; URLs are fetched and read as text. */
export async function* fallbackReadSources(inputs: string[], ctx: Context, options: { outlet?: string; stdin?: Uint8Array } = {}): AsyncGenerator<Article> {
  const decoder = new TextDecoder();
  for (const input of inputs) {
    const isUrl = /^https?:\/\//i.test(input);
    const files = input === '-' || isUrl ? [input] : (await ctx.isDirectory(input)) ? await ctx.listFiles(input) : [input];
    for (const file of files) {
      const bytes = file === '-' ? (options.stdin ?? new Uint8Array()) : isUrl ? (await ctx.fetch(file)).body : await ctx.readFile(file);
      const text = decoder.decode(bytes);
      const source = file === '-' ? 'stdin' : file;
      const found: (Article | null)[] = /\.(jsonl|ndjson)$/i.test(file)
        ? text.split('\n').map((line, i) => (line.trim() === '' ? null : jsonlArticle(line, source, i + 1, ctx)))
        : [articleFromText(text, { id: isUrl ? idFromPath(new URL(file).pathname) || 'page' : idFromPath(source), source, url: isUrl ? file : null })];
      for (const article of found) {
        if (article === null) continue;
        yield options.outlet ? { ...article, outlet: options.outlet } : article;
      }
    }
  }
}

/** FALLBACK analysis: sentences from lines and full stops; no entities, quotes or numbers. */
export function fallbackAnalyze(article: Article): ArticleAnalysis {
  const sentences = [...article.text.matchAll(/[^\n.!?]+[.!?]?/g)]
    .filter((m) => m[0].trim() !== '')
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, heading: article.headings.some((h) => h.start <= m.index! && m.index! < h.end) }));
  return { article: article.id, sentences, entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] };
}

/** FALLBACK alignment: nothing found across articles. */
export function fallbackAlign(): Alignment {
  return { entities: [], quotes: [], facts: [], lineage: [] };
}

/** FALLBACK renderer: titles, brief and article list as Markdown (or the same in a <pre>). */
export function fallbackRender(result: AnalysisResult, format: 'md' | 'html'): string {
  const lines: string[] = [];
  for (const story of result.stories) {
    lines.push(`# ${story.title}`, '');
    for (const s of story.brief) lines.push(`- ${s.text} [${s.citations.map((c) => c.article).join(', ')}]`);
    lines.push('', '## Articles', '');
    for (const id of story.articles) {
      const a = result.articles.find((x) => x.id === id);
      lines.push(`- ${id}: ${a?.title ?? '(untitled)'}${a?.outlet ? ` (${a.outlet})` : ''}`);
    }
  }
  const md = `${lines.join('\n')}\n`;
  if (format === 'md') return md;
  const esc = md.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>\n<meta charset="utf-8"><title>Concord story</title>\n<pre>${esc}</pre>\n`;
}
