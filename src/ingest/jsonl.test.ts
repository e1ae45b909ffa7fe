import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseJsonlArticles } from './jsonl.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

test('should read JSONL records with text or html and their optional fields', () => {
  const { articles } = parseJsonlArticles(fixture('articles.jsonl'), 'dump.jsonl');
  assert.deepEqual(articles.map((a) => a.id), ['kiln-1', 'mill-2']);
  const [kiln, mill] = articles;
  assert.equal(kiln!.title, 'Pottery kiln restored');
  assert.equal(kiln!.outlet, 'Heritage Weekly');
  assert.equal(kiln!.author, 'Rosa Fenn');
  assert.equal(kiln!.published, '2025-02-03T00:00:00.000Z');
  assert.equal(kiln!.url, 'https://trust.example/kiln');
  assert.equal(kiln!.source, 'dump.jsonl:1');
  assert.match(mill!.text, /^The water mill on the river Esk/);
  assert.equal(mill!.source, 'dump.jsonl:3');
});

test('should report a malformed line and a record without text, naming file and line, and go on', () => {
  const { articles, diagnostics } = parseJsonlArticles(fixture('articles.jsonl'), 'dump.jsonl');
  assert.equal(articles.length, 2);
  const malformed = diagnostics.find((d) => d.rule === 'malformed-jsonl');
  assert.equal(malformed?.line, 2);
  assert.match(malformed!.reason, /dump\.jsonl:2/);
  const missing = diagnostics.find((d) => d.rule === 'missing-text');
  assert.equal(missing?.line, 4);
});

test('should give a record without id an id from the file and line, with a warning', () => {
  const { articles, diagnostics } = parseJsonlArticles('{"text":"A short note about the weather in the hills today."}\n', 'notes.jsonl');
  assert.equal(articles[0]!.id, 'notes-1');
  assert.equal(diagnostics[0]!.rule, 'missing-id');
});

test('should let --outlet override the record outlet and read a JSON array too', () => {
  const { articles } = parseJsonlArticles('[{"id":"a","text":"Rain fell all day in the valley towns.","outlet":"X"}]', 'a.json', { outlet: 'Forced' });
  assert.equal(articles[0]!.outlet, 'Forced');
});
