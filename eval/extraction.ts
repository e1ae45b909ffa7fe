/** Extraction quality on ../shared/data/extraction-dev: shingle P/R/F1 of our reader and of bare Readability. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataFile, fixed, type ReportSection } from './lib/report.js';
import type { SectionOptions } from './lib/runner.js';
import { htmlArticle, bareReadability, decodeBytes } from '../src/ingest/index.js';

/** One labelled page of the benchmark. */
interface Page {
  id: string;
  url: string;
  html_file: string;
  articleBody: string;
}

/** 4-gram shingles of `\w+` tokens, with counts (the Zyte benchmark's tokenisation). */
export function shingles(text: string): Map<string, number> {
  const words = text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  if (words.length > 0 && words.length < 4) out.set(words.join(' '), 1);
  for (let i = 0; i + 4 <= words.length; i++) {
    const key = `${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page precision and recall of predicted text against gold. */
export function pagePR(gold: string, predicted: string): { precision: number; recall: number } {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, v] of p) {
    const gv = g.get(k) ?? 0;
    tp += Math.min(v, gv);
    fp += Math.max(0, v - gv);
  }
  for (const [k, v] of g) fn += Math.max(0, v - (p.get(k) ?? 0));
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Mean precision, mean recall and their harmonic mean. */
function score(rows: { precision: number; recall: number }[]): { p: number; r: number; f1: number } {
  const p = rows.reduce((s, x) => s + x.precision, 0) / rows.length;
  const r = rows.reduce((s, x) => s + x.recall, 0) / rows.length;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

/** Loads the benchmark pages and their decoded HTML, or null (saying why) when the data is absent. */
export function loadPages(): { page: Page; html: string }[] | null {
  const file = dataFile('extraction-dev/articles.jsonl');
  if ('missing' in file) {
    console.log(file.missing);
    return null;
  }
  const path = file.path;
  const base = dirname(path);
  return readFileSync(path, 'utf8').trim().split('\n').map((line) => {
    const page = JSON.parse(line) as Page;
    const decoded = decodeBytes(new Uint8Array(readFileSync(join(base, page.html_file))), page.html_file, true);
    return { page, html: decoded.text ?? '' };
  });
}

/** Runs the section. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const pages = loadPages();
  if (pages === null) return null;
  const ours: { precision: number; recall: number }[] = [];
  const bare: { precision: number; recall: number }[] = [];
  const verbose = options.argv.includes('--verbose');
  for (const { page, html } of pages) {
    const article = htmlArticle(html, { id: page.id, source: page.html_file, url: page.url });
    const o = pagePR(page.articleBody, article.text);
    const b = pagePR(page.articleBody, bareReadability(html));
    ours.push(o);
    bare.push(b);
    if (verbose && (o.precision < 0.95 || o.recall < 0.95 || o.precision + o.recall < b.precision + b.recall)) {
      console.log(`${page.id.slice(0, 8)} ours P ${fixed(o.precision, 2)} R ${fixed(o.recall, 2)} · bare P ${fixed(b.precision, 2)} R ${fixed(b.recall, 2)} ${page.url}`);
    }
  }
  const o = score(ours);
  const b = score(bare);
  const markdown = `Shingle P/R/F1 (4-grams of Unicode word tokens \`[\\p{L}\\p{M}\\p{N}_]+\`, means over pages; the Zyte article-extraction benchmark's metric)
on ${pages.length} pages of \`../shared/data/extraction-dev\`. Command: \`npx tsc -p . ; node dist/eval/main.js --only extraction\`.

| extractor | precision | recall | F1 |
|---|---|---|---|
| Concord (\`htmlArticle\`: pruning, Readability, fallbacks, cleanup) | ${fixed(o.p)} | ${fixed(o.r)} | **${fixed(o.f1)}** |
| bare Readability over linkedom (baseline, same run) | ${fixed(b.p)} | ${fixed(b.r)} | ${fixed(b.f1)} |
`;
  return { title: 'Extraction (HTML → article body)', markdown };
}
