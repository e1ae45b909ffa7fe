/**
 * The cost of one large analysis in a fresh process, as `concord analyze big.txt` pays it: the language model is
 * loaded first (with a one-sentence article, untimed), then a news-like text is read (the text reader's cleaning and
 * paragraphs) and analysed once, timed in CPU (all
 * threads, so V8's background compilation and GC count) and in wall time. Medians over separate child processes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../eval/lib/report.js';
import { newsLike } from '../test/fuzz/support.js';

/** One fresh-process measurement set: medians of CPU and wall milliseconds for `bytes` of news-like text. */
export interface ColdAnalysis { bytes: number; runs: number; cpuMs: number; wallMs: number; limited: boolean }

/**
 * Analyses `bytes` of news-like text once in each of `runs` fresh child processes: with the default length limit
 * (`limited`, as users get it), or with it lifted so every character is analysed.
 */
export function coldAnalysis(distRoot: string, bytes: number, runs: number, limited = true): ColdAnalysis {
  const dir = mkdtempSync(join(tmpdir(), 'concord-cold-'));
  try {
    const file = join(dir, 'article.txt');
    const text = newsLike(bytes, 5);
    writeFileSync(file, text);
    const url = (p: string) => pathToFileURL(join(distRoot, p)).href;
    const script = `import { readFileSync } from 'node:fs';
import { analyzeArticle } from '${url('src/analyze/index.js')}';
import { articleFromText } from '${url('src/ingest/index.js')}';
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
const analyze = analyzeArticle(${limited ? '' : '{ maxAnalysedChars: Number.MAX_SAFE_INTEGER }'});
analyze(articleFromText('Officials said the bridge reopened on Monday.', { id: 'w', source: 'w.txt' }));
const cpu = process.cpuUsage(); const wall = performance.now();
analyze(articleFromText(text, { id: 'x', source: 'x.txt' }));
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall }));`;
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`cold analysis child failed: ${child.stderr.slice(0, 400)}`);
      const out = JSON.parse(child.stdout.trim()) as { cpuMs: number; wallMs: number };
      cpu.push(out.cpuMs);
      wall.push(out.wallMs);
    }
    return { bytes: Buffer.byteLength(text), runs, cpuMs: median(cpu), wallMs: median(wall), limited };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Least-squares line through (MB, ms) points: `fixedMs` at zero size and `perMbMs` for each further MB. */
export function fixedAndMarginal(points: { mb: number; ms: number }[]): { fixedMs: number; perMbMs: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.mb, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.mb - mx) ** 2, 0);
  const perMbMs = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.mb - mx) * (p.ms - my), 0) / sxx;
  return { fixedMs: my - perMbMs * mx, perMbMs };
}
