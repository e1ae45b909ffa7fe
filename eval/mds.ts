/**
 * Multi-document summarisation quality: `npm run eval -- --mds FILE.jsonl` scores the brief with ROUGE-1/2/L against
 * human summaries, next to a lead baseline and a LexRank baseline in the same run, all cut to the same word budget.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/index.js';
import { articleFromText } from '../src/ingest/index.js';
import { analyzeBatch, loadStoreStages, nodeContext } from '../src/engine/index.js';
import { leadBaseline, lexRankBaseline, rougeMulti, truncateToWords, wordCount, type RougeScores } from '../src/brief/index.js';
import { fixed, type ReportSection } from './lib/report.js';
import { valueOf, type SectionOptions } from './lib/runner.js';

/** One cluster of the input file. */
export interface MdsCluster {
  id: string;
  documents: { id: string; text: string; title?: string }[];
  references: { text: string }[];
}

/** Reads clusters from JSONL, skipping (and counting) malformed lines. */
export function readClusters(text: string): { clusters: MdsCluster[]; skipped: number } {
  const clusters: MdsCluster[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as MdsCluster;
      if (typeof c.id !== 'string' && typeof c.id !== 'number') throw new Error('no id');
      if (!Array.isArray(c.documents) || !Array.isArray(c.references) || c.references.length === 0) throw new Error('bad shape');
      if (c.documents.some((d) => typeof d.text !== 'string') || c.references.some((r) => typeof r.text !== 'string')) throw new Error('bad text');
      clusters.push({ ...c, id: String(c.id) });
    } catch {
      skipped++;
    }
  }
  return { clusters, skipped };
}

/** Mean F1 of each ROUGE variant over clusters. */
interface Totals { r1: number; r2: number; rl: number; words: number; n: number }

function add(t: Totals, s: RougeScores, words: number): void {
  t.r1 += s.rouge1.f1;
  t.r2 += s.rouge2.f1;
  t.rl += s.rougeL.f1;
  t.words += words;
  t.n++;
}

/** Scores every cluster: the brief (all documents as one story), lead and LexRank, each cut to the mean reference length. */
export async function scoreClusters(clusters: MdsCluster[]): Promise<{ systems: Record<string, Totals>; fallbacks: string[]; empty: number }> {
  const stages = await loadStoreStages();
  const systems: Record<string, Totals> = {};
  for (const name of ['Concord brief', 'Lead (round-robin)', 'LexRank']) systems[name] = { r1: 0, r2: 0, rl: 0, words: 0, n: 0 };
  let empty = 0;
  for (const cluster of clusters) {
    const ctx = nodeContext();
    const articles: Article[] = cluster.documents.map((d, i) => articleFromText(d.text, { id: `${cluster.id}-${d.id ?? i}`, source: `mds:${cluster.id}:${i}`, title: d.title ?? null, outlet: `doc-${i + 1}` }));
    const references = cluster.references.map((r) => r.text);
    const budget = Math.round(references.reduce((a, r) => a + wordCount(r), 0) / references.length);
    const result = analyzeBatch(articles, ctx, { singleStory: true });
    const brief = result.stories[0]?.brief.map((s) => s.text) ?? [];
    if (brief.length === 0) empty++;
    const docs = cluster.documents.map((d) => d.text);
    const outputs: Record<string, string> = {
      'Concord brief': truncateToWords(brief, budget),
      'Lead (round-robin)': truncateToWords(leadBaseline(docs, budget), budget),
      LexRank: truncateToWords(lexRankBaseline(docs, budget), budget),
    };
    for (const [name, text] of Object.entries(outputs)) add(systems[name]!, rougeMulti(text, references), wordCount(text));
  }
  return { systems, fallbacks: stages.fallbacks, empty };
}

/** The eval section; null (skipped with a message) when no --mds file is given. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const file = valueOf(options.argv, '--mds');
  if (!file) {
    console.log('[mds] no --mds FILE.jsonl given: multi-document summarisation not scored (no such data ships in ../shared/data)');
    return null;
  }
  const { clusters: all, skipped } = readClusters(readFileSync(file, 'utf8'));
  const clusters = options.quick ? all.slice(0, 20) : all;
  const started = Date.now();
  const { systems, fallbacks, empty } = await scoreClusters(clusters);
  const rows = Object.entries(systems).map(([name, t]) =>
    `| ${name} | ${fixed(t.r1 / t.n)} | ${fixed(t.r2 / t.n)} | ${fixed(t.rl / t.n)} | ${fixed(t.words / t.n, 1)} |`);
  const markdown = [
    `Command: \`npm run eval -- --only mds --mds ${file}${options.quick ? ' --quick' : ''}\` — ${clusters.length} clusters${skipped ? ` (${skipped} malformed lines skipped)` : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    '',
    'Mean ROUGE F1 over clusters (rouge-score tokenisation: lower-case, non-alphanumerics split, Porter stemming of',
    'tokens longer than three letters; best reference per cluster). Every system is cut to the mean word count of',
    "the cluster's references; the brief treats each cluster as one story.",
    '',
    '| system | ROUGE-1 | ROUGE-2 | ROUGE-L | words |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    empty > 0 ? `${empty} cluster(s) got an empty brief.` : 'Every cluster got a brief.',
    fallbacks.length > 0 ? `Stages running on a fallback in this build: ${fallbacks.join(', ')} — the brief's figures are not final.` : '',
  ].join('\n');
  return { title: 'Multi-document summaries (ROUGE)', markdown };
}
