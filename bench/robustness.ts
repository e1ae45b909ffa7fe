/**
 * Robustness figures: (1) fuzzing every reader (text, HTML, .html.gz, feeds, JSONL) and the per-article analysis with
 * random, truncated, mutated, nested, mis-encoded, binary and huge inputs — inputs tried, crashes, slowest input and
 * worst time per MB; (2) `concord serve` on a temp store, driven from this (second) process over loopback with a
 * bounded load of malformed and oversized requests — status classes and the server's RSS before and after.
 * (3) Big stories (`bench/story-scale.ts`): one story of up to 200 near-copies or similar articles, CPU time per MB.
 * Run: `npx tsc -p . ; node --expose-gc dist/bench/main.js --only robustness` (`--quick`: fewer inputs and rounds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { articleFromText } from '../src/ingest/index.js';
import { MAX_ANALYSED_CHARS } from '../src/analyze/index.js';
import { fixed, median, repoRoot, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';
import {
  analyzeChecked, analyzeWhole, checkArticles, cpuMs, encodings, huge, markup, mutated, NAME_OF, nested, newsLike, newStats, readBytes, SEEDS, timed, truncated, type FuzzStats, type ReaderKind,
} from '../test/fuzz/support.js';
import { coldAnalysis, fixedAndMarginal, type ColdAnalysis } from './cold-analysis.js';
import { largeStories, largeStoriesMarkdown } from './story-scale.js';
import { hostileRequests, knownFailures, type HostileRequest } from '../test/security/hostile-requests.js';

/** Nesting depths fuzzed per reader (the much deeper regression inputs are timed apart, in `regressionFixtures`). */
const DEPTH: Record<ReaderKind, [number, number]> = { text: [100, 20_000], jsonl: [100, 20_000], feed: [50, 400], html: [10, 40], 'html.gz': [10, 40] };

/** Fuzzes one reader with `runs` generated inputs plus two huge ones; analysis runs on the first articles of each. */
async function fuzzReader(kind: ReaderKind, runs: number, hugeBytes: number[]): Promise<FuzzStats> {
  const stats = newStats();
  const analysis = newStats();
  const seed = SEEDS[kind === 'html.gz' ? 'html' : kind];
  const wrap = (t: string) => (kind === 'html.gz' ? new Uint8Array(gzipSync(t)) : new TextEncoder().encode(t));
  const texts = fc.sample(fc.oneof(markup, truncated(seed), mutated(seed)), { numRuns: Math.ceil(runs * 0.6), seed: 11 }).map(wrap);
  const encoded = fc.sample(encodings(fc.oneof(truncated(seed), mutated(seed))), { numRuns: Math.ceil(runs * 0.35), seed: 12 });
  const deep = fc.sample(nested(kind, ...DEPTH[kind]), { numRuns: Math.max(3, Math.ceil(runs * 0.05)), seed: 13 }).map(wrap);
  await readBytes(wrap(huge(kind, 20_000)), NAME_OF[kind]); // warm-up
  const inputs = [...texts.map((b) => ['random', b] as const), ...encoded.map((b) => ['encoding', b] as const), ...deep.map((b) => ['nested', b] as const),
    ...hugeBytes.map((n) => [`huge ${(n / 1_048_576).toFixed(0)} MB`, wrap(huge(kind, n))] as const)];
  for (const [label, bytes] of inputs) {
    let read: Awaited<ReturnType<typeof readBytes>>['articles'] = [];
    await timed(stats, label, bytes.length, () => Buffer.from(bytes).toString('latin1'), async () => {
      read = (await readBytes(bytes, NAME_OF[kind])).articles;
      checkArticles(read);
    });
    // Analysis of what was read: a crash counts for this reader's row; its time is in the analyzeArticle row.
    if (!label.startsWith('huge')) {
      await timed(analysis, label, 0, () => Buffer.from(bytes).toString('latin1'), () => { for (const a of read.slice(0, 2)) analyzeChecked(a); });
      stats.crashes.push(...analysis.crashes.splice(0));
    }
  }
  return stats;
}

/** Timing of one large analysis input: CPU ms and size. */
interface LargeRun { label: string; bytes: number; ms: number }

/**
 * Fuzzes analyzeArticle with prose-like and arbitrary strings, plus two large articles (the repeated huge text and a
 * news-like one of varied invented paragraphs). One untimed 256 KB news-like warm-up first, as the readers get theirs:
 * the first large analysis of a process also pays V8's one-time optimising compilation of the analyser; that
 * warm-up's own time is reported too (`cold`).
 */
async function fuzzAnalysis(runs: number, hugeBytes: number): Promise<FuzzStats & { large: LargeRun[] }> {
  const stats = newStats();
  const large: LargeRun[] = [];
  const articleOf = (text: string) => ({ ...articleFromText(text, { id: 'f', source: 'fuzz' }), text, headings: [] });
  const warm = newsLike(262_144, 99);
  const warmArticle = articleOf(warm);
  const started = cpuMs();
  analyzeChecked(warmArticle);
  large.push({ label: 'cold: news-like warm-up (untimed in the table)', bytes: Buffer.byteLength(warm), ms: cpuMs() - started });
  const texts: [string, string][] = [...fc.sample(fc.string({ unit: 'binary', maxLength: 400 }), { numRuns: Math.ceil(runs / 2), seed: 21 }),
    ...fc.sample(markup, { numRuns: Math.ceil(runs / 2), seed: 22 })].map((t) => ['random', t] as [string, string]);
  const bigTexts: [string, string][] = [['huge', huge('text', hugeBytes)], ['news-like', newsLike(hugeBytes, 1)]];
  for (const [label, text] of [...texts, ...bigTexts]) {
    const before = stats.inputs;
    const article = articleOf(text); // reading is the readers' rows; this row times the analysis alone
    const at = cpuMs();
    await timed(stats, label, Buffer.byteLength(text), () => text, () => analyzeChecked(article));
    if (label !== 'random' && stats.inputs > before) large.push({ label: `${label} (default limit: first ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters analysed)`, bytes: Buffer.byteLength(text), ms: cpuMs() - at });
  }
  // The same texts with the length limit lifted: the cost of analysing every character (throughput).
  for (const [label, text] of bigTexts) {
    const article = articleOf(text);
    const at = cpuMs();
    analyzeChecked(article, analyzeWhole);
    large.push({ label: `${label} (limit lifted: every character analysed)`, bytes: Buffer.byteLength(text), ms: cpuMs() - at });
  }
  return { ...stats, large };
}

/**
 * One large analysis in a fresh process (bench/cold-analysis.ts), as `concord analyze big.txt` pays it: with the default
 * length limit, and with the limit lifted at three sizes, from which a line gives the one-time cost of a fresh process
 * (V8 compiling and optimising the analyser; the model load is excluded) and the cost of each further MB.
 */
function coldRowsOf(runs: number): string {
  const dist = join(repoRoot, 'dist');
  const results = [coldAnalysis(dist, 1_048_576, runs), ...[262_144, 1_048_576, 2_097_152].map((bytes) => coldAnalysis(dist, bytes, runs, false))];
  const rows = results.map((r) => {
    const mb = r.bytes / 1_048_576;
    const analysed = r.limited ? `first ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters (default)` : 'every character (limit lifted)';
    return `| news-like ${mb.toFixed(2)} MB | ${analysed} | ${Math.round(r.cpuMs)} | ${Math.round(r.cpuMs / mb)} | ${Math.round(r.wallMs)} | ${Math.round(r.wallMs / mb)} |`;
  });
  const whole = results.filter((r) => !r.limited);
  const line = (pick: (r: ColdAnalysis) => number) => fixedAndMarginal(whole.map((r) => ({ mb: r.bytes / 1_048_576, ms: pick(r) })));
  const cpu = line((r) => r.cpuMs);
  const wall = line((r) => r.wallMs);
  return `One text read (text reader: cleaning, paragraphs) and analysed in a fresh process (\`bench/cold-analysis.ts\`: model loaded first, untimed; median of ${runs} child process(es) per row; CPU over all threads, so V8's background compilation and GC count):

| input | analysed | CPU ms | CPU ms per input MB | wall ms | wall ms per input MB |
|---|---|---:|---:|---:|---:|
${rows.join('\n')}

A line through the three limit-lifted rows: a fresh process pays about ${Math.round(cpu.fixedMs)} ms CPU (${Math.round(wall.fixedMs)} ms wall) once, then ${Math.round(cpu.perMbMs)} ms CPU (${Math.round(wall.perMbMs)} ms wall) per MB analysed.`;
}

/** Inputs that used to crash or run super-linearly (regression fixtures in test/fuzz, now passing tests), timed once each to show they stay fixed. */
async function regressionFixtures(): Promise<string[]> {
  const rows: string[] = [];
  const cases: [string, Uint8Array, string][] = [
    ['page of 400 nested divs', new TextEncoder().encode(`<html><body>${'<div>'.repeat(400)}Officials said.${'</div>'.repeat(400)}</body></html>`), 'deep.html'],
    ['feed item nested 8,000 deep', new TextEncoder().encode(`<rss><channel><item><title>D</title><description><![CDATA[${'<div>'.repeat(8000)}Deep.${'</div>'.repeat(8000)}]]></description></item></channel></rss>`), 'deep.xml'],
    ['gzip bomb 48 KB (inflates to 48 MB)', new Uint8Array(gzipSync(Buffer.alloc(48 * 1024 * 1024))), 'bomb.html.gz'],
  ];
  for (const [label, bytes, name] of cases) {
    let outcome = '';
    const times: number[] = [];
    for (let run = 0; run < 3; run++) { // median of three: one read of a few KB is at the mercy of a GC pause
      const started = cpuMs();
      try {
        const { articles, diagnostics } = await readBytes(bytes, name);
        outcome = `${articles.length} article(s); ${[...new Set(diagnostics.map((d) => d.rule))].join(', ') || 'no diagnostics'}`;
      } catch (error) {
        outcome = `**throws** ${(error as Error).name}: ${(error as Error).message.slice(0, 60)}`;
      }
      times.push(cpuMs() - started);
    }
    const ms = median(times);
    rows.push(`| ${label} | ${bytes.length} | ${fixed(ms, 0)} | ${fixed(ms / (bytes.length / 1_048_576), 0)} | ${outcome} |`);
  }
  const word = `Officials said ${'x'.repeat(20_000)} today.`;
  const started = cpuMs();
  analyzeChecked({ ...articleFromText(word, { id: 'w', source: 'w' }), text: word, headings: [] });
  const ms = cpuMs() - started;
  rows.push(`| analysis: one 20,000-character word | ${word.length} | ${fixed(ms, 0)} | ${fixed(ms / (word.length / 1_048_576), 0)} | analysed |`);
  return rows;
}

/** RSS of a process in bytes (Linux /proc), or NaN. */
function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Starts `concord serve` on a free loopback port over a temp store; resolves with its URL and process. */
function startServe(db: string, maxUploadMb: number): Promise<{ url: string; port: number; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'concord'), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--max-upload-mb', String(maxUploadMb)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGTERM'); reject(new Error(`concord serve did not start within 180 s: ${out}`)); }, 180_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const port = /:(\d+)\s*$/m.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, port: Number(port), child });
      }
    });
    child.stderr!.on('data', () => {}); // logged 500s are counted from the answers
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`concord serve exited with ${code}: ${out}`)); });
  });
}

/** Sends bytes on a raw socket (requests fetch() would refuse to send) and returns the status of the answer. */
function rawRequest(port: number, payload: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('data', (d) => { data += String(d); });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => {});
    socket.end(payload);
  });
}

/** Raw malformed HTTP: a bad request line, an oversized header block, a bad Content-Length, a bad chunk. */
function rawPayloads(): string[] {
  return [
    'GET /\x00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    'BREW /pot HTTP/9.9\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    'POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n',
    'POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  ];
}

/** Sends one hostile request on its own connection; returns the status (0 when no answer came). */
function send(base: string, r: HostileRequest): Promise<number> {
  return new Promise((resolve) => {
    const url = new URL(base);
    const body = r.body === undefined ? undefined : typeof r.body === 'string' ? Buffer.from(r.body) : Buffer.from(r.body);
    let status = 0;
    const req = request({ host: url.hostname, port: url.port, method: r.method, path: r.path, agent: false, timeout: 30_000,
      headers: { ...(r.headers ?? {}), ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve(status));
      res.on('error', () => resolve(status));
    });
    // A server may answer 413 and close before the whole oversized body is sent: the answer still counts.
    req.on('error', () => setTimeout(() => resolve(status), 50));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

/** Drives the server with `rounds` rounds of every hostile request, `concurrency` at a time; RSS after warm-up and at the end. */
async function loadServer(rounds: number, concurrency: number): Promise<{ rows: string[]; total: number; fiveXX: number; other: number; known500: number; rssBefore: number; rssAfter: number; rssPeak: number; raw: number[]; failures: string[] }> {
  const db = mkdtempSync(join(tmpdir(), 'concord-robust-'));
  const maxUploadMb = 1;
  const server = await startServe(db, maxUploadMb);
  const requests = hostileRequests(maxUploadMb * 1024 * 1024 + 4096);
  const counts = new Map<string, number>();
  let fiveXX = 0;
  let other = 0;
  let total = 0;
  let rssPeak = 0;
  const wrong = new Map<string, number[]>();
  try {
    for (const r of requests) await send(server.url, r); // warm-up round
    global.gc?.();
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rssOf(server.child.pid!);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < requests.length; i += concurrency) {
        const batch = requests.slice(i, i + concurrency);
        const statuses = await Promise.all(batch.map((r) => send(server.url, r)));
        statuses.forEach((status, k) => {
          total++;
          const r = batch[k]!;
          const key = `${Math.floor(status / 100)}xx`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          if (status >= 500 || status === 0) fiveXX++;
          else if (status < 400 && !r.lenient) other++;
          if (status >= 500 || status === 0 || (status < 400 && !r.lenient)) wrong.set(r.label, [...(wrong.get(r.label) ?? []), status]);
        });
      }
      rssPeak = Math.max(rssPeak, rssOf(server.child.pid!));
    }
    const raw = await Promise.all(rawPayloads().map((p) => rawRequest(server.port, p)));
    let known500 = 0;
    for (const r of knownFailures()) if ((await send(server.url, r)) >= 500) known500++;
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = rssOf(server.child.pid!);
    const rows = [...counts].sort().map(([k, n]) => `| ${k} | ${n} |`);
    const failures = [...wrong].map(([label, statuses]) => `${label}: ${[...new Set(statuses)].join('/')} ×${statuses.length}`);
    return { rows, total, fiveXX, other, known500, rssBefore, rssAfter, rssPeak, raw, failures };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(db, { recursive: true, force: true });
  }
}

/** One table row of fuzz figures. */
function fuzzRow(name: string, s: FuzzStats): string {
  const worst = s.worstMsPerMb.bytes > 0 ? `${fixed(s.worstMsPerMb.msPerMb, 0)} ms/MB (${s.worstMsPerMb.label}, ${(s.worstMsPerMb.bytes / 1_048_576).toFixed(1)} MB)` : '–';
  return `| ${name} | ${s.inputs} | ${(s.bytes / 1_048_576).toFixed(1)} | ${s.crashes.length} | ${fixed(s.slowest.ms, 0)} ms (${s.slowest.label}, ${s.slowest.bytes} B) | ${worst} |`;
}

/** Runs the robustness section. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const runs = options.quick ? 150 : 600;
  const hugeBytes = options.quick ? [1_048_576] : [1_048_576, 4 * 1_048_576];
  const fuzzRows: string[] = [];
  const crashes: string[] = [];
  for (const kind of ['text', 'html', 'html.gz', 'feed', 'jsonl'] as ReaderKind[]) {
    const stats = await fuzzReader(kind, runs, hugeBytes);
    fuzzRows.push(fuzzRow(kind, stats));
    crashes.push(...stats.crashes.slice(0, 3).map((c) => `- ${kind}: ${c.error} on ${JSON.stringify(c.input.slice(0, 120))}`));
  }
  const analysis = await fuzzAnalysis(runs, 1_048_576);
  fuzzRows.push(fuzzRow('analyzeArticle', analysis));
  const largeLine = analysis.large.map((l) => `${l.label} ${(l.bytes / 1_048_576).toFixed(2)} MB in ${Math.round(l.ms)} ms (${Math.round(l.ms / (l.bytes / 1_048_576))} ms/MB)`).join('; ');
  const coldRows = coldRowsOf(options.quick ? 1 : 5);
  crashes.push(...analysis.crashes.slice(0, 3).map((c) => `- analysis: ${c.error} on ${JSON.stringify(c.input.slice(0, 120))}`));
  const known = await regressionFixtures();
  const bigStories = largeStoriesMarkdown(largeStories(options.quick));
  const rounds = options.quick ? 5 : 20;
  const load = await loadServer(rounds, 8);
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  const markdown = `Command: \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only robustness${options.quick ? ' --quick' : ''}\`.

**Fuzzing** (generators in \`test/fuzz/support.ts\`; each input goes through the real reader path \`readDocument\`, its
first articles through \`analyzeArticle\` (a crash there counts in the reader's row; the time is the reader's alone); "worst ms/MB" is over inputs of at least 64 KiB, the limit is 1,000 ms/MB; times are this process's CPU time, so other jobs on the shared machine do not count):

| reader | inputs | MB | crashes | slowest input (CPU) | worst CPU time per MB |
|---|---:|---:|---:|---|---|
${fuzzRows.join('\n')}

${crashes.length > 0 ? `Crashes:\n${crashes.join('\n')}\n` : 'No crashes in the generated inputs.'}

Large analysis inputs (CPU time each; texts past 64 KiB are analysed in 16 KiB segments, \`src/analyze/segments.ts\`;
past \`MAX_ANALYSED_CHARS\` only the first part is analysed, with an \`analysis-truncated\` warning, \`src/analyze/analyze-article.ts\`):
${largeLine}.

${coldRows}

**Big stories**: ${bigStories}
**Former failures** (inputs that crashed or ran super-linearly before their fixes; regression fixtures in
\`test/fuzz/regressions.test.ts\` and \`test/fuzz/analyze.test.ts\`, now normal passing tests):

| input | bytes | CPU ms (median of 3) | CPU ms/MB | outcome |
|---|---:|---:|---:|---|
${known.join('\n')}

**HTTP under hostile load**: \`concord serve --max-upload-mb 1\` on a temp PGlite store, ${rounds} rounds of
${hostileRequests(0).length} malformed, hostile and oversized requests (\`test/security/hostile-requests.ts\`), 8 at a time,
from this process over loopback: ${load.total} requests.

| status class | answers |
|---|---:|
${load.rows.join('\n')}

5xx or dropped (status 0: no answer): **${load.fiveXX}**; non-4xx where a 4xx is due: ${load.other}.
${load.failures.length > 0 ? `By request: ${load.failures.join('; ')}.\n` : ''}Raw malformed HTTP (bad request line,
unknown method, 20 KB header, negative Content-Length, bad chunk): statuses ${load.raw.join(', ')}.
${knownFailures().length > 0 ? `Known 500s still open (\`knownFailures()\`): ${load.known500} of ${knownFailures().length}.` : 'Known 500s: none listed (\`knownFailures()\` is empty; the former ones, control characters in queries and ids, are in the set above).'}
Server RSS after a warm-up round ${mb(load.rssBefore)} MB, peak ${mb(load.rssPeak)} MB, after the load ${mb(load.rssAfter)} MB
(change ${mb(load.rssAfter - load.rssBefore)} MB).
`;
  if (load.fiveXX > 0) console.error(`robustness: ${load.fiveXX} answers were 5xx or dropped`);
  return { title: 'Robustness: fuzzing and hostile HTTP load', markdown };
}
