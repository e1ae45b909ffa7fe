/** `concord quotes`: Print who said what in each article, one attribution per line. */
import { basename, extname, resolve } from 'node:path';
import { EngineError, type Attribution, type Context, type Span } from '../../core/index.js';
import { analyzeArticle, articleFromRawText } from '../../analyze/index.js';
import { nodeContext } from '../../engine/index.js';
import type { CliIo, Command } from '../command.js';
import { ANALYSIS_LIMIT_OPTIONS, ANALYSIS_LIMIT_USAGE, readLimits } from '../limits.js';

/** A span as printed: offsets into the file's text exactly as read, and the text they cover. */
interface PrintedSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Reads one file's text exactly as stored (UTF-8, no cleanup, a byte-order mark kept as U+FEFF so offsets stay raw),
 * through the context's file reader and its size limit (E_NOT_FOUND / E_UNREADABLE / E_TOO_LARGE).
 */
async function readRaw(ctx: Context, path: string, cwd: string): Promise<string> {
  const bytes = await ctx.readFile(resolve(cwd, path));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** One output record for an attribution. */
function record(source: string, article: string, text: string, a: Attribution): Record<string, unknown> {
  const span = (s: Span | null): PrintedSpan | null => (s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null);
  const out: Record<string, unknown> = {
    source, article, speaker: span(a.speaker), cue: span(a.cue), content: span(a.content),
    speakerName: a.speakerName, venue: a.venue, direct: a.direct,
  };
  if (a.pieces) out.pieces = a.pieces.map(span);
  return out;
}

/** A human-readable line: `Peskov [told] (TASS): “We are talking …”`. */
function line(r: Record<string, unknown>): string {
  const cue = r.cue as PrintedSpan | null;
  const content = r.content as PrintedSpan;
  const venue = r.venue ? ` (${String(r.venue)})` : '';
  return `${String(r.article)}\t${String(r.speakerName ?? '?')} [${cue?.text ?? '—'}]${venue}: ${r.direct ? '“' : ''}${content.text}${r.direct ? '”' : ''}\n`;
}

/** The `quotes` command. */
export const command: Command = {
  name: 'quotes',
  summary: 'Print who said what in each article, one attribution per line',
  usage: `Usage: concord quotes FILE... [--json]

Reads each text file as it is (no cleanup) and prints one line per attribution: speaker, cue, venue and content.
With --json, each line is an object {source, article, speaker, cue, content, speakerName, venue, direct} where
speaker, cue and content are {start, end, text} (UTF-16 offsets into the file's text) or null.
A file past the analysis limit is analysed up to it, with a warning on stderr.

Options:
  --json              one JSON object per line
${ANALYSIS_LIMIT_USAGE}
`,
  options: { json: { type: 'boolean' }, ...ANALYSIS_LIMIT_OPTIONS },
  async run(args, io: CliIo) {
    if (args.positionals.length === 0) throw new EngineError('E_USAGE', 'give at least one FILE (see `concord quotes --help`)');
    const analyze = analyzeArticle({ skipQuantities: true, maxAnalysedChars: readLimits(args).sources.maxAnalysedChars });
    const json = args.values.json === true;
    const ctx = nodeContext({ env: { ...io.env } });
    for (const path of args.positionals) {
      const text = await readRaw(ctx, path, io.cwd);
      const id = basename(path, extname(path));
      const analysis = analyze(articleFromRawText(text, { id, source: path }));
      for (const d of analysis.diagnostics) if (d.rule === 'analysis-truncated') io.stderr.write(`concord quotes: ${path}: ${d.severity}: ${d.reason} [${d.rule}]\n`);
      for (const a of analysis.attributions) {
        const r = record(path, id, text, a);
        io.stdout.write(json ? `${JSON.stringify(r)}\n` : line(r));
      }
    }
    return 0;
  },
};
