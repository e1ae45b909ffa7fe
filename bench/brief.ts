/** Time to analyse and render one 100-article story (generated here), with a 10-article story and LexRank as baselines. */
import type { Article, Story } from '../src/core/index.js';
import { articleFromText } from '../src/ingest/index.js';
import { analyzeBatch, loadStoreStages, nodeContext } from '../src/engine/index.js';
import { buildBrief, lexRankBaseline, renderHtml, renderMarkdown } from '../src/brief/index.js';
import { fixed, median, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';

/** A small deterministic PRNG (mulberry32), so every run analyses the same articles. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Facts of the invented event, each in several wordings; some outlets report different numbers. */
const FACTS: string[][] = [
  ['A landslide buried part of the mountain village of Orsk Vale on Friday morning.', 'Part of Orsk Vale, a mountain village, was buried by a landslide on Friday morning.'],
  ['Rescue teams pulled 14 people alive from the mud overnight.', 'Overnight, rescuers pulled 14 survivors from the mud.'],
  ['At least 9 people were killed, the regional governor said.', 'The regional governor said at least 9 people had died.', 'At least 11 people were killed, local officials said.'],
  ['Heavy rain had fallen on the valley for six days before the slope gave way.', 'Six days of heavy rain preceded the collapse of the slope.'],
  ['The army sent 300 soldiers and two helicopters to help the search.', 'Two helicopters and 300 soldiers joined the search.'],
  ['Roads into the valley remain closed, cutting off about 2,000 residents.', 'About 2,000 residents are cut off because roads into the valley remain closed.'],
  ['Geologists had warned in 2024 that the hillside was unstable.', 'The hillside was flagged as unstable by geologists in 2024.'],
  ['The government will hold an emergency meeting on Monday to discuss relocation.', 'An emergency meeting on relocation is scheduled for Monday.'],
];
const QUOTES = [
  'Governor Elena Voss told Radio Orsk: "We are still searching for the missing and we will not stop."',
  'Rescue chief Marek Dane said: "The mud is unstable and every hour matters."',
  '"We heard a roar and then the houses were gone," said resident Ilse Korr.',
];
const FILLER = ['Weather forecasters expect more rain this week.', 'Schools in the district were closed as a precaution.', 'Volunteers set up a shelter in the sports hall.', 'Power was restored to parts of the valley on Saturday.'];

/** Generates `n` articles from `outlets` outlets about the landslide. */
export function generateStory(n: number, seed = 7): Article[] {
  const rand = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const paragraphs = [pick(FACTS[0]!)];
    for (const fact of FACTS.slice(1)) if (rand() < 0.6) paragraphs.push(pick(fact));
    for (const quote of QUOTES) if (rand() < 0.5) paragraphs.splice(1 + Math.floor(rand() * paragraphs.length), 0, quote);
    for (const filler of FILLER) if (rand() < 0.3) paragraphs.push(filler);
    const outlet = `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
    return articleFromText(paragraphs.join('\n\n'), { id: `landslide-${i + 1}`, source: `bench:${i + 1}`, outlet, title: `Landslide in Orsk Vale (${i + 1})`, published: new Date(Date.UTC(2026, 4, 8, 6, i)).toISOString() });
  });
}

/** Times a function `runs` times, returning the median in ms. */
function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** The bench section. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const runs = options.quick ? 3 : 7;
  const stages = await loadStoreStages();
  const big = generateStory(100);
  const small = big.slice(0, 10);
  let story: Omit<Story, 'brief'> | undefined;
  const capture = { brief: (s: Omit<Story, 'brief'>, a: Article[]) => { story = s; return buildBrief()(s, a); } };
  const analyse = (articles: Article[]) => analyzeBatch(articles, nodeContext(), { singleStory: true, stages: capture });
  const result = analyse(big);
  const tBig = time(runs, () => analyse(big));
  const tSmall = time(runs, () => analyse(small));
  const tBrief = time(runs, () => buildBrief()(story!, big));
  const texts = big.map((a) => a.text);
  const tLex = time(runs, () => lexRankBaseline(texts, 150));
  const tMd = time(runs, () => renderMarkdown(result));
  const tHtml = time(runs, () => renderHtml(result));
  const html = renderHtml(result);
  const s = result.stories[0]!;
  const markdown = [
    `Command: \`npm run bench -- --only brief\` — medians of ${runs} runs; one generated story of 100 articles (${texts.reduce((a, t) => a + t.length, 0)} characters, 100 outlets), single story (no clustering).`,
    '',
    '| step | median ms | ratio |',
    '|---|---|---|',
    `| analyse + align + brief, 100 articles | ${fixed(tBig, 1)} | ${fixed(tBig / tSmall, 2)}× the 10-article story |`,
    `| analyse + align + brief, 10 articles (baseline) | ${fixed(tSmall, 1)} | 1 |`,
    `| brief step alone, 100 articles | ${fixed(tBrief, 2)} | ${fixed(tBrief / tLex, 2)}× LexRank on the same texts |`,
    `| LexRank baseline, 100 articles (baseline) | ${fixed(tLex, 2)} | 1 |`,
    `| render Markdown | ${fixed(tMd, 2)} | |`,
    `| render HTML (${(html.length / 1024).toFixed(0)} KiB) | ${fixed(tHtml, 2)} | |`,
    '',
    `The story got ${s.brief.length} brief sentences from ${s.facts.length} facts and ${s.quotes.length} quotes.`,
    stages.fallbacks.length > 0 ? `Stages on a fallback in this build: ${stages.fallbacks.join(', ')} — figures are not final.` : '',
  ].join('\n');
  return { title: 'Brief: analyse and render a 100-article story', markdown };
}
