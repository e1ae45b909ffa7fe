/**
 * `concord watch` benchmark. (1) Latency from a file appearing in a watched directory to its story's brief being
 * saved, with 10k and 100k articles already stored (bulk-loaded invented articles), p50/p99 over sequential
 * arrivals. (2) Sustained articles per second through `concord watch -` on PostgreSQL with one and two worker
 * processes sharing the database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiveEvent } from '../src/core/index.js';
import { loadStoreStages, nodeContext, startWatch, type PipelineTimings, type WatchSummary } from '../src/engine/index.js';
import { bulkLoad, generatedArticle } from '../src/engine/watch/testing/generate.js';
import { openStore, type Store } from '../src/store/index.js';
import { freshSchemaUrl } from '../test/support/store.js';
import { fixed, median, percentile, type ReportSection } from '../eval/lib/report.js';
import { valueOf, type SectionOptions } from '../eval/lib/runner.js';

/** Settle time used for the latency runs (ms): part of every latency figure. */
const SETTLE_MS = 50;

/** One latency run: store `size` articles, then time `samples` arrivals one after another. */
async function latency(size: number, samples: number, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>): Promise<{ p50: number; p99: number; storedP50: number; loadS: number; samples: number; fallbacks: string[] }> {
  const { store, dispose } = await open();
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-watch-'));
  try {
    const t0 = performance.now();
    const stories = await bulkLoad(store, size);
    const loadS = (performance.now() - t0) / 1000;
    const events: { e: LiveEvent; t: number }[] = [];
    const handle = await startWatch(store, nodeContext(), { sources: [dir], settleMs: SETTLE_MS, rescanMs: 0, onEvent: (e) => events.push({ e, t: performance.now() }) });
    await handle.ready;
    const times: number[] = [];
    const stored: number[] = [];
    for (let i = -1; i < samples; i++) {
      // Arrivals join recent stories (a 6th article for each), the common case for a live feed; i = -1 warms up.
      const story = stories - 1 - ((i + 1) * 7) % Math.min(stories, 500);
      const a = generatedArticle(story, 5 + Math.max(i, 0), stories);
      const name = `${a.id}-new-${i + 1}.jsonl`;
      const from = events.length;
      writeFileSync(join(dir, `${name}.tmp`), `${JSON.stringify({ ...a, id: `${a.id}-new${i + 1}` })}\n`);
      const start = performance.now();
      renameSync(join(dir, `${name}.tmp`), join(dir, name));
      let storyId: string | null = null;
      for (;;) {
        const seen = events.slice(from);
        storyId ??= seen.find((x) => x.e.kind === 'article')?.e.story ?? null;
        const done = storyId === null ? undefined : seen.find((x) => x.e.kind === 'story' && x.e.story === storyId);
        if (done) {
          const arrived = seen.find((x) => x.e.kind === 'article')!;
          if (i >= 0) { times.push(done.t - start); stored.push(arrived.t - start); }
          break;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    }
    handle.stop();
    const summary = await handle.done;
    return { p50: median(times), p99: percentile(times, 99), storedP50: median(stored), loadS, samples: times.length, fallbacks: summary.fallbacks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dispose();
  }
}

/**
 * One watch worker: `startWatch` on `-` (JSON lines on stdin) over the database, as `concord watch --database-url URL -`
 * runs it, printing a line per article and, at the end, the summary with the pipeline's timings and the process CPU time.
 */
const WORKER = `
const [engineUrl, storeUrl, dbUrl] = process.argv.slice(1);
const { startWatch, nodeContext } = await import(engineUrl);
const { openStore } = await import(storeUrl);
const store = await openStore({ url: dbUrl });
const cpu0 = process.cpuUsage();
const handle = await startWatch(store, nodeContext(), { sources: ['-'], stdin: process.stdin,
  onArticle: (o) => { const c = process.cpuUsage(cpu0); process.stdout.write(JSON.stringify({ type: 'article', action: o.action, cpu: (c.user + c.system) / 1000 }) + '\\n'); } });
const summary = await handle.done;
const cpu = process.cpuUsage(cpu0);
await store.close();
process.stdout.write(JSON.stringify({ type: 'summary', summary, cpuMs: (cpu.user + cpu.system) / 1000 }) + '\\n');
`;

/** CPU seconds used so far by the local PostgreSQL server and its finished backends (postmaster self + reaped children), or null. */
function postgresCpu(): number | null {
  try {
    const ps = spawnSync('ps', ['-C', 'postgres', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const pids = new Set(ps.map(([pid]) => pid));
    const master = ps.find(([, ppid]) => !pids.has(ppid!))?.[0];
    if (master === undefined) return null;
    const fields = readFileSync(`/proc/${master}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // after "pid (comm) ": state is field 3, so utime (14), stime (15), cutime (16), cstime (17) sit at 11..14
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return null;
  }
}

/** What one throughput run measured. */
interface Throughput {
  rate: number; stored: number; stories: number; cpuMs: number; steadyCpuMs: number; pgCpuMs: number | null; timings: PipelineTimings; refreshed: number;
}

/** Runs `workers` watch processes on one PostgreSQL schema, each fed its share of `count` articles on stdin. */
async function throughput(url: string, workers: number, count: number): Promise<Throughput> {
  const fresh = await freshSchemaUrl(url);
  try {
    // Open once to migrate before the workers start.
    await (await openStore({ url: fresh.url })).close();
    const stamps: number[] = [];
    const perStory = 4;
    const stories = Math.ceil(count / perStory);
    const results: Array<{ summary: WatchSummary; cpuMs: number }> = [];
    /* per worker: its CPU time (ms since it opened the store) as each of its articles was committed */
    const cpus: number[][] = Array.from({ length: workers }, () => []);
    const pg0 = postgresCpu();
    const engine = new URL('../src/engine/index.js', import.meta.url).href;
    const storeModule = new URL('../src/store/index.js', import.meta.url).href;
    const runs = Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', WORKER, engine, storeModule, fresh.url], { stdio: ['pipe', 'pipe', 'pipe'] });
      let buffered = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        buffered += d;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const l of lines) {
          if (l.includes('"type":"article"')) { stamps.push(performance.now()); cpus[w]!.push(JSON.parse(l).cpu); }
          else if (l.includes('"type":"summary"')) results.push(JSON.parse(l));
        }
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${w} exited ${code}: ${err.slice(-500)}`))));
      // Interleaved shares: both workers see articles of the same stories, so assignment races are exercised.
      const lines: string[] = [];
      for (let i = w; i < count; i += workers) lines.push(JSON.stringify(generatedArticle(Math.floor(i / perStory), i % perStory, stories, 'tp')));
      child.stdin.on('error', () => undefined); // a worker that died early is reported by its exit code
      child.stdin.end(`${lines.join('\n')}\n`);
    }));
    await Promise.all(runs);
    stamps.sort((a, b) => a - b);
    const store = await openStore({ url: fresh.url });
    try {
      const n = async (sql: string) => Number((await store.pool.query(sql)).rows[0].n);
      // Skip the first 10 % (start-up: model load, clusterer rebuild) and time the rest.
      const skip = Math.floor(stamps.length / 10);
      const rate = (stamps.length - 1 - skip) / ((stamps[stamps.length - 1]! - stamps[skip]!) / 1000);
      const pg1 = postgresCpu();
      // Steady-state CPU per article: each worker's CPU between its 10 % and its last article (after the model load).
      let steadyCpu = 0; let steadyArticles = 0;
      for (const c of cpus) {
        const from = Math.floor(c.length / 10);
        if (c.length - 1 > from) { steadyCpu += c[c.length - 1]! - c[from]!; steadyArticles += c.length - 1 - from; }
      }
      const timings = {} as PipelineTimings;
      for (const r of results) for (const [k, v] of Object.entries(r.summary.timings ?? {})) (timings as unknown as Record<string, number>)[k] = ((timings as unknown as Record<string, number>)[k] ?? 0) + v;
      return {
        rate, stored: await n('SELECT count(*) AS n FROM articles'), stories: await n('SELECT count(*) AS n FROM stories'),
        cpuMs: results.reduce((a, r) => a + r.cpuMs, 0), steadyCpuMs: steadyCpu / Math.max(1, steadyArticles), pgCpuMs: pg0 !== null && pg1 !== null ? (pg1 - pg0) * 1000 : null,
        timings, refreshed: results.reduce((a, r) => a + r.summary.refreshed, 0),
      };
    } finally {
      await store.close();
    }
  } finally {
    await fresh.drop();
  }
}

/** A throughput table row: rate, CPU per article, and where the workers' wall time went per article. */
function throughputRow(workers: number, count: number, r: Throughput, base: number): string {
  const per = (ms: number) => fixed(ms / Math.max(1, r.stored), 1);
  const t = r.timings;
  return `| ${workers} | ${count} | ${r.stored} | ${r.stories} | ${fixed(r.rate, 1)} | ${fixed(r.rate / base, 2)} | ${per(r.cpuMs)} (${fixed(r.steadyCpuMs, 1)}) | ${r.pgCpuMs === null ? '–' : per(r.pgCpuMs)} | ${per(t.analyzeMs)} | ${per(t.prepareMs)} | ${per(t.commitMs)} (${per(t.lockWaitMs)} / ${per(t.lockedMs)}) | ${per(t.refreshMs)} | ${t.refreshes} (${t.refreshesYielded}) | ${t.replayed} (${t.replayedLocked}) |`;
}

/** The benchmark section. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const sizes = (valueOf(options.argv, '--sizes') ?? (options.quick ? '10000' : '10000,100000')).split(',').map(Number);
  const samples = Number(valueOf(options.argv, '--samples') ?? (options.quick ? 20 : 100));
  const tpCount = Number(valueOf(options.argv, '--articles') ?? (options.quick ? 200 : 600));
  const stages = await loadStoreStages();
  const loadBefore = loadavg()[0]!;
  const rows: string[] = [];
  for (const size of options.argv.includes('--no-latency') ? [] : sizes) {
    const open = async () => {
      const dir = mkdtempSync(join(tmpdir(), 'concord-bench-db-'));
      const store = await openStore({ dir });
      return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    };
    const r = await latency(size, size >= 100_000 ? Math.min(samples, 50) : samples, open);
    console.log(`[watch] pglite ${size}: p50 ${fixed(r.p50, 1)} ms, p99 ${fixed(r.p99, 1)} ms (${r.samples} samples, load ${fixed(r.loadS, 1)} s)`);
    rows.push(`| PGlite | ${size.toLocaleString('en')} | ${r.samples} | ${fixed(r.storedP50, 1)} | ${fixed(r.p50, 1)} | ${fixed(r.p99, 1)} | ${fixed(r.loadS, 1)} |`);
  }
  const url = process.env.CONCORD_TEST_DATABASE_URL ?? valueOf(options.argv, '--database-url');
  const tp: string[] = [];
  if (url && !options.argv.includes('--no-throughput')) {
    // A worker may fail to start while the tree is being rebuilt; try each configuration up to three times.
    const attempt = async (workers: number) => {
      for (let i = 1; ; i++) {
        try {
          return await throughput(url, workers, tpCount);
        } catch (error) {
          if (i >= 3) throw error;
          console.log(`[watch] ${workers} worker(s) failed (${(error as Error).message.slice(0, 200)}); retrying`);
        }
      }
    };
    const one = await attempt(1);
    console.log(`[watch] 1 worker: ${fixed(one.rate, 1)} articles/s, ${JSON.stringify(one)}`);
    if (options.argv.includes('--one-worker')) return null;
    const two = await attempt(2);
    console.log(`[watch] 2 workers: ${fixed(two.rate, 1)} articles/s, ${JSON.stringify(two)}`);
    tp.push(throughputRow(1, tpCount, one, one.rate));
    tp.push(throughputRow(2, tpCount, two, one.rate));
  }
  const fallbacks = stages.fallbacks.length ? `\n\nStages on a fallback during this run (not yet exported by their folders): ${stages.fallbacks.join(', ')}.` : '';
  const markdown = `Latency from a file appearing (atomic rename into the watched directory) to its story's alignment and brief
being saved (the \`story\` event), one arrival at a time, with the store already holding N invented articles
(bulk-loaded, 5 per story, over 5 days). Each arrival is a 6th article for a recent story, analysed for real.
Includes the ${SETTLE_MS} ms settle time (\`--settle\`) and fs.watch delivery; store: embedded PGlite.

| backend | articles stored | arrivals | stored+assigned p50 ms | brief updated p50 ms | brief updated p99 ms | bulk load s |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
${tp.length ? `
Sustained throughput of the watch on JSON lines from stdin (\`startWatch\` with \`-\`, as \`concord watch --database-url URL -\`
runs it; real analysis; assignment under the advisory lock; story refreshes coalesced per batch, run beside ingest)
on PostgreSQL 15, workers as separate processes sharing one database, each fed an interleaved share of the same
stories (4 articles per story); rate = articles committed per second after the first 10 %. Per article: worker CPU
(\`process.cpuUsage\`, all workers; in brackets the steady state, each worker's CPU after its first 10 % of articles,
which leaves out loading the language model once per process), PostgreSQL CPU (postmaster and its finished backends, from /proc; includes any other
client of the server meanwhile), and the workers' wall time by phase: analysis (no lock), prepare (catching up with the
other worker's assignments and making the clusterer document, no lock), the article's transaction (of it: waiting
for the assignment lock / holding it until the assignment is inserted; the lock is then held to the commit), and story
refreshes (run beside ingest, so they overlap the other phases). Refreshes counts the stories recomputed (in brackets:
times the other worker was recomputing the same story, so this one waited and recomputed only if still needed);
replayed counts the other worker's assignments fed to this worker's clusterer (in brackets: while holding the lock).

| workers | articles | stored | stories | articles/s | ratio to 1 worker | worker CPU ms/article | PostgreSQL CPU ms/article | analyse ms | prepare ms | transaction ms (lock wait / held) | refresh ms | refreshes (waited) | replayed (under lock) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${tp.join('\n')}
` : '\nPostgreSQL throughput skipped: set CONCORD_TEST_DATABASE_URL.\n'}
p99 is nearest-rank over the arrivals listed (with 50 arrivals it is the slowest but one). The machine has 2 cores
shared with other jobs (1-minute load average ${fixed(loadBefore, 1)} at the start of this run, ${fixed(loadavg()[0]!, 1)} at its end), so
figures are indicative: rerun on a quiet machine before comparing.${fallbacks}

Command: \`npx tsc -p . ; CONCORD_TEST_DATABASE_URL=postgres://concord:concord@127.0.0.1:5432/concord_test node --expose-gc dist/bench/main.js --only watch ${options.argv.filter((a) => a !== '--only' && a !== 'watch').join(' ')}\``;
  return { title: 'Watch: live ingest latency and throughput', markdown };
}
