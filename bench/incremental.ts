/**
 * Incremental story refresh: time of the alignment + brief refresh for the last article of a 50- and a 200-article
 * story, from scratch and through the story's memos (left by the refresh one article earlier), medians in one process.
 */
import { loadavg } from 'node:os';
import { alignStory, createAlignMemo, type AlignMemo } from '../src/corpus/align/index.js';
import { buildBrief, createBriefMemo, type BriefMemo } from '../src/brief/index.js';
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

/** A story's kept state between refreshes: its alignment memo and its brief memo. */
interface Memos { align: AlignMemo; brief: BriefMemo }

/** One refresh of a story: align, then build the brief (through `memos` if given); wall and CPU times, and the result. */
function refresh(input: ReturnType<typeof story>, memos?: Memos): { align: number; brief: number; cpu: number; result: string } {
  collect();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const aligned = alignStory()(input, memos?.align);
  const t1 = performance.now();
  const brief = buildBrief()({ id: 's1', title: 'Wildfire', articles: input.articles.map((a) => a.id), ...aligned }, input.articles, memos?.brief);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { align: t1 - t0, brief: t2 - t1, cpu: (cpu.user + cpu.system) / 1000, result: JSON.stringify({ aligned, brief }) };
}

/** Measures the refresh for the `size`th article of a story, `runs` times each way, alternating. */
function measure(size: number, runs: number): string {
  const specs = Array.from({ length: size }, (_, k) => spec(k));
  const before = story(specs.slice(0, size - 1));
  const full = story(specs);
  refresh(full);
  const cold: number[] = []; const warm: number[] = []; const coldCpu: number[] = []; const warmCpu: number[] = [];
  const parts = { coldAlign: [] as number[], coldBrief: [] as number[], warmAlign: [] as number[], warmBrief: [] as number[] };
  let fresh = 0; let reused = 0; let factsFresh = 0; let factsReused = 0;
  for (let r = 0; r < runs; r++) {
    /* each timed refresh follows an untimed one of the first size − 1 articles, so both see the same warm-up */
    refresh(before);
    const c = refresh(full);
    const memos = { align: createAlignMemo(), brief: createBriefMemo() };
    refresh(before, memos);
    const { hits, misses } = memos.align; const bh = memos.brief.hits; const bm = memos.brief.misses;
    const w = refresh(full, memos);
    if (w.result !== c.result) throw new Error(`incremental: the refresh through the memo differs from the one from scratch at ${size} articles`);
    cold.push(c.align + c.brief); warm.push(w.align + w.brief); coldCpu.push(c.cpu); warmCpu.push(w.cpu);
    parts.coldAlign.push(c.align); parts.coldBrief.push(c.brief); parts.warmAlign.push(w.align); parts.warmBrief.push(w.brief);
    fresh = memos.align.misses - misses; reused = memos.align.hits - hits;
    factsFresh = memos.brief.misses - bm; factsReused = memos.brief.hits - bh;
  }
  const a = median(cold); const b = median(warm); const ac = median(coldCpu); const bc = median(warmCpu);
  console.log(`[incremental] ${size}: from scratch ${fixed(a, 1)} ms (CPU ${fixed(ac, 1)}), incremental ${fixed(b, 1)} ms (CPU ${fixed(bc, 1)})`);
  return `| ${size} | ${runs} | ${fixed(a, 1)} (${fixed(median(parts.coldAlign), 1)} + ${fixed(median(parts.coldBrief), 1)}) | ${fixed(ac, 1)} | ${fixed(b, 1)} (${fixed(median(parts.warmAlign), 1)} + ${fixed(median(parts.warmBrief), 1)}) | ${fixed(bc, 1)} | ${fixed(b / a, 2)} | ${fixed(bc / ac, 2)} | ${fresh} / ${reused} | ${factsFresh} / ${factsReused} |`;
}

/** Runs the section. */
export async function run(options: SectionOptions): Promise<ReportSection> {
  const runs = options.quick ? 3 : 7;
  const loadBefore = loadavg()[0]!;
  const rows = [50, 200].map((size) => measure(size, size > 100 ? Math.max(3, runs - 2) : runs));
  const markdown = `Refresh of one story (\`alignStory\` + \`buildBrief\`, no store) when its last article arrives: from scratch (no memo), and
incrementally, through the story's \`AlignMemo\` and \`BriefMemo\` as the refresh before it (one article fewer, not timed) left them.
Invented 6-sentence articles with overlapping wordings and hand-built analyses; medians of the runs, same process,
alternating, each timed refresh preceded by an untimed one of one article fewer and a forced GC (\`--expose-gc\`);
ms = wall clock, CPU ms = this process's user + system time over the same refresh (less sensitive to other jobs).
Every incremental result was checked equal (JSON) to the one from scratch.

What the memos keep: each sentence's tokens and the matcher verdict per pair of wordings (word weights come from the
story's earliest 2^k articles, or all of a story of at most 16, so they stay put while the story grows; see
\`src/corpus/align/weights.ts\`), per article its lineage shingles, rewrite marks and MinHash signature, per article pair
its shared phrasing and copy similarity, and in the brief each cited sentence's entry and each fact's candidates.
Recomputed every time: entity joining, statement records, candidate blocking, fact grouping, conflicts, quotes,
the lineage scores of every article pair (from the kept pair values), and the brief's scoring and choice.

| articles | runs | from scratch ms (align + brief) | CPU ms | incremental ms (align + brief) | CPU ms | ratio | CPU ratio | pairs judged / reused | brief facts rebuilt / reused |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

The 200-article story links nearly every pair of articles by lineage (the invented articles share most of their wording),
so its lineage pass, quadratic in articles and recomputed every time, is a large part of what is left.
Machine: 2 cores shared with other jobs (1-minute load ${fixed(loadBefore, 1)} at the start, ${fixed(loadavg()[0]!, 1)} at the end).

Command: \`npx tsc -p . ; node --expose-gc dist/bench/main.js --only incremental\``;
  return { title: 'Incremental story refresh (alignment and brief memos)', markdown };
}
