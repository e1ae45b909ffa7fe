/**
 * Incremental story refresh: time of the alignment + brief refresh for the 50th article of one story, with and
 * without the story's `AlignMemo` (judged sentence pairs kept from the 49-article refresh), medians in one process.
 */
import { loadavg } from 'node:os';
import { alignStory, createAlignMemo, type AlignMemo } from '../src/corpus/align/index.js';
import { buildBrief } from '../src/brief/index.js';
import { story, type FixtureSpec } from '../src/corpus/align/testing/fixture.js';
import { fixed, median, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';

const ENTITIES = [
  { name: 'Harlow Ridge', kind: 'place' as const },
  { name: 'Mira Castell', kind: 'person' as const, aliases: ['Castell'] },
  { name: 'Orin Vale', kind: 'person' as const, aliases: ['Vale'] },
  { name: 'Eastline Power', kind: 'organization' as const },
];
const SUBJECTS = ['A wildfire', 'The blaze', 'The fire', 'Flames', 'The bushfire'];
const VERBS = ['destroyed', 'burned', 'razed', 'damaged', 'consumed'];
const AFTER = [
  (n: number) => `${n} homes near Harlow Ridge before crews contained it on Sunday.`,
  (n: number) => `at least ${n} houses on the edge of Harlow Ridge over the weekend.`,
  (n: number) => `${n} buildings around Harlow Ridge, officials said.`,
];
const OTHER = [
  (k: number) => `Mira Castell, the fire chief, said ${k % 3 === 0 ? 'dry winds' : 'strong gusts'} had pushed the flames across the valley road.`,
  (k: number) => `Eastline Power cut electricity to ${200 + 10 * (k % 7)} customers as a precaution.`,
  (k: number) => `Orin Vale, who runs the shelter at the school, said ${30 + (k % 9)} families slept there on Saturday night.`,
  (k: number) => `Investigators have not yet found the cause, Castell said on ${['Monday', 'Tuesday', 'Sunday'][k % 3]}.`,
  (k: number) => `Volunteers from ${['three', 'four', 'five'][k % 3]} nearby towns brought water and blankets to the evacuation centre.`,
  (k: number) => `Residents were allowed back to ${['the northern', 'the eastern', 'most'][k % 3]} streets on Monday morning.`,
  (k: number) => `Vale said the shelter would stay open for at least ${k % 4 + 2} more days.`,
  (k: number) => `The regional council promised ${k % 2 ? 'grants' : 'emergency payments'} for families who lost their homes.`,
];

/** Article `k` of an invented wildfire story: overlapping wordings, some numbers disagree. */
function spec(k: number): FixtureSpec {
  const n = k % 5 === 4 ? 45 : 40;
  const lead = `${SUBJECTS[k % 5]!} ${VERBS[(k * 3) % 5]!} ${AFTER[k % 3]!(n)}`;
  const body = [0, 1, 2, 3, 4].map((i) => OTHER[(k + i * 3) % OTHER.length]!(k + i));
  return { id: `w${k}`, outlet: `Outlet ${k % 9}`, published: new Date(Date.UTC(2026, 6, 1, k)).toISOString(), entities: ENTITIES, text: [lead, ...body, `Reporter ${k + 1} filed this update from the hillside at ${k % 12 + 1} o'clock.`].join(' ') };
}

/** Collects garbage when `--expose-gc` allows it, so one run's garbage is not timed in the next. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** One refresh of a story: align (with `memo` if given), then build the brief. */
function refresh(input: ReturnType<typeof story>, memo?: AlignMemo, options = {}): number {
  collect();
  const t0 = performance.now();
  const aligned = alignStory(options)(input, memo);
  buildBrief()({ id: 's1', title: 'Wildfire', articles: input.articles.map((a) => a.id), ...aligned }, input.articles);
  return performance.now() - t0;
}

/** Runs the section. */
export async function run(options: SectionOptions): Promise<ReportSection> {
  const size = 50;
  const runs = options.quick ? 3 : 7;
  const specs = Array.from({ length: size }, (_, k) => spec(k));
  const before = story(specs.slice(0, size - 1));
  const full = story(specs);
  const loadBefore = loadavg()[0]!;
  const corpus = specs.map((s) => s.text);
  const rows: string[] = [];
  for (const [label, alignOptions] of [['default (story word weights)', {}], ['fixed matcher corpus (weights unchanged)', { matcher: { corpus } }]] as const) {
    refresh(full, undefined, alignOptions);
    const cold: number[] = []; const warm: number[] = [];
    let fresh = 0; let reused = 0;
    for (let r = 0; r < runs; r++) {
      /* each timed refresh follows an untimed one of the 49 articles, so both see the same warm-up */
      refresh(before, undefined, alignOptions);
      cold.push(refresh(full, undefined, alignOptions));
      const memo = createAlignMemo();
      refresh(before, memo, alignOptions);
      const { hits, misses } = memo;
      warm.push(refresh(full, memo, alignOptions));
      fresh = memo.misses - misses; reused = memo.hits - hits;
    }
    const a = median(cold); const b = median(warm);
    rows.push(`| ${label} | ${size} | ${runs} | ${fixed(a, 1)} | ${fixed(b, 1)} | ${fixed(b / a, 2)} | ${fresh} | ${reused} |`);
  }
  const markdown = `Refresh of one story (\`alignStory\` + \`buildBrief\`, no store) when its ${size}th article arrives, without a memo
and with the story's \`AlignMemo\` filled by the refresh at ${size - 1} articles (the memo-filling refresh is not timed).
Invented 6-sentence articles with overlapping wordings and hand-built analyses; median of ${runs} runs each, same process,\nalternating, each timed refresh preceded by an untimed 49-article one and a forced GC (\`--expose-gc\`).
Judged pairs: fresh = matcher calls in the timed refresh, reused = memo hits. With the default options the matcher's
word weights blend in the story's own IDF, so one more article changes every weight and no earlier judgement is
reusable exactly; the second row fixes the matcher corpus to show what the memo saves when weights do not move.

| matcher weights | articles | runs | no memo ms | with memo ms | ratio | fresh pairs | reused pairs |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Machine: 2 cores shared with other jobs (1-minute load ${fixed(loadBefore, 1)} at the start, ${fixed(loadavg()[0]!, 1)} at the end).

Command: \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only incremental\``;
  return { title: 'Incremental story refresh (alignment memo)', markdown };
}
