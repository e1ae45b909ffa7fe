/** Extraction speed: per-page time of Concord's HTML reader against bare Readability over linkedom, same pages, same run. */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fixed, median, percentile, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';
import { loadPages } from '../eval/extraction.js';
import { bareReadability, htmlArticle } from '../src/ingest/index.js';

/** Milliseconds one call takes. */
function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs the section: each page is read `reps` times by both extractors, alternating, after one warm-up pass. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const pages = loadPages();
  if (pages === null) return null;
  const reps = options.quick ? 3 : 5;
  const ours = (i: number) => htmlArticle(pages[i]!.html, { id: pages[i]!.page.id, source: 'bench', url: pages[i]!.page.url });
  const bare = (i: number) => bareReadability(pages[i]!.html);
  for (let i = 0; i < pages.length; i++) {
    ours(i);
    bare(i);
  }
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pages.length; i++) {
    const o: number[] = [];
    const b: number[] = [];
    (globalThis as { gc?: () => void }).gc?.();
    for (let r = 0; r < reps; r++) {
      if (r % 2 === 0) {
        o.push(time(() => ours(i)));
        b.push(time(() => bare(i)));
      } else {
        b.push(time(() => bare(i)));
        o.push(time(() => ours(i)));
      }
    }
    oursMs.push(median(o));
    bareMs.push(median(b));
    ratios.push(median(o) / median(b));
  }
  const kib = median(pages.map((p) => p.html.length / 1024));
  const load = loadavg()[0]!;
  const markdown = `${pages.length} pages of \`../shared/data/extraction-dev\` (median page ${fixed(kib, 0)} KiB of HTML), each read ${reps}×
by both extractors alternately after a warm-up pass; per page the median time, then the median over pages.
Both include parsing the HTML with linkedom. Load average at the end of the run: ${fixed(load, 1)} (the machine is
shared, so absolute times vary between runs; the ratio compares both extractors under the same load). Command: \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only extraction\`.

| extractor | median ms/page | p90 ms/page |
|---|---|---|
| Concord \`htmlArticle\` (metadata, pruning, Readability, blocks, cleanup, language) | ${fixed(median(oursMs), 2)} | ${fixed(percentile(oursMs, 90), 2)} |
| bare Readability over linkedom (baseline) | ${fixed(median(bareMs), 2)} | ${fixed(percentile(bareMs, 90), 2)} |

Ratio Concord / Readability: **${fixed(median(oursMs) / median(bareMs), 2)}×** (ratio of medians); median of per-page ratios ${fixed(median(ratios), 2)}×.
`;
  return { title: 'Extraction speed (HTML → article)', markdown };
}
