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
  return {
    analysis,
    list: analysis.attributions.map((a) => ({ speaker: s(a.speaker), name: a.speakerName, cue: s(a.cue), content: s(a.content), pieces: a.pieces?.map(s), venue: a.venue, direct: a.direct })),
  };
}

test('should attribute an indirect quotation to the subject of "said"', () => {
  const [a] = quotes('Harbour chief Ivan Orlov said that the port would reopen next week.').list;
  assert.equal(a?.speaker, 'Harbour chief Ivan Orlov');
  assert.equal(a?.name, 'Ivan Orlov');
  assert.equal(a?.cue, 'said');
  assert.equal(a?.content, 'that the port would reopen next week');
  assert.equal(a?.direct, false);
});

test('should attribute a direct quotation before its speaker and venue', () => {
  const [a] = quotes('“We are ready to talk,” Orlov told Nordic Radio agency TASS.').list;
  assert.equal(a?.content, 'We are ready to talk');
  assert.equal(a?.speaker, 'Orlov');
  assert.equal(a?.cue, 'told');
  assert.equal(a?.venue, 'TASS');
  assert.equal(a?.direct, true);
});

test('should take the speaker after the cue in "…, said X"', () => {
  const [a] = quotes('“Prices will fall,” said Mara Lind, an economist at the Harbour Institute.').list;
  assert.equal(a?.speaker, 'Mara Lind, an economist at the Harbour Institute');
  assert.equal(a?.name, 'Mara Lind');
});

test('should resolve a pronoun speaker to the last speaker', () => {
  const { list } = quotes('Mayor Lena Holt said the bridge was safe. “It will stay open,” she added.');
  assert.equal(list[1]?.speaker, 'she');
  assert.equal(list[1]?.name, 'Lena Holt');
  assert.equal(list[1]?.cue, 'added');
});

test('should read "according to" with the source after it', () => {
  const [a] = quotes('According to local officials, two ferries were damaged.').list;
  assert.equal(a?.cue, 'According to');
  assert.equal(a?.speaker, 'local officials');
  assert.equal(a?.content, 'two ferries were damaged');
});

test('should take the venue from "quoted by" and "was quoted as saying"', () => {
  const [a] = quotes('“We will guarantee his safety,” Orlov was quoted by Russia Today as saying.').list;
  assert.equal(a?.venue, 'Russia Today');
  assert.equal(a?.name, 'Orlov');
  const [b] = quotes('“The talks went well,” Orlov was quoted as saying by Interfax.').list;
  assert.equal(b?.venue, 'Interfax');
  assert.equal(b?.cue, 'was quoted as saying');
});

test('should read "AFP quoted a US official as saying" as the official’s words carried by AFP', () => {
  const [a] = quotes('“Everyone came together,” AFP quoted a US official as saying.').list;
  assert.equal(a?.speaker, 'a US official');
  assert.equal(a?.venue, 'AFP');
  assert.equal(a?.content, 'Everyone came together');
});

test('should join a quotation continued in the next sentence', () => {
  const [a] = quotes('“I believe the vote was fair,” Holt told reporters. “I am against a recount.”').list;
  assert.deepEqual(a?.pieces, ['I believe the vote was fair', 'I am against a recount.']);
});

test('should join the two halves of a quotation interrupted by its cue', () => {
  const [a] = quotes('The new bridge, Holt said, will open in May.').list;
  assert.deepEqual(a?.pieces, ['The new bridge', 'will open in May']);
});

test('should keep an unattributed quotation with a no-speaker diagnostic', () => {
  const { list, analysis } = quotes('The port was quiet.\n\n“Nobody knows when the ships will come back to us.”');
  assert.equal(list.length, 1);
  assert.equal(list[0]?.speaker, null);
  assert.equal(analysis.diagnostics[0]?.rule, 'no-speaker');
});

test('should not count a scare quote as an attribution', () => {
  assert.equal(quotes('The plan was called a “bold” move by fans.').list.filter((a) => a.cue === null).length, 0);
});

test('should read transcript tags and dash signatures as speakers', () => {
  const [a] = quotes('HOLT: We will rebuild the pier.').list;
  assert.equal(a?.speaker, 'HOLT');
  assert.equal(a?.cue, ':');
  const [b] = quotes('“The ferry is my whole life.” ― Mara Lind').list;
  assert.equal(b?.speaker, 'Mara Lind');
  assert.equal(b?.content, 'The ferry is my whole life.');
});

test('should include an apposition in the speaker but not a "which" clause', () => {
  const [a] = quotes('Ivan Orlov, head of the dock union, which represents crane drivers, said wages must rise.').list;
  assert.equal(a?.speaker, 'Ivan Orlov, head of the dock union');
  assert.equal(a?.content, 'wages must rise');
});

test('should split contents at a participle cue and keep the speaker', () => {
  const { list } = quotes('Holt said the pier was closed, adding that repairs would take a month.');
  assert.equal(list[0]?.content, 'the pier was closed');
  assert.equal(list[1]?.cue, 'adding');
  assert.equal(list[1]?.speaker, 'Holt');
  assert.equal(list[1]?.content, 'that repairs would take a month');
});

test('should take the next paragraph as content after "X said:"', () => {
  const [a] = quotes('Holt said:\n\n“We have a plan for the harbour.”').list;
  assert.equal(a?.speaker, 'Holt');
  assert.equal(a?.content, 'We have a plan for the harbour.');
});

test('should give "adding" after "AFP quoted X as saying" to X, and other participles to the subject', () => {
  const { list } = quotes('“It was a big step,” AFP quoted a port official as saying, adding that ships were moving.');
  assert.equal(list[1]?.cue, 'adding');
  assert.equal(list[1]?.speaker, 'a port official');
  assert.equal(list[1]?.venue, 'AFP');
  const [a] = quotes('Mara Lind, a dock worker, appeared on radio on Tuesday, saying the strike would go on.').list;
  assert.equal(a?.speaker, 'Mara Lind, a dock worker');
  assert.equal(a?.content, 'the strike would go on');
});

test('should keep a party tag in parentheses inside the speaker and the sentence', () => {
  const [a] = quotes('“The vote was rushed,” Sen. Ann Lee (D-Mo.) said. “We need more time.”').list;
  assert.equal(a?.speaker, 'Sen. Ann Lee (D-Mo.)');
  assert.equal(a?.name, 'Ann Lee');
  assert.deepEqual(a?.pieces, ['The vote was rushed', 'We need more time.']);
});

test('should read "Name: words" in a headline as an attribution', () => {
  const text = 'Holt: Harbour Will Reopen Soon\n\nThe mayor spoke on Monday.';
  const analysis = analyzeArticle({ skipQuantities: true })({ ...article(text), title: 'Holt: Harbour Will Reopen Soon' });
  const a = analysis.attributions[0];
  assert.equal(a && text.slice(a.speaker!.start, a.speaker!.end), 'Holt');
  assert.equal(a && text.slice(a.content.start, a.content.end), 'Harbour Will Reopen Soon');
});
