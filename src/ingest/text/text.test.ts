import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPlainText, splitDateline, splitHeadline, looksLikeHeading } from './index.js';
import { articleFromText } from '../article.js';

test('should take a short first line followed by a blank line as the headline', () => {
  const split = splitHeadline('Tram line to reach the airport\n\nThe council voted on Tuesday.');
  assert.equal(split?.title, 'Tram line to reach the airport');
  assert.equal(split?.rest, 'The council voted on Tuesday.');
});

test('should not take a first paragraph of sentences as the headline', () => {
  assert.equal(splitHeadline('The council voted on Tuesday. The tram will run by 2030.\n\nMore text.'), null);
  assert.equal(splitHeadline('The council voted on Tuesday to extend the line.\n\nMore text.'), null);
  assert.equal(splitHeadline('No blank line after this\nbut a second line.'), null);
});

test('should split a dateline off the body in its common forms', () => {
  assert.deepEqual(splitDateline('New Delhi: Russia said on Thursday that talks go on.'), { dateline: 'New Delhi', rest: 'Russia said on Thursday that talks go on.' });
  assert.equal(splitDateline('WASHINGTON (Reuters) - The Senate passed the bill.')?.dateline, 'WASHINGTON (Reuters)');
  assert.equal(splitDateline('LONDON, Jan 5 (AP) — Rail workers went on strike.')?.dateline, 'LONDON, Jan 5 (AP)');
  assert.equal(splitDateline('Update: The road has reopened.'), null);
  assert.equal(splitDateline('The mayor said: "We will publish every invoice."'), null);
});

test('should recognise section headings standing alone between paragraphs', () => {
  assert.ok(looksLikeHeading('Abu Dhabi talks resume'));
  assert.equal(looksLikeHeading('The talks resumed on Monday.'), false);
  const read = readPlainText('Headline of the day\n\nFirst paragraph of the story, long enough to be a paragraph of news.\n\nTalks resume in the capital\n\nSecond paragraph of the story, also long enough to be a paragraph of news.');
  assert.deepEqual(read.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
});

test('should build an article with title, dateline as metadata, heading spans and no ad lines', () => {
  const article = articleFromText('Tram line to reach the airport\n\nNew Delhi: The council voted on Tuesday to extend the tram line to the airport.\n\nAdvertisement\n\nBudget questions remain\n\nOpposition members asked for a review of the contract and of the cost estimates.', { id: 'tram', source: 'tram.txt' });
  assert.equal(article.title, 'Tram line to reach the airport');
  assert.equal(article.dateline, 'New Delhi');
  assert.ok(article.text.startsWith('The council voted'));
  assert.ok(!article.text.includes('Advertisement'));
  assert.equal(article.headings.length, 1);
  assert.equal(article.text.slice(article.headings[0]!.start, article.headings[0]!.end), 'Budget questions remain');
  assert.equal(article.language, 'en');
});

test('should keep a title given by the caller and not look for a headline', () => {
  const article = articleFromText('Short line\n\nThe council voted on Tuesday to extend the tram line.', { id: 'x', source: 'x.jsonl:1', title: 'Given title' });
  assert.equal(article.title, 'Given title');
  assert.ok(article.text.startsWith('Short line'));
});
