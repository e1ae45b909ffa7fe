/** `concord watch`: follow directories, feeds and stdin; store each new article and keep its story's facts and brief current. */
import type { LiveEvent } from '../../core/index.js';
import { nodeContext, openStoreAt, startWatch, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom, type ArticleOutcome } from '../../engine/index.js';
import { createStoryEvents, liveRoutes } from '../../http/live/index.js';
import { intOption, stringOption } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ANALYSIS_LIMIT_OPTIONS, ANALYSIS_LIMIT_USAGE, LIMIT_OPTIONS, LIMIT_USAGE, readLimits, withLimits } from '../limits.js';

/** Serves the live routes on loopback (`--live-port`); returns its close. */
async function serveLive(port: number, bus: ReturnType<typeof createStoryEvents>, io: CliIo): Promise<() => void> {
  const { serve } = await import('@hono/node-server');
  const server = serve({ fetch: liveRoutes(bus).fetch, port, hostname: '127.0.0.1' });
  io.stderr.write(`concord watch: live events at http://127.0.0.1:${port}/stories\n`);
  // Open event streams never end by themselves: close them with the server, or the process would stay up.
  return () => { server.close(); (server as { closeAllConnections?: () => void }).closeAllConnections?.(); };
}

/** One line per article and per refreshed story (or JSON lines with --json). */
function printer(io: CliIo, json: boolean, quiet: boolean) {
  return {
    article(o: ArticleOutcome) {
      if (quiet) return;
      io.stdout.write(json ? `${JSON.stringify({ type: 'article', ...o })}\n` : `${o.action} ${o.id}${o.story ? ` → ${o.story}` : ''} (${o.source})\n`);
    },
    event(e: LiveEvent) {
      if (quiet || e.kind !== 'story') return;
      io.stdout.write(json ? `${JSON.stringify({ type: 'story', ...e })}\n` : `story ${e.story} updated: ${e.articles} article(s) · ${e.title}\n`);
    },
  };
}

/** The `watch` command. */
export const command: Command = {
  name: 'watch',
  summary: 'Follow folders, feeds and stdin and keep stories current',
  usage: `Usage: concord watch [OPTIONS] DIR|FEED-URL|- …

Follows directories (new and changed files, once they stop changing), RSS/Atom feeds (polled with conditional
requests, backing off on errors) and JSON lines on standard input (\`-\`, e.g. from a crawler). Each new article
is stored, assigned to a story, and that story's facts and brief are recomputed. Ctrl-C or SIGTERM stops
cleanly; a restart resumes where it stopped. Several watches may share one PostgreSQL database.

Options:
${STORE_CLI_USAGE}
  --outlet NAME         outlet for every article read
  --once                take what is there now (files, one poll per feed, stdin to its end) and exit
  --interval SECONDS    time between feed polls (default 300)
  --settle MS           how long a file must stay unchanged before it is read (default 300)
  --rescan SECONDS      full directory rescan, the fallback for missed file events (default 30; 0: off)
  --no-fs-watch         find files by rescanning only
  --live-port PORT      serve server-sent events of story updates on 127.0.0.1:PORT/stories
  --json                print one JSON object per article and per updated story
  --quiet               print only the final summary
  --allow-private-network  allow fetching feeds on private or loopback addresses
${LIMIT_USAGE}
${ANALYSIS_LIMIT_USAGE}
`,
  options: {
    ...STORE_CLI_OPTIONS,
    outlet: { type: 'string' },
    once: { type: 'boolean' },
    interval: { type: 'string' },
    settle: { type: 'string' },
    rescan: { type: 'string' },
    'no-fs-watch': { type: 'boolean' },
    'live-port': { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    'allow-private-network': { type: 'boolean' },
    ...LIMIT_OPTIONS,
    ...ANALYSIS_LIMIT_OPTIONS,
  },
  async run(args, io) {
    const intervalS = intOption(args, 'interval', 300, 1, 86_400);
    const settleMs = intOption(args, 'settle', 300, 0, 600_000);
    const rescanS = intOption(args, 'rescan', 30, 0, 86_400);
    const livePort = args.values['live-port'] === undefined ? null : intOption(args, 'live-port', 0, 1, 65_535);
    const limits = readLimits(args);
    const ctx = withLimits(nodeContext({
      env: { ...io.env }, allowPrivateNetwork: args.values['allow-private-network'] === true,
      onDiagnostic: (d) => { if (d.severity === 'error') io.stderr.write(`concord watch: ${d.reason}\n`); },
    }), limits);
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    const bus = createStoryEvents();
    const out = printer(io, args.values.json === true, args.values.quiet === true);
    let closeLive: (() => void) | null = null;
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    let onSignal: ((signal: NodeJS.Signals) => void) | null = null;
    try {
      const handle = await startWatch(store, ctx, {
        sources: args.positionals,
        stdin: args.positionals.includes('-') ? io.stdin : undefined,
        once: args.values.once === true,
        outlet: stringOption(args, 'outlet'),
        settleMs,
        rescanMs: rescanS * 1000,
        fsWatch: args.values['no-fs-watch'] !== true,
        schedule: { intervalMs: intervalS * 1000 },
        onArticle: out.article,
        onEvent: (e) => { bus.publish(e); out.event(e); },
        onWarning: (m) => io.stderr.write(`concord watch: ${m}\n`),
      });
      let signalled = 0;
      onSignal = (signal) => {
        signalled++;
        if (signalled > 1) {
          io.stderr.write(`concord watch: ${signal} again; exiting now\n`);
          process.exit(130);
        }
        io.stderr.write(`concord watch: ${signal}: finishing the article in flight, then stopping\n`);
        handle.stop();
      };
      for (const s of signals) process.on(s, onSignal);
      if (livePort !== null) closeLive = await serveLive(livePort, bus, io);
      await handle.ready;
      io.stderr.write(`concord watch: watching ${args.positionals.join(' ')} (${store.backend}: ${store.location})\n`);
      const summary = await handle.done;
      if (summary.fallbacks.length > 0) io.stderr.write(`concord watch: note: ${summary.fallbacks.join(', ')} not available yet; a simple fallback was used\n`);
      io.stderr.write(`concord watch: ${summary.stopped ? 'stopped' : 'done'}: read ${summary.read} · new ${summary.new} · duplicate ${summary.duplicate} · updated ${summary.updated} · failed ${summary.failed} · ${summary.refreshed} story refreshes\n`);
      return summary.failed > 0 && summary.new + summary.duplicate + summary.updated === 0 ? 1 : 0;
    } finally {
      // A reader still waiting on stdin would keep the process alive after a stop.
      if (args.positionals.includes('-')) (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      if (onSignal) for (const s of signals) process.off(s, onSignal);
      closeLive?.();
      await store.close();
    }
  },
};
