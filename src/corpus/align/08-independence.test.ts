import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNearDuplicates } from '../dedup/index.js';
import { alignStory } from './index.js';
import { sourceGroups } from './08-independence.js';
import { story, type FixtureSpec } from './testing/fixture.js';

const WIRE = 'Four workers were rescued from a collapsed tunnel near Lorvik on Friday after two days underground. The regional fire service said the men were in stable condition and had been taken to the county hospital. Engineers will inspect the remaining section of the tunnel before any work resumes next month.';
const ENTITIES = [{ name: 'Lorvik', kind: 'place' as const }];
const COPY_A: FixtureSpec = { id: 'copy-a', outlet: 'Harbour Times', published: '2026-05-01T08:00:00Z', text: WIRE, entities: ENTITIES };
const COPY_B: FixtureSpec = { id: 'copy-b', outlet: 'Valley Courier', published: '2026-05-01T09:00:00Z', text: WIRE.replace('Four workers were', 'Four workers have been'), entities: ENTITIES };
const OWN: FixtureSpec = { id: 'own', outlet: 'Northern Gazette', published: '2026-05-01T11:00:00Z', text: 'Rescuers freed four workers from a collapsed tunnel near Lorvik on Friday, two days after the roof gave way. Local residents gathered outside the site to cheer the crews.', entities: ENTITIES };

test('should put a wire copy carried under two outlet names into one source group', () => {
  const articles = story([COPY_A, COPY_B, OWN]).articles;
  const copies = findNearDuplicates(articles);
  assert.ok(copies.some((c) => new Set([c.a, c.b]).has('copy-a') && new Set([c.a, c.b]).has('copy-b')), 'the two copies are found');
  const groups = sourceGroups(articles, copies.map((c) => ({ from: c.a, to: c.b })));
  assert.equal(groups[0], groups[1]);
  assert.notEqual(groups[0], groups[2]);
  assert.equal(new Set(sourceGroups(articles, [])).size, 3, 'without the copies, three outlet names are three sources');
});

test('should count a wire copy under two outlet names once toward a fact\'s outlets', () => {
  const result = alignStory()(story([COPY_A, COPY_B]));
  const fact = result.facts.find((f) => new Set(f.citations.map((c) => c.article)).size === 2);
  assert.ok(fact, 'the copied statement is one fact citing both copies');
  assert.equal(fact.outlets, 1);
  assert.equal(fact.status, 'single-source');
});

test('should count an independent outlet beside the copies as a second source', () => {
  const result = alignStory()(story([COPY_A, COPY_B, OWN]));
  const fact = result.facts.find((f) => new Set(f.citations.map((c) => c.article)).has('own') && new Set(f.citations.map((c) => c.article)).has('copy-a'));
  assert.ok(fact, 'the rescue is one fact across the copies and the independent report');
  assert.equal(fact.outlets, 2);
  assert.equal(fact.status, 'corroborated');
});
