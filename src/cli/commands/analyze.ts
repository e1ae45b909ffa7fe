/** `concord analyze`: read, analyse, cluster and align articles in one go (no store) and print every story with its brief. */
import { EngineError, type AnalysisResult, type Article, type Context, type Diagnostic, type FetchOptions } from '../../core/index.js';
import { analyzeBatch, loadStoreStages, nodeContext } from '../../engine/index.js';
import { rephraseBrief } from '../../brief/index.js';
import { stringOption } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { readStdin } from '../read-stdin.js';
import { ANALYSIS_LIMIT_OPTIONS, ANALYSIS_LIMIT_USAGE, LIMIT_OPTIONS, LIMIT_USAGE, readLimits, withLimits } from '../limits.js';

const USAGE = `Usage: concord analyze FILES|DIRS|URLS|- [--json | --format md|html|json] [options]

Reads the articles (text, HTML, feeds, JSONL; directories recursively; - for stdin), groups them into stories,
aligns each story (facts, quotes, conflicts, lineage) and writes a cited brief per story.

Options:
  --json              print the public JSON contract (same as --format json)
  --format FORMAT     md (default), html (one standalone page) or json
  --outlet NAME       outlet name for inputs that carry none
  --one-story         treat all inputs as one story (skip clustering)
  --abstractive URL   rephrase plain facts with a local OpenAI-compatible server (off by default); a generated
                      sentence its citations do not support is dropped and the extractive one kept
  --model NAME        model name sent to that server (default: "default"); CONCORD_MODEL_KEY is sent as a bearer token
  --allow-private-network  allow fetching loopback and private addresses
${LIMIT_USAGE}
${ANALYSIS_LIMIT_USAGE}
  -h, --help          show this help
`;

/**
 * A Context whose fetch POSTs to the model server the user named with --abstractive through the same safe fetch
 * (size, time and scheme limits), allowing a private or loopback address for that origin only (the user chose it;
 * local model servers listen on loopback) and following no redirect from it; every other fetch keeps the
 * private-network refusal of `ctx`.
 */
function withModelServer(ctx: Context, serverUrl: string, env: Record<string, string | undefined>): Context {
  let origin: string;
  try {
    origin = new URL(serverUrl).origin;
  } catch {
    throw new EngineError('E_BAD_URL', `--abstractive: \`${serverUrl}\` is not a valid URL`, { subject: 'abstractive' });
  }
  const modelServer = nodeContext({ env, allowPrivateNetwork: true });
  const sameOrigin = (url: string) => URL.canParse(url) && new URL(url).origin === origin;
  const noRedirect = (options: FetchOptions): FetchOptions => ({ ...options, maxRedirects: 0 }) as FetchOptions;
  return { ...ctx, fetch: (url, options = {}) => (options.method === 'POST' && sameOrigin(url) ? modelServer.fetch(url, noRedirect(options)) : ctx.fetch(url, options)) };
}

/** The output format asked for. */
function formatOf(json: boolean, format: string | undefined): 'md' | 'html' | 'json' {
  if (json) {
    if (format !== undefined && format !== 'json') throw new EngineError('E_USAGE', '`--json` and `--format ' + format + '` contradict each other');
    return 'json';
  }
  const value = format ?? 'md';
  if (value === 'md' || value === 'markdown') return 'md';
  if (value === 'html' || value === 'json') return value;
  throw new EngineError('E_BAD_OPTION', `--format must be md, html or json, got \`${value}\``, { subject: 'format' });
}

/** Diagnostics of the run: those reported while reading, then those on the result, without repeats. */
function mergeDiagnostics(reported: Diagnostic[], result: AnalysisResult): Diagnostic[] {
  const seen = new Set<string>();
  return [...reported, ...result.diagnostics].filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The `analyze` command. */
export const command: Command = {
  name: 'analyze',
  summary: 'Read, cluster and align articles and print every story with its brief',
  usage: USAGE,
  options: {
    json: { type: 'boolean' },
    format: { type: 'string' },
    outlet: { type: 'string' },
    'one-story': { type: 'boolean' },
    abstractive: { type: 'string' },
    model: { type: 'string' },
    'allow-private-network': { type: 'boolean' },
    ...LIMIT_OPTIONS,
    ...ANALYSIS_LIMIT_OPTIONS,
  },
  async run(args, io) {
    const format = formatOf(args.values.json === true, stringOption(args, 'format'));
    const limits = readLimits(args);
    if (args.positionals.length === 0) throw new EngineError('E_USAGE', 'give at least one file, directory, URL or - (see `concord analyze --help`)');
    const stdin = args.positionals.includes('-') ? await readStdin(io) : undefined;
    const ctx = withLimits(nodeContext({ env: { ...io.env }, allowPrivateNetwork: args.values['allow-private-network'] === true }), limits);
    const server = stringOption(args, 'abstractive');
    const modelCtx = server ? withModelServer(ctx, server, { ...io.env }) : null;
    const stages = await loadStoreStages();
    const missing = stages.fallbacks.filter((name) => name === 'readSources');
    if (missing.length > 0) io.stderr.write(`concord analyze: warning: running with a simplified ${missing.join(', ')} (not built yet)\n`);
    const articles: Article[] = [];
    const outlet = stringOption(args, 'outlet');
    for await (const article of stages.readSources(args.positionals, ctx, { ...(outlet ? { outlet } : {}), ...(stdin ? { stdin } : {}) })) articles.push(article);
    if (articles.length === 0) throw new EngineError('E_NOTHING_READ', 'no article could be read from the inputs');
    const result = analyzeBatch(articles, ctx, { singleStory: args.values['one-story'] === true });
    if (server && modelCtx) {
      const rephrase = rephraseBrief({ url: server, model: stringOption(args, 'model') ?? 'default', apiKey: io.env.CONCORD_MODEL_KEY });
      const byId = new Map(articles.map((a) => [a.id, a]));
      for (const story of result.stories) {
        const outcome = await rephrase(story.brief, story.articles.map((id) => byId.get(id)!), modelCtx);
        story.brief = outcome.brief;
        io.stderr.write(`concord analyze: ${story.id}: ${outcome.rephrased} sentence(s) rephrased, ${outcome.dropped.length} unsupported rephrasing(s) dropped\n`);
      }
    }
    result.diagnostics = mergeDiagnostics(ctx.diagnostics, result);
    const out = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'html' ? stages.renderHtml(result) : stages.renderMarkdown(result);
    io.stdout.write(out);
    return 0;
  },
};
