import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../build-brief.js';
import { createBriefMemo } from './cache.js';
import { ferryArticles, ferryStory } from '../testing/ferry-story.js';

test('should write the same brief through a memo as without, and rebuild only the facts that changed', () => {
  const articles = ferryArticles();
  const story = ferryStory(articles);
  const memo = createBriefMemo();
  assert.deepEqual(buildBrief()(story, articles, memo), buildBrief()(story, articles));
  assert.equal(memo.hits, 0);
  const built = memo.misses;
  assert.equal(built, story.facts.length, 'every fact built once');
  /* the same story again (fact ids renumbered): everything comes from the memo */
  const renumbered = { ...story, facts: [...story.facts].reverse().map((f, i) => ({ ...f, id: `g${i + 1}` })) };
  assert.deepEqual(buildBrief()(renumbered, articles, memo), buildBrief()(renumbered, articles));
  assert.equal(memo.hits, story.facts.length);
  /* one fact loses a citation: only it is rebuilt */
  const changed = { ...story, facts: story.facts.map((f, i) => (i === 0 ? { ...f, citations: f.citations.slice(0, -1) } : f)) };
  assert.deepEqual(buildBrief()(changed, articles, memo), buildBrief()(changed, articles));
  assert.equal(memo.misses, built + 1);
});
