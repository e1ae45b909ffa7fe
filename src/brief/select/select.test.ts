import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clarity, refusal, stripDateline } from './02-screen.js';
import { sentenceAround } from './01-evidence.js';
import { markSingleSource, phraseQuote, lowerFirst } from './06-phrase.js';
import { speakerLabel } from './03-candidates.js';
import { makeArticle } from '../testing/ferry-story.js';
import type { Candidate } from './03-candidates.js';

test('should refuse questions, headings without punctuation, furniture and biographies', () => {
  assert.equal(refusal('Could the fire have been prevented?'), 'question');
  assert.match(refusal('Ferry services resume on the island')!, /heading/);
  assert.equal(refusal('Advertisement.'), 'page furniture');
  assert.equal(refusal('Ana Ruiz is a journalist with over ten years of experience in ports.'), 'reporter biography');
  assert.equal(refusal('Four people were injured in the blaze, the port authority said.'), null);
});

test('should prefer a plain sentence to one leaning on context or broken text', () => {
  const plain = clarity('A Russian drone attack killed three people overnight in the southern region, officials said.');
  assert.ok(plain > clarity('He added that the attack killed three people overnight in the southern region.'));
  assert.ok(plain > clarity('On , a drone strike in the southern region resulted in three fatalities overnight.'));
  assert.ok(plain > clarity('This may be because the region has been attacked every day for four years.'));
});

test('should strip a dateline but not a sentence that starts with a name and a colon-free clause', () => {
  assert.equal(stripDateline('Velmora: A fire broke out on the ferry.'), 'A fire broke out on the ferry.');
  assert.equal(stripDateline('NEW HAVEN, Conn. — Officials said the fire was out.'), 'Officials said the fire was out.');
  assert.equal(stripDateline('Mayor Lina Ortez said the port would reopen.'), 'Mayor Lina Ortez said the port would reopen.');
});

test('should grow a clause citation to its sentence', () => {
  const a = makeArticle('x', null, 'First line here.\n\nThe fire began at night. Four people were hurt, officials said. More later.');
  const start = a.text.indexOf('Four people');
  const s = sentenceAround(a, { article: 'x', start, end: start + 11 })!;
  assert.equal(s.text, 'Four people were hurt, officials said.');
});

test('should mark a single-source claim without lower-casing a name', () => {
  assert.equal(markSingleSource('The operator failed an inspection.', 'one outlet'), 'According to one outlet, the operator failed an inspection.');
  assert.equal(markSingleSource('Ramzan Kadyrov opposed the talks.', 'one outlet'), 'According to one outlet, Ramzan Kadyrov opposed the talks.');
  assert.equal(markSingleSource('According to Reuters, talks resume.', 'Coastal Post'), 'Coastal Post reports that according to Reuters, talks resume.');
  assert.equal(lowerFirst('Six people were hurt.'), 'six people were hurt.');
});

test('should name speakers with short roles before and long roles after the name', () => {
  assert.equal(speakerLabel('Lina Ortez', 'Mayor'), 'Mayor Lina Ortez');
  assert.equal(speakerLabel('Greta Mol', 'leader of the island council'), 'Greta Mol, leader of the island council,');
  const quote = { kind: 'quote', text: 'it could have been much worse', quote: { speaker: 'e', label: 'Greta Mol, leader of the island council,', role: 'leader of the island council', venue: 'Radio Orsk', cue: 'told' } } as Candidate;
  assert.equal(phraseQuote(quote), 'Greta Mol, leader of the island council, told Radio Orsk that “it could have been much worse.”');
});

test('should find a number disagreement align did not flag, and not confuse different counts', async () => {
  const { countKeys } = await import('./disputes.js');
  assert.deepEqual([...countKeys('Four people were injured in the blaze.')], [['peopl|injur', new Set(['4'])]]);
  const { buildBrief } = await import('../build-brief.js');
  const { ferryArticles, ferryStory, citeText } = await import('../testing/ferry-story.js');
  const articles = ferryArticles();
  const story = ferryStory(articles);
  const [, coastal] = articles;
  story.facts[1] = { ...story.facts[1]!, status: 'corroborated', conflicts: [] };
  story.facts.push({ id: 'f10', text: '', status: 'single-source', outlets: 1, conflicts: [], citations: [citeText(coastal!, 'Six people were injured, according to the fire brigade.')] });
  const brief = buildBrief()(story, articles);
  const dispute = brief.filter((s) => /^Accounts differ/.test(s.text));
  assert.equal(dispute.length, 1, brief.map((s) => s.text).join('\n'));
  assert.match(dispute[0]!.text, /six people were injured/);
  assert.equal(brief.filter((s) => /six people|Six people/.test(s.text)).length, 1);
  assert.deepEqual([...countKeys('Three people were killed; two people were injured.').keys()], ['peopl|kill', 'peopl|injur']);
});
