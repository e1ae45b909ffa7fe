import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStory, createAlignMemo } from './index.js';
import { story, type FixtureSpec } from './testing/fixture.js';

const ENTITIES = [
  { name: 'Korvel', kind: 'place' as const },
  { name: 'Anja Merrow', kind: 'person' as const, aliases: ['Merrow'] },
  { name: 'Dunmark Transit', kind: 'organization' as const },
];
const OPENINGS = [
  (n: number) => `A landslide near Korvel blocked the northern railway line and stranded ${n} passengers overnight.`,
  (n: number) => `The northern railway near Korvel was cut by a landslide, leaving ${n} passengers stranded through the night.`,
  (n: number) => `Rocks and mud buried the tracks outside Korvel, where ${n} travellers spent the night in their carriages.`,
];
const MIDDLES = [
  'Dunmark Transit said crews would need at least four days to clear the debris from the line.',
  'Engineers from Dunmark Transit expect the clearing work to take four days or more.',
  'Anja Merrow, who leads the regional council, said buses would replace trains until the line reopens.',
  'Replacement buses will run between the stations while the line stays closed, Merrow said.',
  'Geologists warned that the slope above the tracks remained unstable after heavy autumn rain.',
];

/** Article `k` of an invented story: varied wordings, some repeated, numbers that disagree now and then. */
function spec(k: number): FixtureSpec {
  const n = k % 4 === 3 ? 240 : 200;
  const text = [OPENINGS[k % 3]!(n), MIDDLES[k % 5]!, MIDDLES[(k * 2 + 1) % 5]!, `Local reporter ${k + 1} counted ${k + 5} repair vehicles at the site on Friday.`].join(' ');
  return { id: `a${k}`, outlet: `Outlet ${k % 6}`, published: `2026-05-0${1 + (k % 5)}T0${k % 10}:00:00Z`, entities: ENTITIES, text };
}

test('should give, at every step of a story built one article at a time, the same alignment with the memo as without', () => {
  const memo = createAlignMemo();
  const specs: FixtureSpec[] = [];
  for (let k = 0; k < 9; k++) {
    specs.push(spec(k));
    const input = story(specs);
    assert.deepEqual(alignStory()(input, memo), alignStory()(input), `after article ${k + 1}`);
  }
  assert.ok(memo.misses > 0, 'pairs were judged through the memo');
});

test('should judge on a second call only the pairs that involve the new article when word weights stay the same', () => {
  const specs = Array.from({ length: 8 }, (_, k) => spec(k));
  /* a fixed matcher corpus keeps every word weight unchanged between the two calls */
  const corpus = specs.map((s) => s.text);
  const align = alignStory({ matcher: { corpus } });
  const memo = createAlignMemo();
  align(story(specs.slice(0, 7)), memo);
  const before = { hits: memo.hits, misses: memo.misses };
  const full = story(specs);
  const again = align(full, memo);
  assert.deepEqual(again, align(full));
  assert.ok(memo.hits - before.hits > 0, 'earlier judgements were reused');
  /* from scratch the full story needs every judgement; with the memo only the new ones */
  const scratch = createAlignMemo();
  align(full, scratch);
  const old = createAlignMemo();
  align(story(specs.slice(0, 7)), old);
  const oldSides = new Set([...old.judged.keys()].flatMap((key) => key.split('|')));
  const added = [...memo.judged.keys()].filter((key) => !old.judged.has(key));
  assert.equal(added.length, memo.misses - before.misses);
  assert.ok(memo.misses - before.misses < scratch.misses, `${memo.misses - before.misses} fresh of ${scratch.misses}`);
  assert.ok(added.every((key) => key.split('|').some((side) => !oldSides.has(side))), 'fresh pairs involve a new wording');
});

test('should keep no more judged pairs than the memo bound', () => {
  const memo = createAlignMemo(5);
  alignStory()(story(Array.from({ length: 6 }, (_, k) => spec(k))), memo);
  assert.ok(memo.judged.size <= 5);
  assert.ok(memo.misses > 5, 'more pairs were judged than kept');
});

test('should empty the memo when the matcher options change', () => {
  const memo = createAlignMemo();
  const input = story([spec(0), spec(1), spec(2)]);
  alignStory()(input, memo);
  assert.deepEqual(alignStory({ matcher: { threshold: 0.99 } })(input, memo), alignStory({ matcher: { threshold: 0.99 } })(input));
  const hits = memo.hits;
  alignStory({ matcher: { threshold: 0.99 } })(input, memo);
  assert.ok(memo.hits > hits, 'the refilled memo serves the same options');
});

/** Article `k` published `k` hours into the story, so each new one is the latest. */
const timed = (k: number): FixtureSpec => ({ ...spec(k), published: new Date(Date.UTC(2026, 4, 1, k)).toISOString() });

test('should keep word weights, and so judged pairs, while a story past the full-weight size grows', () => {
  const specs = Array.from({ length: 21 }, (_, k) => timed(k));
  const memo = createAlignMemo();
  for (let k = 1; k <= 20; k++) {
    const input = story(specs.slice(0, k));
    assert.deepEqual(alignStory()(input, memo), alignStory()(input), `after article ${k}`);
  }
  const before = { hits: memo.hits, misses: memo.misses };
  const full = story(specs);
  assert.deepEqual(alignStory()(full, memo), alignStory()(full));
  const scratch = createAlignMemo();
  alignStory()(full, scratch);
  assert.ok(memo.hits - before.hits > 0, 'judgements of the 20-article story were reused');
  assert.ok(memo.misses - before.misses < scratch.misses / 2, `${memo.misses - before.misses} judged afresh of ${scratch.misses}`);
});

test('should judge everything again when an article older than the weighing ones arrives', () => {
  const specs = Array.from({ length: 18 }, (_, k) => timed(k));
  const memo = createAlignMemo();
  alignStory()(story(specs), memo);
  const misses = memo.misses;
  /* published before every other article: the earliest 16 change, so the word weights do */
  const early: FixtureSpec = { ...timed(18), published: '2026-04-01T00:00:00Z' };
  const input = story([...specs, early]);
  assert.deepEqual(alignStory()(input, memo), alignStory()(input));
  const scratch = createAlignMemo();
  alignStory()(input, scratch);
  assert.equal(memo.misses - misses, scratch.misses, 'no judgement survives a change of word weights');
});
