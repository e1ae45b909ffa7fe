import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStory, createAlignMemo } from './index.js';
import { story, type FixtureSpec } from './testing/fixture.js';
import { createMatcher, type Matcher } from '../match/index.js';
import { buildStatements } from './02-statements.js';
import { judgePairs } from './03-pairs.js';
import { coherenceCheck, coreOf, EXACT_FACT_SIZE, groupFacts } from './04-facts.js';
import { DEFAULT_ALIGN_OPTIONS } from './types.js';

/**
 * `n` invented articles of eight sentences over one small vocabulary: every statement resembles many others, so facts
 * grow to one statement per article (the junk-flood shape that made grouping quadratic).
 */
function similarArticles(n: number): FixtureSpec[] {
  let state = 7;
  const next = (k: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) % k; };
  const pools = [
    'harbour council ministry operator union tribunal agency insurer regulator shipyard airline railway',
    'budget contract strike tariff levy subsidy ruling merger refund penalty pension audit',
    'cut freeze raise delay cancel review extend double halve approve block trim',
    'cranes ferries tugboats barges trawlers tankers freighters dredgers pilots dockers clerks engineers',
    'Veltham Nordhaven Kessling Arlo Brenmouth Tarrow Ostwick Lindale Harrowgate Eskby Calder Wendal',
  ].map((p) => p.split(' '));
  const word = (k: number) => pools[k]![next(pools[k]!.length)]!;
  const sentence = () => `The ${word(0)} ${word(1)} would ${word(2)} ${10 + next(90)} ${word(3)} near ${word(4)}, officials said.`;
  return Array.from({ length: n }, (_, i) => ({ id: `j${i}`, outlet: `Outlet ${i}`, text: Array.from({ length: 8 }, sentence).join(' ') }));
}

/** `n` copies of one four-sentence report, each with one word inserted into one sentence (the wire-copy shape). */
function wireCopies(n: number): FixtureSpec[] {
  const wire = [
    'A flash flood killed three people overnight in the Valmora region, officials said.',
    'Rescue teams evacuated hundreds of residents from the lower districts.',
    'The national weather office warned that more heavy rain would arrive later in the week.',
    'Roads into the valley stayed closed on Tuesday as crews cleared mud and debris.',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `w${i}`, outlet: `Outlet ${i}`,
    text: wire.map((s, k) => (k === i % 4 ? s.replace(' ', ` ${['local', 'state', 'also', 'new'][i % 4]} `) : s)).join(' '),
  }));
}

/** Statements and judged pairs of a fixture story, judged by `matcher`. */
function indexed(specs: FixtureSpec[], matcher: Matcher) {
  const { articles, analyses } = story(specs);
  const statements = buildStatements(articles, analyses, analyses.map((a) => a.entities.map(() => 'x')), matcher);
  return { statements, index: judgePairs(statements, matcher) };
}

test(`should group a story of at most EXACT_FACT_SIZE (${EXACT_FACT_SIZE}) articles exactly as the unbounded grouping`, () => {
  for (const specs of [similarArticles(EXACT_FACT_SIZE), wireCopies(EXACT_FACT_SIZE), similarArticles(12)]) {
    const { statements, index } = indexed(specs, createMatcher({}));
    const bounded = groupFacts(statements, index, DEFAULT_ALIGN_OPTIONS);
    const unbounded = groupFacts(statements, index, DEFAULT_ALIGN_OPTIONS, Infinity);
    assert.deepEqual(bounded, unbounded);
    assert.ok(bounded.some((g) => g.statements.length >= specs.length / 2), 'the story has big facts');
  }
});

test('should take the bounded path only for facts past EXACT_FACT_SIZE, and still group them', () => {
  const { statements, index } = indexed(wireCopies(2 * EXACT_FACT_SIZE), createMatcher({}));
  const groups = groupFacts(statements, index, DEFAULT_ALIGN_OPTIONS);
  /* the four sentences of the wire, each one fact of one statement per article */
  assert.deepEqual(groups.map((g) => g.statements.length).sort((a, b) => a - b).slice(-4), [64, 64, 64, 64]);
});

test('should judge a join onto a fact past EXACT_FACT_SIZE against at most EXACT_FACT_SIZE + 1 wordings', () => {
  const base = createMatcher({});
  let calls = 0;
  const counting: Matcher = { ...base, judgeTokens: (a, b) => { calls++; return base.judgeTokens(a, b); } };
  const { statements, index } = indexed(similarArticles(3 * EXACT_FACT_SIZE), counting);
  const join = coherenceCheck(statements, index, DEFAULT_ALIGN_OPTIONS);
  /* a big side of one statement from each of 2K articles, and single statements of other articles */
  const big = Array.from({ length: 2 * EXACT_FACT_SIZE }, (_, i) => statements.find((s) => s.articleIndex === i)!.id);
  const single = (i: number) => [statements.find((s) => s.articleIndex === i)!.id];
  const core = (other: number[]) => coreOf([...big, ...other].sort((x, y) => x - y), index);
  assert.equal(core([]).length, EXACT_FACT_SIZE + 1, 'the big side is past the exact size');
  join(big, single(2 * EXACT_FACT_SIZE), core(single(2 * EXACT_FACT_SIZE))); // the core's medoid, judged once
  for (let i = 2 * EXACT_FACT_SIZE + 1; i < 2 * EXACT_FACT_SIZE + 6; i++) {
    const before = calls;
    join(big, single(i), core(single(i)));
    assert.ok(calls - before <= EXACT_FACT_SIZE + 1, `${calls - before} judgements for one join`);
  }
});

test('should judge about linearly more pairs as a story of similar articles grows (the unbounded grouping: about 4x per doubling)', () => {
  const judged = (n: number) => {
    const memo = createAlignMemo(1e9);
    alignStory()(story(similarArticles(n)), memo);
    return memo.misses;
  };
  const small = judged(40); const large = judged(80);
  assert.ok(large / small < 2.8, `${small} judgements for 40 articles, ${large} for 80`);
});
