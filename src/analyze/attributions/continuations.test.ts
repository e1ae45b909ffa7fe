import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../index.js';
import { covered, indexPieces } from './07-continuations.js';
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

test('should find overlaps with the piece index exactly as a scan of every piece does, pieces in any order', () => {
  let state = 7;
  const next = (n: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) % n; };
  const span = () => { const start = next(500); return { start, end: start + next(60) }; };
  for (let round = 0; round < 50; round++) {
    const attributions = Array.from({ length: next(6) }, () => ({ content: Array.from({ length: 1 + next(3) }, span) }));
    const index = indexPieces(attributions);
    for (let k = 0; k < 40; k++) {
      const probe = span();
      const scan = attributions.some((a) => a.content.some((c) => c.start < probe.end && probe.start < c.end));
      assert.equal(covered(probe, index), scan, `probe ${probe.start}-${probe.end}`);
    }
  }
});
