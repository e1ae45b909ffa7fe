/**
 * Big stories: the cost of aligning one story as it grows in articles, for `bench/robustness.ts`. Two shapes, both
 * invented text (`test/fuzz/support.ts`): n near-copies of one 5 KB wire story (`wireCopies`: outlets republishing it
 * with small edits, the real-world case), and n different 5 KB news-like articles over one small vocabulary
 * (`newsLike`: every statement resembles many others, the junk-flood case). Each runs through `analyzeBatch` as one
 * story; the table gives this process's CPU time for the whole batch and for the align stage alone, and per MB.
 */
import { alignStory, EXACT_FACT_SIZE } from '../src/corpus/align/index.js';
import { analyzeBatch } from '../src/engine/index.js';
import { articleFromText } from '../src/ingest/index.js';
import type { Article } from '../src/core/index.js';
import { fixed } from '../eval/lib/report.js';
import { cpuMs, newsLike, wireCopies } from '../test/fuzz/support.js';
import { testContext } from '../test/support/context.js';

/** One timed story. */
export interface StoryScaleRun { label: string; articles: number; bytes: number; cpuMs: number; alignMs: number; facts: number; quotes: number }

/** Articles of the given texts, one outlet each. */
function articlesOf(texts: string[], prefix: string): Article[] {
  return texts.map((text, i) => articleFromText(text, { id: `${prefix}${i}`, source: `${prefix}${i}.txt`, outlet: `Outlet ${i}` }));
}

/** Runs one story through analyzeBatch, timing the batch and its align stage in CPU ms. */
function timeStory(label: string, articles: Article[]): StoryScaleRun {
  const align = alignStory();
  let alignMs = 0;
  const started = cpuMs();
  const result = analyzeBatch(articles, testContext(), {
    singleStory: true,
    stages: { align: (input) => { const at = cpuMs(); const out = align(input); alignMs += cpuMs() - at; return out; } },
  });
  const story = result.stories[0]!;
  return {
    label, articles: articles.length, bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
    cpuMs: cpuMs() - started, alignMs, facts: story.facts.length, quotes: story.quotes.length,
  };
}

/** Times the big-story inputs (n = 25, 50, 100, 200 wire copies; 60 and 200 similar articles; `quick`: the smaller ones). */
export function largeStories(quick = false): StoryScaleRun[] {
  timeStory('warm-up', articlesOf(wireCopies(6, 2), 'u')); // the first batch of a process pays V8's compilation
  const copies = quick ? [25, 50, 100] : [25, 50, 100, 200];
  const similar = quick ? [60] : [60, 200];
  return [
    ...copies.map((n) => timeStory(`${n} near-copies of one wire story`, articlesOf(wireCopies(n, 1), 'w'))),
    ...similar.map((n) => timeStory(`${n} similar news-like articles`, articlesOf(Array.from({ length: n }, (_, i) => newsLike(5000, i + 1)), 'm'))),
  ];
}

/** The markdown table of `largeStories`. */
export function largeStoriesMarkdown(runs: StoryScaleRun[]): string {
  const mb = (r: StoryScaleRun) => r.bytes / 1_048_576;
  const rows = runs.map((r) => `| ${r.label} | ${r.articles} | ${fixed(mb(r), 2)} | ${fixed(r.cpuMs, 0)} | ${fixed(r.alignMs, 0)} | ${fixed(r.cpuMs / mb(r), 0)} | ${r.facts} | ${r.quotes} |`);
  return `One story of many articles through \`analyzeBatch\` (\`bench/story-scale.ts\`; invented text from \`wireCopies\` and
\`newsLike\` in \`test/fuzz/support.ts\`). The aligner is exact for facts of up to ${EXACT_FACT_SIZE} wordings, so a
story of at most ${EXACT_FACT_SIZE} articles is aligned as without the bound; bigger facts are checked on a fixed
sample (\`EXACT_FACT_SIZE\` in \`src/corpus/align/04-facts.ts\`). CPU time of this process:

| story | articles | MB | batch CPU ms | align CPU ms | batch CPU ms/MB | facts | quotes |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
