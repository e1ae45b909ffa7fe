import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStory } from './index.js';
import { story, type FixtureSpec } from './testing/fixture.js';

const PEOPLE = [
  { name: 'Valmora', kind: 'place' as const },
  { name: 'Ilse Brandt', kind: 'person' as const, aliases: ['Brandt'] },
  { name: 'Petra Lind', kind: 'person' as const },
  { name: 'Tomas Okafor', kind: 'person' as const },
  { name: 'Nordwire', kind: 'organization' as const },
];

const LEDGER: FixtureSpec = {
  id: 'ledger', outlet: 'Daily Ledger', published: '2026-03-02T08:00:00Z', entities: PEOPLE,
  text: 'Three people were killed in Valmora when a river burst its banks overnight. Rescue teams evacuated hundreds of residents from the lower districts on Tuesday. Regional spokeswoman Ilse Brandt told Nordwire: "We will rebuild every bridge that the water destroyed." Mayor Petra Lind proposed that the army help clear the blocked mountain roads.',
  quotes: [{ content: 'We will rebuild every bridge that the water destroyed.', speaker: 'Ilse Brandt', venue: 'Nordwire' }],
};
const POST: FixtureSpec = {
  id: 'post', outlet: 'Evening Post', published: '2026-03-02T10:00:00Z', entities: PEOPLE,
  text: 'A flash flood killed three people overnight in the Valmora region, local officials said. Brandt said: "We will rebuild each bridge the water destroyed." The national weather office warned that more heavy rain would arrive later in the week. Interior minister Tomas Okafor proposed that soldiers help clear the mountain roads.',
  quotes: [{ content: 'We will rebuild each bridge the water destroyed.', speaker: 'Brandt' }],
};
const HERALD: FixtureSpec = {
  id: 'herald', outlet: 'Coast Herald', published: '2026-03-02T12:00:00Z', entities: PEOPLE,
  text: 'The overnight flooding in Valmora resulted in three fatalities, according to the regional government. Schools in the district will stay closed until further notice, the education board announced.',
};

const cited = (fact: { citations: Array<{ article: string }> }) => new Set(fact.citations.map((c) => c.article));

test('should group three wordings of one casualty report into one corroborated fact from three outlets', () => {
  const result = alignStory()(story([LEDGER, POST, HERALD]));
  const deaths = result.facts.find((f) => cited(f).has('herald') && cited(f).size === 3);
  assert.ok(deaths, 'a fact cites all three articles');
  assert.deepEqual(cited(deaths), new Set(['ledger', 'post', 'herald']));
  assert.equal(deaths.status, 'corroborated');
  assert.equal(deaths.outlets, 3);
});

test('should keep a claim made by one outlet single-source', () => {
  const result = alignStory()(story([LEDGER, POST, HERALD]));
  const schools = result.facts.find((f) => f.text.includes('Schools in the district'));
  assert.ok(schools);
  assert.equal(schools.status, 'single-source');
  assert.equal(schools.outlets, 1);
  assert.deepEqual(cited(schools), new Set(['herald']));
});

test('should report who proposed it as a conflict with citations on each side', () => {
  const result = alignStory()(story([LEDGER, POST, HERALD]));
  const disputed = result.facts.find((f) => f.conflicts.some((c) => /who/.test(c.reason)));
  assert.ok(disputed, 'a who-proposed conflict');
  assert.equal(disputed.status, 'disputed');
  const conflict = disputed.conflicts.find((c) => /who/.test(c.reason))!;
  assert.match(conflict.reason, /Petra Lind/);
  assert.match(conflict.reason, /Tomas Okafor/);
  assert.deepEqual(new Set(conflict.citations.map((c) => c.article)), new Set(['ledger', 'post']));
});

test('should report a number clash between two reports of one event', () => {
  const more: FixtureSpec = { ...POST, text: POST.text.replace('killed three people', 'killed five people') };
  const result = alignStory()(story([LEDGER, more]));
  const disputed = result.facts.find((f) => f.conflicts.some((c) => /number/.test(c.reason)));
  assert.ok(disputed);
  assert.match(disputed.conflicts[0]!.reason, /3 vs 5|5 vs 3/);
});

test('should not take a count of injured for a clash with a count of dead', () => {
  const injured: FixtureSpec = { ...POST, text: POST.text.replace('A flash flood killed three people overnight', 'A flash flood injured five people overnight') };
  const result = alignStory()(story([LEDGER, injured]));
  assert.ok(!result.facts.some((f) => f.conflicts.some((c) => /number/.test(c.reason))));
});

test('should merge one quote carried by two outlets in slightly different words, keeping the earliest venue', () => {
  const result = alignStory()(story([POST, LEDGER]));
  const quote = result.quotes.find((q) => q.citations.length === 2);
  assert.ok(quote, 'one quote with two citations');
  assert.equal(quote.venue, 'Nordwire');
  assert.equal(quote.text, 'We will rebuild every bridge that the water destroyed.');
  assert.equal(quote.citations[0]!.article, 'ledger');
  assert.equal(quote.speakerName, 'Ilse Brandt');
});

test('should count an outlet and its near-copy as one source and record the copy in lineage', () => {
  const copy: FixtureSpec = { ...LEDGER, id: 'copy', outlet: 'Aggregator', published: '2026-03-02T09:00:00Z' };
  const result = alignStory()(story([LEDGER, copy]));
  const deaths = result.facts.find((f) => f.text.startsWith('Three people were killed'))!;
  assert.equal(cited(deaths).size, 2);
  assert.equal(deaths.outlets, 1);
  assert.equal(deaths.status, 'single-source');
  assert.deepEqual(result.lineage.map((l) => [l.from, l.to, l.kind]), [['ledger', 'copy', 'copy']]);
});

test('should find a machine rewrite with a blank left where the date was', () => {
  const rewrite: FixtureSpec = {
    id: 'rewrite', outlet: 'Content Farm', entities: PEOPLE,
    text: 'On , a river burst its banks in Valmora and three people were killed overnight. Rescue crews evacuated hundreds of residents from the lower districts. Mayor Petra Lind proposed that the army help clear the blocked mountain roads.',
  };
  const result = alignStory()(story([LEDGER, rewrite, HERALD]));
  const link = result.lineage.find((l) => l.to === 'rewrite');
  assert.ok(link, 'the rewrite is derived');
  assert.equal(link.from, 'ledger');
  assert.equal(link.kind, 'rewrite');
  assert.ok(link.score > 0 && link.score <= 1);
  assert.ok(!result.lineage.some((l) => l.to === 'herald' || l.from === 'herald'));
});

test('should give a marked rewrite one source when another outlet shares its facts but none of its wording', () => {
  const rewrite: FixtureSpec = {
    id: 'rewrite', outlet: 'Content Farm', entities: PEOPLE,
    text: 'On , three people were killed in Valmora when a river burst its banks overnight. Rescue teams evacuated hundreds of residents from the lower districts. Mayor Petra Lind proposed that the army help clear the blocked mountain roads.',
  };
  const result = alignStory()(story([LEDGER, POST, rewrite]));
  const sources = result.lineage.filter((l) => l.to === 'rewrite').map((l) => l.from);
  assert.deepEqual(sources, ['ledger'], JSON.stringify(result.lineage));
});

test('should keep a second source of a marked rewrite that supplied wording and facts of its own', () => {
  const rewrite: FixtureSpec = {
    id: 'rewrite', outlet: 'Content Farm', entities: PEOPLE,
    text: 'On , three people were killed in Valmora when a river burst its banks overnight. Rescue teams evacuated hundreds of residents from the lower districts. Schools in the district will stay closed until further notice, the education board announced.',
  };
  const result = alignStory()(story([LEDGER, HERALD, rewrite]));
  const sources = result.lineage.filter((l) => l.to === 'rewrite').map((l) => l.from).sort();
  assert.deepEqual(sources, ['herald', 'ledger'], JSON.stringify(result.lineage));
});

test('should not take two outlets quoting one long statement for copies', () => {
  const words = 'The embankment failed because the maintenance budget was cut three years ago and nobody listened to the engineers.';
  const a: FixtureSpec = { id: 'a', outlet: 'One', entities: PEOPLE, text: `Engineers in Valmora blamed the city council. "${words}" Brandt told reporters at the town hall. Shops remained shut across the old town.`, quotes: [{ content: words, speaker: 'Brandt' }] };
  const b: FixtureSpec = { id: 'b', outlet: 'Two', entities: PEOPLE, text: `Ilse Brandt did not hold back on Wednesday. "${words}" The regional parliament will debate an emergency fund next month.`, quotes: [{ content: words, speaker: 'Ilse Brandt' }] };
  const result = alignStory()(story([a, b]));
  assert.deepEqual(result.lineage, []);
  assert.equal(result.quotes.find((q) => q.text === words)?.citations.length, 2);
});

test('should join an entity across articles by key and a lone surname to its full name', () => {
  const result = alignStory()(story([LEDGER, POST]));
  const brandt = result.entities.filter((e) => e.name === 'Ilse Brandt' || e.aliases.includes('Brandt'));
  assert.equal(brandt.length, 1);
  assert.equal(brandt[0]!.kind, 'person');
  assert.deepEqual(new Set(brandt[0]!.mentions.map((m) => m.article)), new Set(['ledger', 'post']));
});

test('should reject an unknown option with E_UNKNOWN_OPTION and a score outside 0–1 with E_BAD_OPTION', () => {
  assert.throws(() => alignStory({ nope: 1 } as never), (e: Error & { code?: string }) => e.code === 'E_UNKNOWN_OPTION');
  assert.throws(() => alignStory({ linkScore: 3 }), (e: Error & { code?: string }) => e.code === 'E_BAD_OPTION');
});

test('should return empty results for a story without analysable text', () => {
  const result = alignStory()(story([{ id: 'empty', text: '' }]));
  assert.deepEqual(result, { entities: [], quotes: [], facts: [], lineage: [] });
});

/* ---- candidate generation, coherence, quotes, slots, stability ---- */

import { createMatcher } from '../match/index.js';
import { judgePairs } from './03-pairs.js';
import { coherent, joinSides } from './04-facts.js';
import { buildStatements } from './02-statements.js';
import { DEFAULT_ALIGN_OPTIONS } from './types.js';

/** A generated story: `n` articles, each taking some of a few wordings and some article-specific filler. */
function bigStory(n: number): FixtureSpec[] {
  const wordings = [
    ['A flash flood killed three people overnight in the Valmora region, officials said.', 'Three people were killed in Valmora when a river burst its banks overnight.'],
    ['Rescue teams evacuated hundreds of residents from the lower districts.', 'Hundreds of residents were evacuated from the lower districts by rescue teams.'],
    ['The national weather office warned that more heavy rain would arrive later in the week.', 'More heavy rain is expected later in the week, the weather office warned.'],
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`, outlet: `Outlet ${i}`, entities: PEOPLE,
    text: `${wordings.map((w, k) => w[(i + k) % w.length]).join(' ')} Local volunteer group number ${i} handed out ${i + 2} blankets near shelter ${i}.`,
  }));
}

test('should judge each pair of wordings once, never two statements of one article, and far fewer than all pairs', () => {
  const { articles, analyses } = story(bigStory(40));
  const base = createMatcher({});
  let calls = 0;
  const seen: Array<[string, string]> = [];
  const counting = { ...base, judgeTokens: (a: Parameters<typeof base.judgeTokens>[0], b: Parameters<typeof base.judgeTokens>[1]) => { calls++; seen.push([a.map((t) => t.lower).join(' '), b.map((t) => t.lower).join(' ')]); return base.judgeTokens(a, b); } };
  const statements = buildStatements(articles, analyses, analyses.map((a) => a.entities.map(() => 'x')), counting);
  const index = judgePairs(statements, counting);
  const all = (statements.length * (statements.length - 1)) / 2;
  assert.ok(calls < all / 10, `${calls} judgements for ${all} pairs`);
  assert.equal(new Set(seen.map(([a, b]) => `${a}|${b}`)).size, seen.length, 'no pair of wordings judged twice');
  for (const p of index.pairs) assert.notEqual(statements[p.a]!.articleIndex, statements[p.b]!.articleIndex);
  const deaths = alignStory()(story(bigStory(40))).facts.find((f) => /killed/.test(f.text))!;
  assert.equal(new Set(deaths.citations.map((c) => c.article)).size, 40);
});

test('should not let conflicts chain: a disputed fact takes no further side', () => {
  const a = { statements: [0], pairs: [] }; const b = { statements: [1], pairs: [] }; const c = { statements: [2], pairs: [] };
  const ab = joinSides(a, b)!;
  assert.deepEqual(ab.statements, [0, 1]);
  assert.equal(joinSides(ab, c), null);
});

test('should keep a fact coherent: a wording unrelated to the others is refused even when it matches one member', () => {
  const { articles, analyses } = story([
    { id: 'x', text: 'The council approved a new budget for road repairs on Monday evening.' },
    { id: 'y', text: 'The council approved the road repair budget, and the mayor resigned after the vote.' },
    { id: 'z', text: 'The mayor resigned after a heated vote and left the town hall in silence.' },
  ]);
  const matcher = createMatcher({});
  const statements = buildStatements(articles, analyses, analyses.map(() => []), matcher);
  const index = judgePairs(statements, matcher);
  const loose = { ...DEFAULT_ALIGN_OPTIONS, coherenceScore: 0 };
  assert.ok(index.similarity(0, 2) < 0.25, `x~z ${index.similarity(0, 2)}`);
  assert.equal(coherent([0, 1, 2], statements, index, loose), false);
  assert.ok(index.similarity(0, 1) >= 0.25 && index.similarity(1, 2) >= 0.25, 'y matches both x and z');
  assert.equal(coherent([0, 1], statements, index, loose), true, 'the check can pass');
});

test('should not merge two quotes of one speaker that share only a few words, but merge a reworded opening', () => {
  const people = [...PEOPLE, { name: 'Karl Vesk', kind: 'person' as const }];
  const one = 'If the talks succeed, we will guarantee his safety and the conditions for his work in the capital.';
  const two = 'In that case, we will guarantee his safety and the conditions for his work in the capital.';
  const other = 'We will not accept any conditions that the capital sets before the talks.';
  const result = alignStory()(story([
    { id: 'p', outlet: 'P', published: '2026-03-02T08:00:00Z', entities: people, text: `Karl Vesk said: "${one}" Nothing else was announced.`, quotes: [{ content: one, speaker: 'Karl Vesk' }] },
    { id: 'q', outlet: 'Q', published: '2026-03-02T09:00:00Z', entities: people, text: `"${two}" Karl Vesk told reporters.`, quotes: [{ content: two, speaker: 'Karl Vesk' }] },
    { id: 'r', outlet: 'R', published: '2026-03-02T10:00:00Z', entities: people, text: `Karl Vesk said: "${other}" The meeting ended early.`, quotes: [{ content: other, speaker: 'Karl Vesk' }] },
  ]));
  const merged = result.quotes.find((q) => q.citations.length > 1);
  assert.ok(merged, 'the two openings are one quote');
  assert.deepEqual(merged.citations.map((c) => c.article), ['p', 'q']);
  assert.ok(result.quotes.some((q) => q.text === other && q.citations.length === 1));
});

test('should only report a date clash when both reports date the same predicate', () => {
  const same = alignStory()(story([
    { id: 'a', outlet: 'A', entities: PEOPLE, text: 'The bridge over the river in Valmora collapsed on Tuesday after days of heavy rain.' },
    { id: 'b', outlet: 'B', entities: PEOPLE, text: 'The bridge over the river in Valmora collapsed on Wednesday after days of heavy rain.' },
  ]));
  assert.ok(same.facts.some((f) => f.conflicts.some((c) => /date differs/.test(c.reason))), 'same slot, different day');
  const other = alignStory()(story([
    { id: 'a', outlet: 'A', entities: PEOPLE, text: 'The bridge over the river in Valmora collapsed after days of heavy rain, engineers said on Tuesday.' },
    { id: 'b', outlet: 'B', entities: PEOPLE, text: 'On Wednesday, the bridge over the river in Valmora collapsed after days of heavy rain.' },
  ]));
  assert.ok(!other.facts.some((f) => f.conflicts.some((c) => /date differs/.test(c.reason))), JSON.stringify(other.facts.map((f) => f.conflicts)));
});

test('should never make a fact of a heading or boilerplate, and give the same ids and order on every run', () => {
  const specs: FixtureSpec[] = [
    { ...LEDGER, text: `Flood Hits Valmora Region\n${LEDGER.text}\nHow Has The Council Answered The Flooded Villages?\nWhy The Dams Failed Under The Spring Rain.\nAdvertisement\nAlso read: ten things to know about river floods.\nMira is committed to telling the stories that matter to rural readers.` },
    POST, HERALD,
  ];
  const first = alignStory()(story(specs));
  const again = alignStory()(story(specs));
  assert.deepEqual(again.facts.map((f) => [f.id, f.text]), first.facts.map((f) => [f.id, f.text]));
  for (const f of first.facts) assert.doesNotMatch(f.text, /^(Flood Hits|How Has|Why The|Advertisement|Also read|Mira is)/);
  /* a sentence made mostly of names is news, not a heading */
  const names = alignStory()(story([{ id: 'n', entities: PEOPLE, text: 'Ilse Brandt met Petra Lind and Tomas Okafor in Valmora.' }]));
  assert.equal(names.facts.length, 1);
  assert.deepEqual(first.facts.map((f) => f.id), first.facts.map((_, i) => `f${i + 1}`));
});
