/**
 * HTTP latency under load: `concord serve` over a PGlite store holding 10k generated articles, driven by autocannon
 * from this (second) process over loopback at 100 connections; story page and story JSON against /healthz as baseline.
 * Run: `npx tsc -p . ; node --expose-gc dist/bench/main.js --only http` (`--quick`: 2k articles, 3 s runs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, ArticleAnalysis } from '../src/core/index.js';
import { loadStoreStages, realignStory } from '../src/engine/index.js';
import { generateArticles } from '../src/http/testing/generate.js';
import { assignArticle, contentHash, countArticles, openStore, putArticle } from '../src/store/index.js';
import { fixed, median, repoRoot, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';

/** Articles per story in the generated corpus. */
const PER_STORY = 5;
/** Stories the load test cycles through (their articles get the real analysis and stored alignment). */
const HOT_STORIES = 20;

/** A sentence-only analysis for the cold bulk of the corpus (the HTTP read path is measured here, not analysis). */
function bareAnalysis(a: Article): ArticleAnalysis {
  return { article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] };
}

/** Builds (or reuses) a store with `count` articles: stored, assigned to their generated story, hot stories aligned. */
async function buildStore(dir: string, count: number): Promise<{ buildMs: number; reused: boolean }> {
  if (existsSync(dir)) {
    const store = await openStore({ dir });
    const have = await countArticles(store.pool);
    await store.close();
    if (have === count) return { buildMs: 0, reused: true };
    rmSync(dir, { recursive: true, force: true });
  }
  const started = performance.now();
  const stages = await loadStoreStages();
  const store = await openStore({ dir });
  try {
    const articles = generateArticles(count, PER_STORY);
    for (let s = 0; s * PER_STORY < articles.length; s++) {
      const group = articles.slice(s * PER_STORY, (s + 1) * PER_STORY);
      const hot = s < HOT_STORIES;
      await store.transaction(async (db) => {
        for (const article of group) {
          const analysis = hot ? stages.analyze(article) : bareAnalysis(article);
          await putArticle(db, { article, analysis, contentHash: contentHash(article) });
          await assignArticle(db, article.id, `story-${s}`, group[0]!.title ?? `story ${s}`);
        }
      });
    }
    for (let s = 0; s < HOT_STORIES; s++) await realignStory(store, `story-${s}`, stages);
  } finally {
    await store.close();
  }
  return { buildMs: performance.now() - started, reused: false };
}

/** Starts `concord serve` on a free loopback port and resolves with its base URL. */
function startServe(dir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'concord'), 'serve', '--db', dir, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start in 120 s: ${err}`)); }, 120_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const port = /:(\d+)\s*$/m.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, child });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}: ${err}`)); });
  });
}

/** What one autocannon run measured. */
interface Load { p50: number; p99: number; rps: number; total: number; errors: number; non2xx: number }

/** Runs autocannon for `seconds` at `connections`, cycling through `paths`. */
async function load(url: string, paths: string[], connections: number, seconds: number): Promise<Load> {
  const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<any>;
  const r = await autocannon({ url, connections, duration: seconds, timeout: 30, requests: paths.map((path) => ({ method: 'GET', path })) });
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, total: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** The section: builds the store, serves it from a child process, measures, stops it. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const count = options.quick ? 2_000 : 10_000;
  const seconds = options.quick ? 3 : 5;
  const rounds = options.quick ? 1 : 3;
  const connections = 100;
  const { fallbacks } = await loadStoreStages();
  const dir = join(tmpdir(), `concord-bench-http-${count}-v1${fallbacks.length ? `-fallback-${[...fallbacks].sort().join('-')}` : ''}`);
  const built = await buildStore(dir, count);
  console.log(`[http] store ${built.reused ? 'reused' : `built in ${(built.buildMs / 1000).toFixed(1)} s`}: ${dir}`);
  const { url, child } = await startServe(dir);
  try {
    const ids = Array.from({ length: HOT_STORIES }, (_, s) => `story-${s}`);
    const scenarios: [string, string[]][] = [
      ['GET /healthz (baseline)', ['/healthz']],
      ['GET /api/stories/:id (story JSON)', ids.map((id) => `/api/stories/${id}`)],
      ['GET /stories/:id (story page)', ids.map((id) => `/stories/${id}`)],
      ['GET / (story list, first 50)', ['/']],
    ];
    for (const path of scenarios.flatMap(([, paths]) => paths)) await (await fetch(`${url}${path}`)).arrayBuffer();
    await load(url, scenarios.flatMap(([, paths]) => paths), connections, options.quick ? 2 : 8);
    const runs = new Map<string, Load[]>(scenarios.map(([name]) => [name, []]));
    const loadBefore = loadavg()[0]!;
    for (let round = 0; round < rounds; round++) {
      // Each round starts with a different scenario, so no row always runs right after the heavy list page.
      const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]!);
      for (const [name, paths] of order) runs.get(name)!.push(await load(url, paths, connections, seconds));
    }
    const rows: [string, Load][] = [...runs].map(([name, list]) => [name, {
      p50: median(list.map((r) => r.p50)), p99: median(list.map((r) => r.p99)), rps: median(list.map((r) => r.rps)),
      total: list.reduce((a, r) => a + r.total, 0), errors: list.reduce((a, r) => a + r.errors, 0), non2xx: list.reduce((a, r) => a + r.non2xx, 0),
    }]);
    const loadAfter = loadavg()[0]!;
    const base = rows[0]![1];
    const table = rows.map(([name, r]) => `| ${name} | ${r.p50} | ${r.p99} | ${fixed(r.rps, 0)} | ${r.total} | ${r.errors + r.non2xx} | ${fixed(r.p50 / Math.max(1, base.p50), 1)}× |`);
    return {
      title: 'HTTP API and pages under load',
      markdown: `\`concord serve --db DIR\` (PGlite) in a child process holding ${count.toLocaleString('en')} generated articles in ${Math.ceil(count / PER_STORY)} stories;
autocannon in the bench process, ${connections} connections over loopback, ${seconds} s per run, ${rounds} rounds in rotated order (medians shown; requests and errors summed),
cycling through ${HOT_STORIES} stories after a warm-up (every path once, then ${options.quick ? 2 : 8} s of mixed load)
(their articles carry the real analysis and a stored alignment; the other articles a sentence-free analysis, since only reads are measured).
Latencies in ms; "errors" counts socket errors, timeouts and non-2xx answers; the ratio is p50 over the /healthz p50.

| request | p50 | p99 | req/s | requests | errors | p50 ratio |
|---|---:|---:|---:|---:|---:|---:|
${table.join('\n')}

Measured with \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only http${options.quick ? ' --quick' : ''}\` on the shared 2-core machine
(other work was running at the same time: 1-minute load average ${fixed(loadBefore, 1)} before and ${fixed(loadAfter, 1)} after the runs, so absolute figures are noisy; compare rows with the baseline).${fallbacks.length ? ` Stages still on the engine's fallback when measured: ${fallbacks.join(', ')} (so stories carry fewer facts and quotes than they will).` : ''} Store ${built.reused ? 'reused from an earlier run' : `built in ${fixed(built.buildMs / 1000, 1)} s`}.`,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
