import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentences } from '../sentences/index.js';
import { canonicalKey, findEntities } from './index.js';

function entities(text: string) {
  const { tokens, sentences } = readSentences({ text, title: null, headings: [] });
  return findEntities(tokens, sentences);
}
const byName = (text: string, name: string) => entities(text).entities.find((e) => e.name === name);

test('should give transliteration variants one canonical key', () => {
  assert.equal(canonicalKey('Zelenskyy'), canonicalKey('Zelensky'));
  assert.equal(canonicalKey('Zelenskiy'), canonicalKey('Zelensky'));
  assert.equal(canonicalKey('Dmitri Orlov'), canonicalKey('Dmitry Orlov'));
  assert.equal(canonicalKey('Kiev'), canonicalKey('Kyiv'));
  assert.notEqual(canonicalKey('Orlov'), canonicalKey('Popov'));
});

test('should resolve a surname to the person named in full and keep the role', () => {
  const found = entities('Harbour Board spokesman Ivan Orlov said the port would open. Orlov added that ships were waiting.');
  const orlov = found.entities.find((e) => e.name === 'Ivan Orlov');
  assert.ok(orlov);
  assert.equal(orlov.kind, 'person');
  assert.equal(orlov.mentions.length, 2);
  assert.ok(orlov.roles.some((r) => /spokesman/.test(r)));
});

test('should link a role nominal to the one person holding that role', () => {
  const found = entities('Kremlin spokesman Ivan Orlov spoke on Monday. The Kremlin spokesman later declined to comment.');
  const orlov = found.entities.find((e) => e.name === 'Ivan Orlov')!;
  assert.equal(orlov.mentions.length, 2);
  assert.ok(orlov.aliases.some((a) => /Kremlin spokesman/.test(a)));
});

test('should strip titles and country adjectives into roles', () => {
  const sybil = byName('Ukrainian Foreign Minister Anna Sybil met envoys.', 'Anna Sybil');
  assert.ok(sybil);
  assert.equal(sybil.kind, 'person');
  assert.ok(sybil.roles.includes('Ukrainian Foreign Minister'));
  assert.equal(byName('Ukrainian Foreign Minister Anna Sybil met envoys.', 'Ukrainian'), undefined);
});

test('should type places, agencies and institutions from the lexicons', () => {
  const text = 'The Kremlin told Interfax that talks in Abu Dhabi and Kyiv would go on.';
  assert.equal(byName(text, 'Kremlin')?.kind, 'organization');
  assert.equal(byName(text, 'Interfax')?.kind, 'organization');
  assert.equal(byName(text, 'Abu Dhabi')?.kind, 'place');
  assert.equal(byName(text, 'Kyiv')?.kind, 'place');
});

test('should type an organisation by its head word and a place by a preposition', () => {
  const text = 'The Harbour Workers Union said strikes spread to Varnholm.';
  assert.equal(byName(text, 'Harbour Workers Union')?.kind, 'organization');
  assert.equal(byName(text, 'Varnholm')?.kind, 'place');
});

test('should drop title-case headline words the body never mentions', () => {
  const found = entities('Ferry Chaos Grips Harbour\n\nIvan Orlov said ferries were late.');
  assert.equal(found.entities.some((e) => /Chaos|Ferry/.test(e.name)), false);
  assert.ok(found.entities.some((e) => e.name === 'Ivan Orlov'));
});

test('should point every mention at its entity and each token of it', () => {
  const text = 'Mayor Lena Holt visited Oslo. Holt left.';
  const found = entities(text);
  for (const m of found.mentions) assert.ok(found.entities[m.entity]!.mentions.some((s) => s.start === m.start && s.end === m.end));
});

test('should strip a multi-word country before a title ("United States President …") and join the surname', () => {
  const found = entities('United States President Ada Marlow met envoys. Later, Marlow spoke to the press.');
  const marlow = found.entities.find((e) => e.name === 'Ada Marlow');
  assert.ok(marlow);
  assert.equal(marlow.kind, 'person');
  assert.ok(marlow.roles.includes('United States President'));
  assert.equal(marlow.mentions.length, 2);
  assert.equal(found.entities.filter((e) => e.kind === 'person').length, 1);
});

test('should not make a capitalised role qualifier a person ("Harbour Policy Unit aide …" / "Port Foreign Policy aide …")', () => {
  const found = entities('Port Foreign Policy aide Ivan Orlov said the talks would go on.');
  assert.equal(found.entities.find((e) => e.name === 'Port Foreign Policy'), undefined);
  assert.ok(found.entities.find((e) => e.name === 'Ivan Orlov')?.roles.some((r) => /Foreign Policy aide/.test(r)));
  const board = entities('Harbour Board spokesman Ivan Orlov said the port would open.');
  assert.equal(board.entities.find((e) => e.name === 'Harbour Board')?.kind, 'organization');
});

test('should type "Ministry of …" and "… Ministry" as organisations, not people', () => {
  const found = entities('The Ruritanian Foreign Ministry rejected the plan. The Ministry of Harbour Affairs agreed.');
  assert.ok(!found.entities.some((e) => e.kind === 'person'));
  assert.equal(found.entities.find((e) => e.name === 'Ministry of Harbour Affairs')?.kind, 'organization');
});

test('should link a role-only mention to the one person holding the role, and drop it otherwise', () => {
  const found = entities('Ukrainian President Anna Sybil met envoys. Ukrainian President’s aides were cautious. A U.S. Official declined to comment.');
  const people = found.entities.filter((e) => e.kind === 'person');
  assert.deepEqual(people.map((e) => e.name), ['Anna Sybil']);
  assert.equal(people[0]!.mentions.length, 2);
  const two = entities('Ukrainian President Anna Sybil met Polish President Ivo Brandt. President Brandt spoke first. A President left early.');
  assert.ok(!two.entities.some((e) => e.name === 'President'));
  assert.equal(two.entities.find((e) => e.name === 'Ivo Brandt')?.mentions.length, 2);
});
