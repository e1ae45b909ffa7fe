/** `concord cluster FILE.jsonl`: group the lines of a JSONL file into stories without a store, one `{"id","story"}` line per article. */
import { resolve } from 'node:path';
import { EngineError, type Diagnostic } from '../../core/index.js';
import { nodeContext } from '../../engine/index.js';
import { parseJsonlArticles } from '../../ingest/index.js';
import { analyzeArticle } from '../../analyze/index.js';
import { createClusterer, clusterDocFrom } from '../../corpus/index.js';
import { intOption } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { readStdinText } from '../read-stdin.js';

const USAGE = `Usage: concord cluster FILE.jsonl [--window-hours N] [--fast] [--events]

Groups the articles of a JSONL file (one object a line: \`id\`, \`text\` or \`html\`, optional \`title\`, \`url\`,
\`outlet\`, \`published\`; a line with only \`title\` is clustered by its headline) into stories, online, in file
order, and prints one line {"id","story"} per article in input order. Use - to read stdin.

Options:
  --window-hours N   stories idle longer than this (by \`published\`) take no new articles (default 168)
  --fast             skip per-article analysis; entities come from capitalised words
  --events           also print each merge and split with its reason, as {"event": …} lines on stderr
  -h, --help         show this help
`;

/** Gives a headline-only record its headline as text, so ingest accepts it; other lines pass unchanged. */
export function headlineAsText(content: string): string {
  return content.split('\n').map((line) => {
    if (!line.trim().startsWith('{')) return line;
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      const hasBody = ['text', 'body', 'content', 'articleBody', 'html', 'raw_html'].some((k) => typeof record[k] === 'string' && (record[k] as string).trim() !== '');
      const title = record.title ?? record.headline;
      return !hasBody && typeof title === 'string' && title.trim() !== '' ? JSON.stringify({ ...record, text: title }) : line;
    } catch {
      return line;
    }
  }).join('\n');
}

/** Writes diagnostics to stderr, one line each. */
function printDiagnostics(io: CliIo, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) io.stderr.write(`concord cluster: ${d.severity}: ${d.reason} [${d.rule}]\n`);
}

/** The `cluster` command. */
export const command: Command = {
  name: 'cluster',
  summary: 'Group the lines of a JSONL file into stories without a store',
  usage: USAGE,
  options: { 'window-hours': { type: 'string' }, fast: { type: 'boolean' }, events: { type: 'boolean' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new EngineError('E_USAGE', 'cluster needs a JSONL file (or - for stdin)');
    if (extra.length > 0) throw new EngineError('E_USAGE', `cluster takes one file, got also \`${extra.join(' ')}\``);
    const hours = intOption(args, 'window-hours', 168, 1, 24 * 365 * 10);
    const ctx = nodeContext({ env: { ...io.env } });
    const content = file === '-' ? await readStdinText(io) : new TextDecoder().decode(await ctx.readFile(resolve(io.cwd, file)));
    const { articles, diagnostics } = parseJsonlArticles(headlineAsText(content), file === '-' ? 'stdin' : file);
    printDiagnostics(io, diagnostics);
    if (articles.length === 0) throw new EngineError('E_NOTHING_READ', `${file}: no article could be read`, { subject: file });
    const analyze = args.values.fast === true ? null : analyzeArticle({ skipQuantities: true });
    const clusterer = createClusterer({ windowMs: hours * 3600 * 1000 });
    for (const article of articles) clusterer.add(clusterDocFrom(article, analyze ? analyze(article) : undefined));
    // The whole file has been seen: give each article one more look before printing.
    clusterer.refine();
    const labels = clusterer.labels();
    io.stdout.write(articles.map((a, i) => `${JSON.stringify({ id: a.id, story: labels[i] })}\n`).join(''));
    if (args.values.events === true) for (const event of clusterer.events) io.stderr.write(`${JSON.stringify({ event })}\n`);
    return 0;
  },
};
