import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeBatch, type BatchStages } from './analyze-batch.js';
import { testContext } from '../../test/support/context.js';
import { ferryArticles, makeArticle } from '../brief/testing/ferry-story.js';
import { contractProblems } from '../brief/testing/contract.js';
import type { Article, Fact } from '../core/index.js';

const tram = [
  makeArticle('tram-1', 'Harbor Times', 'The Velmora city council voted 21 to 9 on Monday to build a tram line linking the harbour to the university campus.\n\nThe tram line will cost 240 million euros and open in 2030, the council said.', [], '2026-03-02T18:00:00Z'),
  makeArticle('tram-2', 'Coastal Post', 'Velmora city council on Monday approved a tram line between the harbour and the university campus by 21 votes to 9.\n\nThe council said the tram line would cost 240 million euros and open in 2030.', [], '2026-03-02T19:00:00Z'),
];

/** A test align: every analysed sentence becomes a fact cited by its own article (enough to exercise the wiring). */
function sentenceAlign(calls: string[][]): BatchStages['align'] {
  return ({ articles, analyses }) => {
    calls.push(articles.map((a) => a.id));
    const facts: Fact[] = analyses.flatMap((an, i) => an.sentences.filter((s) => !s.heading).map((s, j) => ({
      id: `${articles[i]!.id}-${j}`, text: articles[i]!.text.slice(s.start, s.end), status: 'single-source' as const, outlets: 1,
      citations: [{ article: articles[i]!.id, start: s.start, end: s.end }], conflicts: [],
    })));
    return { entities: [], quotes: [], facts, lineage: [] };
  };
}

test('should group a batch by the clusterer\'s labels and align each story with its own articles', () => {
  const calls: string[][] = [];
  const articles: Article[] = [...ferryArticles(), ...tram];
  const byTopic: BatchStages['cluster'] = (list, analyses) => {
    assert.equal(analyses.length, list.length);
    return list.map((a) => (a.id.startsWith('tram') ? 'b' : 'a'));
  };
  const result = analyzeBatch(articles, testContext(), { stages: { align: sentenceAlign(calls), cluster: byTopic } });
  assert.equal(result.stories.length, 2, JSON.stringify(result.stories.map((s) => s.articles)));
  assert.deepEqual(result.stories[0]!.articles, ['harbor-1', 'coastal-2', 'north-3', 'ledger-4']);
  assert.deepEqual(result.stories[1]!.articles, ['tram-1', 'tram-2']);
  assert.deepEqual(calls.map((c) => c.length).sort(), [2, 4]);
  assert.equal(result.articles.length, 6);
  assert.ok(result.stories.every((s) => s.brief.length > 0));
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(result))), []);
});

test('should treat every article as one story when asked', () => {
  const result = analyzeBatch([...ferryArticles(), ...tram], testContext(), { singleStory: true, stages: { align: sentenceAlign([]) } });
  assert.equal(result.stories.length, 1);
  assert.equal(result.stories[0]!.articles.length, 6);
});

test('should title a story by its earliest headline, else by its first brief sentence', () => {
  const titled = tram.map((a, i) => ({ ...a, title: i === 0 ? 'Council backs tram' : 'Tram approved' }));
  assert.equal(analyzeBatch(titled, testContext(), { singleStory: true, stages: { align: sentenceAlign([]) } }).stories[0]!.title, 'Council backs tram');
  const untitled = analyzeBatch(tram, testContext(), { singleStory: true, stages: { align: sentenceAlign([]) } }).stories[0]!;
  assert.ok(untitled.title.length <= 101 && untitled.brief[0]!.text.startsWith(untitled.title.replace(/…$/, '')), untitled.title);
});

test('should turn a failing analysis into a diagnostic and go on with the batch', () => {
  const ctx = testContext();
  const result = analyzeBatch(tram, ctx, {
    singleStory: true,
    stages: { align: sentenceAlign([]), analyze: (a) => { if (a.id === 'tram-1') throw new Error('boom'); return { article: a.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] }; } },
  });
  assert.equal(result.stories.length, 1);
  assert.equal(result.diagnostics.filter((d) => d.rule === 'analysis-failed').length, 1);
  assert.equal(ctx.diagnostics[0]!.article, 'tram-1');
});
