import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rouge, rougeMulti } from './rouge.js';
import { rougeTokens, splitSentences } from './tokenize.js';

test('should tokenise like rouge-score: lower case, non-alphanumerics split, long tokens stemmed', () => {
  assert.deepEqual(rougeTokens("The ferry's passengers were evacuated!"), ['the', 'ferri', 's', 'passeng', 'were', 'evacu']);
  assert.deepEqual(rougeTokens('Running dogs', false), ['running', 'dogs']);
});

test('should score an identical summary 1 on every variant and an unrelated one 0', () => {
  const same = rouge('A fire broke out on the ferry.', 'A fire broke out on the ferry.');
  assert.equal(same.rouge1.f1, 1);
  assert.equal(same.rouge2.f1, 1);
  assert.equal(same.rougeL.f1, 1);
  const none = rouge('Bananas grow slowly.', 'A fire broke out on the ferry.');
  assert.equal(none.rouge1.f1, 0);
  assert.equal(none.rougeL.f1, 0);
});

test('should compute ROUGE-1, ROUGE-2 and ROUGE-L by hand-checked counts', () => {
  // candidate: the cat sat on the mat (6) · reference: the cat lay on the mat (6)
  const s = rouge('the cat sat on the mat', 'the cat lay on the mat');
  assert.equal(s.rouge1.precision, 5 / 6);
  assert.equal(s.rouge2.precision, 3 / 5); // "the cat", "on the", "the mat"
  assert.equal(s.rougeL.recall, 5 / 6);
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['b', 'd', 'a']), 2);
});

test('should take the best reference when there are several', () => {
  const s = rougeMulti('a fire on the ferry', ['nothing alike here', 'a fire on the ferry']);
  assert.equal(s.rouge1.f1, 1);
});

test('should split text into sentences at terminators and line breaks', () => {
  assert.deepEqual(splitSentences('One fire. Two "boats." Three?\nFour'), ['One fire.', 'Two "boats."', 'Three?', 'Four']);
});
