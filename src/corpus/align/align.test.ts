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
