import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../index.js';
import type { Article } from '../../core/index.js';

function article(text: string): Article {
  return { id: 't', source: 't', outlet: null, title: null, published: null, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}
function contents(text: string): Array<{ speaker: string | null; content: string }> {
  const analysis = analyzeArticle({ skipQuantities: true })(article(text));
  const s = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return analysis.attributions.map((a) => ({ speaker: a.speaker ? s(a.speaker) : null, content: s(a.content) }));
}

test('should not read a leading setting phrase with a quoted show name as the content: "On “Show,” X said …"', () => {
  const [a, ...rest] = contents('Harbour news.\n\nIn an interview on “Harbour Morning,” Mayor Ilsa Brandt said the pier would close.\n\nThe ferry left.');
  assert.equal(rest.length, 0);
  assert.equal(a?.speaker, 'Mayor Ilsa Brandt');
  assert.equal(a?.content, 'the pier would close');
});

test('should keep a leading clause with a verb as the content: "…, X said"', () => {
  const [a] = contents('Harbour news.\n\nIn the spring the pier will close, Mayor Ilsa Brandt said.\n\nThe ferry left.');
  assert.equal(a?.content, 'In the spring the pier will close');
});

test('should not take a prepositional phrase after a reporting verb as reported words: "X replied to the letter"', () => {
  const list = contents('Harbour news.\n\nOrlov replied to the letter from the harbour board.\n\nOrlov complained about the ferry timetable to the board.');
  assert.deepEqual(list, []);
});
