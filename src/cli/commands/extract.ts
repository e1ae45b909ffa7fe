/** `concord extract`: reads files, pages, feeds or JSONL and prints clean articles (text, or one JSON object per line). */
import type { Diagnostic, IngestedArticle } from '../../core/index.js';
import { nodeContext, readArticles } from '../../engine/index.js';
import { stringOption } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { readStdin } from '../read-stdin.js';
import { LIMIT_OPTIONS, LIMIT_USAGE, readLimits, withLimits } from '../limits.js';

const USAGE = `Usage: concord extract FILES… [--json] [--outlet NAME] [--offline]

Reads plain text (.txt), HTML pages (.html, .html.gz), RSS/Atom/RDF feeds (files or http(s) URLs), JSONL
(\`id\`, \`text\` or \`html\`, optional \`title\`, \`url\`, \`outlet\`, \`published\`, \`author\`), directories
(recursively) and \`-\` (stdin), and prints each article's cleaned text.

Options:
  --json                   one JSON object per line: source, id, title, outlet, author, published, url,
                           language, text, diagnostics
  --outlet NAME            set the outlet of every article
  --offline                do not fetch the pages of feed items that carry only a summary
  --allow-private-network  allow fetching loopback and private addresses
${LIMIT_USAGE}
  -h, --help               show this help
`;

/** The JSON line of an article. */
function jsonLine(a: IngestedArticle): string {
  const { source, id, title, outlet, author, published, url, language, text, diagnostics } = a;
  return `${JSON.stringify({ source, id, title, outlet, author, published, url, language, text, diagnostics, ...(a.dateline ? { dateline: a.dateline } : {}) })}\n`;
}

/** The `extract` command. */
export const command: Command = {
  name: 'extract',
  summary: 'Read files, pages, feeds or JSONL and print clean articles',
  usage: USAGE,
  options: {
    json: { type: 'boolean' },
    outlet: { type: 'string' },
    offline: { type: 'boolean' },
    'allow-private-network': { type: 'boolean' },
    ...LIMIT_OPTIONS,
  },
  async run(args, io) {
    const limits = readLimits(args);
    const json = args.values.json === true;
    const outlet = stringOption(args, 'outlet');
    const stdin = args.positionals.includes('-') ? await readStdin(io) : undefined;
    const seen = new Set<Diagnostic>();
    const ctx = withLimits(nodeContext({
      env: io.env,
      allowPrivateNetwork: args.values['allow-private-network'] === true,
      onDiagnostic: (d) => {
        if (d.severity === 'info' || seen.has(d)) return;
        seen.add(d);
        io.stderr.write(`concord extract: ${d.severity}: ${d.reason}${d.line !== undefined && !d.reason.includes(`:${d.line}`) ? ` (line ${d.line})` : ''}\n`);
      },
    }), limits);
    const inputs = args.positionals.map((p) => (p === '-' || /^https?:\/\//i.test(p) ? p : p));
    let held: IngestedArticle | null = null;
    let count = 0;
    const printText = (a: IngestedArticle, header: boolean) => {
      io.stdout.write(`${header ? `==> ${a.source}${a.title ? ` · ${a.title}` : ''} <==\n` : ''}${a.text}\n${header ? '\n' : ''}`);
    };
    for await (const article of readArticles(inputs, ctx, { ...(outlet ? { outlet } : {}), ...(stdin ? { stdin } : {}), fetchPages: args.values.offline !== true })) {
      count++;
      if (json) io.stdout.write(jsonLine(article));
      else if (count === 1) held = article;
      else {
        if (held) printText(held, true);
        held = null;
        printText(article, true);
      }
    }
    if (held) printText(held, false);
    return 0;
  },
};
