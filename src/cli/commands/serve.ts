/** `concord serve`: serve the web pages and the JSON API over the store; `--demo` loads the demo articles into an empty store. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EngineError } from '../../core/index.js';
import { ingestIntoStore, nodeContext, openStoreAt, watchStoryChanges } from '../../engine/index.js';
import { createApp, createStoryEvents, isLoopbackHost, LOOPBACK_HOSTS, startServer, storeRepository } from '../../http/index.js';
import { countArticles } from '../../store/index.js';
import { intOption, stringOption } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ANALYSIS_LIMIT_OPTIONS, ANALYSIS_LIMIT_USAGE, LIMIT_OPTIONS, LIMIT_USAGE, readLimits, withLimits } from '../limits.js';

/** The demo corpus folders, in order of preference (the project's own articles). */
const DEMO_DIRS = ['examples/demo', 'examples/demo-web'].map((d) => fileURLToPath(new URL(`../../../../${d}`, import.meta.url)));

/** The first demo folder that holds files, or null. */
export function demoDir(): string | null {
  return DEMO_DIRS.find((d) => existsSync(d) && readdirSync(d).some((f) => !f.startsWith('.'))) ?? null;
}

/** Resolves when the process is asked to stop. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => resolve(signal);
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

/** Loads the demo articles when the store is empty; says what it did. */
async function loadDemo(store: Parameters<typeof ingestIntoStore>[0], io: CliIo, limits: ReturnType<typeof readLimits>): Promise<void> {
  if ((await countArticles(store.pool)) > 0) return;
  const dir = demoDir();
  if (!dir) throw new EngineError('E_NOT_FOUND', 'no demo articles found in examples/demo', { subject: 'examples/demo' });
  const ctx = withLimits(nodeContext({ env: { ...io.env } }), limits);
  const summary = await ingestIntoStore(store, [dir], ctx);
  io.stderr.write(`concord serve: loaded ${summary.new} demo articles into ${summary.stories.length} stories\n`);
}

/** The `serve` command. */
export const command: Command = {
  name: 'serve',
  summary: 'Serve the web pages and the JSON API',
  usage: `Usage: concord serve [--port 4400] [--host 127.0.0.1] [--db DIR | --database-url URL] [--demo] [--allow-private-network]

Serves the stories in the store as web pages and as a JSON API (OpenAPI document at /openapi.json).

  --port N                 port to listen on (default 4400; 0 picks a free one)
  --host HOST              address to listen on (default 127.0.0.1); on anything but loopback, writes need
                           the token in CONCORD_TOKEN (Authorization: Bearer …) and are refused without one
  --db DIR                 PGlite store directory (default ./.concord, or CONCORD_DB)
  --database-url URL       PostgreSQL store instead (or DATABASE_URL)
  --demo                   load the project's demo articles first when the store is empty
  --allow-private-network  let ingest fetch URLs on private and loopback addresses
  --max-upload-mb N        largest upload in MiB (default 16)
Limits on what ingest reads (uploads and URLs):
${LIMIT_USAGE}
${ANALYSIS_LIMIT_USAGE}
`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    'database-url': { type: 'string' },
    demo: { type: 'boolean' },
    'allow-private-network': { type: 'boolean' },
    'max-upload-mb': { type: 'string' },
    ...LIMIT_OPTIONS,
    ...ANALYSIS_LIMIT_OPTIONS,
  },
  async run(args, io) {
    const port = intOption(args, 'port', 4400, 0, 65535);
    const host = stringOption(args, 'host', '127.0.0.1')!;
    const maxUploadBytes = intOption(args, 'max-upload-mb', 16, 1, 1024) * 1024 * 1024;
    const limits = readLimits(args);
    const allowPrivateNetwork = args.values['allow-private-network'] === true;
    const loopback = isLoopbackHost(host);
    const token = io.env.CONCORD_TOKEN || null;
    const store = await openStoreAt({ db: stringOption(args, 'db'), databaseUrl: stringOption(args, 'database-url'), env: io.env, cwd: io.cwd });
    try {
      if (args.values.demo === true) await loadDemo(store, io, limits);
      const repository = storeRepository(store, { allowPrivateNetwork, env: { ...io.env }, fetchLimits: limits.fetch, sourceLimits: limits.sources });
      const events = createStoryEvents();
      // Stories changed by `concord watch` or `concord ingest` in other processes reach open pages too.
      const changes = watchStoryChanges(store, (event) => events.publish(event));
      const app = createApp({
        repository, events, tokenRequired: !loopback, token, hosts: loopback ? LOOPBACK_HOSTS : null, maxUploadBytes, allowPrivateNetwork,
        log: (m) => io.stderr.write(`concord serve: ${m}\n`),
      });
      const server = await startServer(app, { port, host }).catch((error: NodeJS.ErrnoException) => {
        throw new EngineError(error.code === 'EADDRINUSE' ? 'E_USAGE' : 'E_INTERNAL', `cannot listen on ${host}:${port}: ${error.code ?? error.message}`, { subject: 'port' });
      });
      const url = loopback && host.startsWith('127.') ? `http://localhost:${server.port}` : server.url;
      io.stdout.write(`Concord is serving ${store.location} at ${url}\n`);
      if (!loopback) io.stderr.write(token ? 'concord serve: writes need the CONCORD_TOKEN bearer token\n' : 'concord serve: CONCORD_TOKEN is not set: writes are disabled on this address\n');
      await stopSignal();
      changes.stop();
      await server.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
