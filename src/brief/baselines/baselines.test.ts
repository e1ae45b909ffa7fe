import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadBaseline, truncateToWords } from './lead.js';
import { lexRankBaseline, lexRankScores } from './lexrank.js';

const docs = [
  'A fire broke out on the ferry Aurora in Velmora harbour. Four people were injured in the blaze on the ferry. The weather was mild that evening.',
  'Passengers fled a fire on the ferry Aurora in Velmora. The fire on the ferry injured four people, officials said. A cat watched from the pier.',
];

test('should take lead sentences round-robin and stop at the word budget', () => {
  const out = leadBaseline(docs, 12);
  assert.deepEqual(out, [
    'A fire broke out on the ferry Aurora in Velmora harbour.',
    'Passengers fled a fire on the ferry Aurora in Velmora.',
  ]);
  assert.equal(truncateToWords(out, 5), 'A fire broke out on');
});

test('should rank the sentences most like the others highest in LexRank', () => {
  const sentences = docs.flatMap((d) => d.split(/(?<=\.) /));
  const scores = lexRankScores(sentences);
  const best = sentences[scores.indexOf(Math.max(...scores))]!;
  assert.match(best, /ferry/);
  const cat = sentences.findIndex((s) => s.includes('cat'));
  assert.ok(scores[cat]! < Math.max(...scores));
  assert.ok(Math.abs(scores.reduce((a, b) => a + b, 0) - 1) < 1e-6);
});

test('should not repeat near-identical sentences in the LexRank summary', () => {
  const out = lexRankBaseline([docs[0]!, docs[0]!], 100);
  assert.equal(new Set(out).size, out.length);
  assert.ok(out.length <= 3);
});
