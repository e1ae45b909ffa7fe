import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../index.js';
import type { Article } from '../../core/index.js';

function article(text: string): Article {
  return { id: 't', source: 't', outlet: null, title: null, published: null, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}
function contents(text: string): Array<{ speaker: string | null; pieces: string[] }> {
  const analysis = analyzeArticle({ skipQuantities: true })(article(text));
  const s = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return analysis.attributions.map((a) => ({ speaker: a.speaker ? s(a.speaker) : null, pieces: (a.pieces ?? [a.content]).map(s) }));
}

test('should join a short quoted sentence to the previous speaker in the same paragraph', () => {
  const list = contents('Ferry news.\n\n“Will the ferry run on Sunday?” Captain Ilsa Brandt asked. “Nobody knows.”\n\nThe port stays open.');
  assert.equal(list.length, 1);
  assert.equal(list[0]?.speaker, 'Captain Ilsa Brandt');
  assert.deepEqual(list[0]?.pieces, ['Will the ferry run on Sunday?', 'Nobody knows.']);
});

test('should not keep a short quoted sentence as an unattributed quotation when nobody spoke before it', () => {
  const list = contents('Ferry news.\n\nThe port stays open all week.\n\n“Nobody knows.”\n\nThe ferry left.');
  assert.equal(list.length, 0);
});

test('should not join a short quoted sentence across a paragraph break', () => {
  const list = contents('Ferry news.\n\n“Will the ferry run on Sunday?” Captain Ilsa Brandt asked.\n\n“Nobody knows.”\n\nThe port stays open.');
  assert.equal(list.length, 1);
  assert.deepEqual(list[0]?.pieces, ['Will the ferry run on Sunday?']);
});

test('should join a quotation that resumes after a participle phrase: "“A,” X said, referring to B, “C.”"', () => {
  const list = contents('Harbour report.\n\n“Each time the tide turns,” Orlov said, pointing at the old pier, “the boats drift toward the rocks.”\n\nThe pier will close.');
  assert.equal(list.length, 1);
  assert.equal(list[0]?.speaker, 'Orlov');
  assert.deepEqual(list[0]?.pieces, ['Each time the tide turns', 'the boats drift toward the rocks.']);
});
