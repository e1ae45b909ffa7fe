/** `concord ingest`: reads sources into the store (read → analyze → store → assign story) and prints a summary. */
import { EngineError } from '../../core/index.js';
import { ingestIntoStore, nodeContext, openStoreAt, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom, terminalProgress } from '../../engine/index.js';
import type { Command } from '../command.js';
import { ANALYSIS_LIMIT_OPTIONS, ANALYSIS_LIMIT_USAGE, LIMIT_OPTIONS, LIMIT_USAGE, readLimits, withLimits } from '../limits.js';

/** Reads all of a stream (stdin for the input `-`). */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The `ingest` command. */
export const command: Command = {
  name: 'ingest',
  summary: 'Read sources into the store and assign stories',
  usage: `Usage: concord ingest [OPTIONS] PATH|DIR|URL|- …

Stores every article found (once: the same article again is a duplicate; a changed version of a URL replaces
the old one and is logged), analyses it and assigns it to a story. Prints read/new/duplicate/updated/failed.

Options:
${STORE_CLI_USAGE}
  --outlet NAME         outlet for every article read
  --json                print the summary as JSON
  --no-align            do not realign changed stories now (\`concord story\` does it when shown)
  --allow-private-network  allow fetching URLs on private or loopback addresses
${LIMIT_USAGE}
${ANALYSIS_LIMIT_USAGE}
`,
  options: {
    ...STORE_CLI_OPTIONS,
    outlet: { type: 'string' },
    json: { type: 'boolean' },
    'no-align': { type: 'boolean' },
    'allow-private-network': { type: 'boolean' },
    ...LIMIT_OPTIONS,
    ...ANALYSIS_LIMIT_OPTIONS,
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new EngineError('E_USAGE', 'give at least one path, directory, URL or `-` to ingest');
    const limits = readLimits(args);
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    try {
      const counts = { new: 0, duplicate: 0, updated: 0, failed: 0 };
      const progress = terminalProgress(io.stderr, () => counts);
      const ctx = withLimits(nodeContext({ progress, env: { ...io.env }, allowPrivateNetwork: args.values['allow-private-network'] === true }), limits);
      const stdin = args.positionals.includes('-') ? await readAll(io.stdin) : undefined;
      progress.start('ingest');
      const summary = await ingestIntoStore(store, args.positionals, ctx, {
        outlet: typeof args.values.outlet === 'string' ? args.values.outlet : undefined,
        stdin,
        align: args.values['no-align'] !== true,
        onArticle: (e) => { counts[e.action]++; },
      });
      progress.done();
      for (const u of summary.unreadable) io.stderr.write(`concord ingest: ${u.message}\n`);
      if (summary.fallbacks.length > 0) io.stderr.write(`concord ingest: note: ${summary.fallbacks.join(', ')} not available yet; a simple fallback was used\n`);
      const { read, new: fresh, duplicate, updated, failed, stories } = summary;
      if (args.values.json === true) {
        io.stdout.write(`${JSON.stringify({ read, new: fresh, duplicate, updated, failed, stories, store: store.location, backend: store.backend })}\n`);
      } else {
        io.stdout.write(`read ${read} · new ${fresh} · duplicate ${duplicate} · updated ${updated} · failed ${failed} · ${stories.length} stories changed (${store.backend}: ${store.location})\n`);
      }
      return failed > 0 && fresh + duplicate + updated === 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
