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
