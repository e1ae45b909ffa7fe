/** `concord pairs FILE.jsonl`: for each line {"id","a","b"}, print {"id","score","same"} from the matcher that builds facts. */
import { resolve } from 'node:path';
import { EngineError } from '../../core/index.js';
import { nodeContext } from '../../engine/index.js';
import { createMatcher } from '../../corpus/index.js';
import type { CliIo, Command } from '../command.js';
import { readStdinText } from '../read-stdin.js';

const USAGE = `Usage: concord pairs FILE.jsonl

Reads one JSON object a line, {"id", "a", "b"} (a and b are sentences), and prints one line
{"id", "score", "same"} per pair, in input order: the score (0–1) and decision of the sentence matcher that
groups statements into facts. Words common across the whole file weigh less, and a score is refined by how
alike the two sentences relate to the file's other sentences (when they share 3+ neighbours). Use - to read stdin.
A malformed line is reported on stderr and skipped.

Options:
  -h, --help   show this help
`;

/** One usable input line. */
interface PairLine { id: unknown; a: string; b: string }

/** Parses the lines; a malformed one is reported on stderr with its line number and skipped. */
function parsePairs(content: string, source: string, io: CliIo): PairLine[] {
  const out: PairLine[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let record: unknown;
    try { record = JSON.parse(line); } catch { record = null; }
    const r = record as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || typeof r.a !== 'string' || typeof r.b !== 'string') {
      io.stderr.write(`concord pairs: warning: ${source}:${index + 1}: expected {"id","a","b"} with string a and b; line skipped [malformed-jsonl]\n`);
      return;
    }
    out.push({ id: r.id ?? null, a: r.a, b: r.b });
  });
  return out;
}

/** The `pairs` command. */
export const command: Command = {
  name: 'pairs',
  summary: 'Score whether two sentences report the same thing',
  usage: USAGE,
  options: {},
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new EngineError('E_USAGE', 'pairs needs a JSONL file (or - for stdin)');
    if (extra.length > 0) throw new EngineError('E_USAGE', `pairs takes one file, got also \`${extra.join(' ')}\``);
    const ctx = nodeContext({ env: { ...io.env } });
    const content = file === '-' ? await readStdinText(io) : new TextDecoder().decode(await ctx.readFile(resolve(io.cwd, file)));
    const pairs = parsePairs(content, file === '-' ? 'stdin' : file, io);
    const matcher = createMatcher({ corpus: pairs.flatMap((p) => [p.a, p.b]) });
    const judged = matcher.judgeAll(pairs.map((p) => [p.a, p.b] as const));
    pairs.forEach((p, i) => {
      const { score, same } = judged[i]!;
      io.stdout.write(`${JSON.stringify({ id: p.id, score: Math.round(score * 1e4) / 1e4, same })}\n`);
    });
    return 0;
  },
};
