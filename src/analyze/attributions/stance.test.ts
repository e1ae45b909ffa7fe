import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../index.js';
import type { Article } from '../../core/index.js';

function article(text: string): Article {
  return { id: 't', source: 't', outlet: null, title: null, published: null, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}
function quotes(text: string) {
  const analysis = analyzeArticle({ skipQuantities: true })(article(text));
  const s = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  return analysis.attributions.map((a) => ({ speaker: s(a.speaker), cue: s(a.cue), content: s(a.content), pieces: a.pieces?.map(s) }));
}

test('should read a verb of judgement with a bare object as a cue ("denounced the plan")', () => {
  const a = quotes('The harbour master denounced the ferry timetable.').find((q) => q.cue === 'denounced');
  assert.equal(a?.speaker, 'The harbour master');
  assert.equal(a?.content, 'the ferry timetable');
});

test('should read a verb of belief before a clause without "that"', () => {
  const a = quotes('Mara Lind feared the ferry would stop running.').find((q) => q.cue === 'feared');
  assert.equal(a?.speaker, 'Mara Lind');
  assert.equal(a?.content, 'the ferry would stop running');
});

test('should not read a verb of belief with a plain object as a cue', () => {
  assert.deepEqual(quotes('The town expected heavy rain.').filter((q) => q.cue !== null), []);
});

test('should read a claim noun with its owner and a "that" clause', () => {
  const a = quotes('Inspectors checked Mayor Ivo Orlov’s claim that the pier was safe.').find((q) => q.cue === 'claim');
  assert.equal(a?.speaker, 'Mayor Ivo Orlov’s');
  assert.equal(a?.content, 'that the pier was safe');
});

test('should not read a claim noun without an owner as a cue', () => {
  assert.equal(quotes('The claim that the pier was safe spread quickly.').some((q) => q.cue === 'claim'), false);
});

test('should read "spoke of" and "voted against" with their objects', () => {
  const a = quotes('The governor spoke of the flood during the storm season.').find((q) => q.cue === 'spoke of');
  assert.equal(a?.speaker, 'The governor');
  assert.equal(a?.content, 'the flood');
  const b = quotes('Three councillors voted against the harbour budget.').find((q) => q.cue === 'voted against');
  assert.equal(b?.content, 'the harbour budget');
});

test('should end the words at the main clause when the cue sits in a subordinate clause', () => {
  const a = quotes('While aides insisted that the pier was safe, the council closed it on Monday.').find((q) => q.cue === 'insisted');
  assert.equal(a?.speaker, 'aides');
  assert.equal(a?.content, 'that the pier was safe');
});

test('should read a participle tagged as an adjective as a cue ("is promising lower fares")', () => {
  const a = quotes('Ivo Orlov is promising lower fares.').find((q) => q.cue?.endsWith('promising'));
  assert.equal(a?.speaker, 'Ivo Orlov');
  assert.equal(a?.content, 'lower fares');
  assert.equal(quotes('The first week was a promising start.').length, 0);
});

test('should read "declined to comment" but not "declined sharply"', () => {
  const a = quotes('Through a spokesman, Ivo Orlov declined to comment.').find((q) => q.cue === 'declined');
  assert.equal(a?.content, 'to comment');
  assert.equal(quotes('Ferry bookings declined sharply in March.').length, 0);
});

test('should credit the clause before ", as X put it" and ", as X said" to X', () => {
  const a = quotes('The toll is a burden on islanders, as a harbour memo put it.').find((q) => q.cue === 'put it');
  assert.equal(a?.speaker, 'a harbour memo');
  assert.equal(a?.content, 'The toll is a burden on islanders');
  const b = quotes('The pier is safe, as the mayor said.').find((q) => q.cue === 'said');
  assert.equal(b?.speaker, 'the mayor');
  assert.equal(b?.content, 'The pier is safe');
  assert.equal(quotes('He put it on the table.').length, 0);
});

test('should not read a naming participle without a subject as a cue ("the so-called levy")', () => {
  assert.deepEqual(quotes('The so-called harbour levy will rise next year.').filter((q) => q.cue?.includes('called')), []);
});

test('should give a participle cue that opens the sentence to the subject after its comma', () => {
  const a = quotes('Claiming the count was rigged, Ivo Orlov left the hall.').find((q) => q.cue === 'Claiming');
  assert.equal(a?.speaker, 'Ivo Orlov');
  assert.equal(a?.content, 'the count was rigged');
});

test('should keep a sentence-final channel phrase in the cue ("said in a phone interview on Monday")', () => {
  const [a] = quotes('“We will reopen the pier,” Orlov said in a phone interview on Monday.');
  assert.equal(a?.cue, 'said in a phone interview on Monday');
  assert.equal(a?.content, 'We will reopen the pier');
  const [b] = quotes('Orlov said in a phone interview that the pier would reopen.');
  assert.equal(b?.cue, 'said');
});

test('should keep a document participle and a degree adverb inside the source', () => {
  const [a] = quotes('A harbour report released last year found the pier was unsafe.');
  assert.equal(a?.speaker, 'A harbour report released last year');
  const [b] = quotes('Nearly eight of 10 islanders say the ferry is late.');
  assert.equal(b?.speaker, 'Nearly eight of 10 islanders');
});

test('should not end the words at a later cue when "that" opens with a fronted adverbial clause', () => {
  const a = quotes('Regulators warned that if the harbour deal failed, the operator would threaten to close the pier.').find((q) => q.cue === 'warned');
  assert.equal(a?.content, 'that if the harbour deal failed, the operator would threaten to close the pier');
});

test('should keep an object noun before a relative "that" in the words ("attacked loopholes that …")', () => {
  const a = quotes('Ivo Orlov has attacked loopholes that favour the ferry owners.').find((q) => q.cue?.endsWith('attacked'));
  assert.equal(a?.content, 'loopholes that favour the ferry owners');
});

test('should keep the addressee of a directive in the words but skip a quoted show name before "that"', () => {
  const a = quotes('The mayor warned the council to drop the harbour levy.').find((q) => q.cue === 'warned');
  assert.equal(a?.content, 'the council to drop the harbour levy');
  const b = quotes('Orlov told “Harbour Talk” on Friday that the pier would reopen.').find((q) => q.cue === 'told');
  assert.equal(b?.content, 'that the pier would reopen');
});

test('should read "saw X as Y" as a judgement but not a plain "saw"', () => {
  const a = quotes('Many islanders saw the new toll as a tax on fishermen.').find((q) => q.cue === 'saw');
  assert.equal(a?.speaker, 'Many islanders');
  assert.equal(a?.content, 'the new toll as a tax on fishermen');
  assert.equal(quotes('Many islanders saw the new ferry on Monday.').length, 0);
});

test('should give a cue after "and" the subject of the verb whose object comes before "and"', () => {
  const a = quotes('The fund is run by traders, who make up most of its board and see the levy as a threat.').find((q) => q.cue === 'see');
  assert.equal(a?.speaker, 'who');
});

test('should start the words at "that" after a place adverbial with commas ("at a rally in Tarn, Ostia, that …")', () => {
  const a = quotes('Orlov says at a rally in Tarn, Ostia, that the pier will reopen.').find((q) => q.cue === 'says');
  assert.equal(a?.content, 'that the pier will reopen');
});

test('should read "expect X to …" as an expectation with its object in the words', () => {
  const a = quotes('Most islanders expect the ferry to return in May.').find((q) => q.cue === 'expect');
  assert.equal(a?.speaker, 'Most islanders');
  assert.equal(a?.content, 'the ferry to return in May');
});

test('should read "X is expected to …" as a passive report of X and the infinitive, with no speaker', () => {
  const a = quotes('The harbour vote is expected to come before Friday.').find((q) => q.cue === 'is expected');
  assert.equal(a?.speaker, null);
  assert.deepEqual(a?.pieces, ['The harbour vote', 'to come before Friday']);
});
