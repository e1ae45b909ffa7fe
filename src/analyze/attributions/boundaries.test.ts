import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../index.js';
import type { Article } from '../../core/index.js';

function article(text: string): Article {
  return { id: 't', source: 't', outlet: null, title: null, published: null, author: null, language: 'en', url: null, text, headings: [], diagnostics: [] };
}
function contents(text: string): Array<{ speaker: string | null; cue: string | null; pieces: string[] }> {
  const analysis = analyzeArticle({ skipQuantities: true })(article(text));
  const s = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return analysis.attributions.map((a) => ({ speaker: a.speaker ? s(a.speaker) : null, cue: a.cue ? s(a.cue) : null, pieces: (a.pieces ?? [a.content]).map(s) }));
}
function find(list: ReturnType<typeof contents>, cue: string) {
  return list.find((a) => a.cue === cue);
}

test('should end indirect content before a trailing reporting participle ("…, arguing that …")', () => {
  const list = contents('Harbour news.\n\nMayor Lena Holt said the ferry fares were too high, arguing that the port needed more traffic.');
  assert.deepEqual(find(list, 'said')?.pieces, ['the ferry fares were too high']);
});

test('should keep a participle that is not a reporting verb inside the content', () => {
  const list = contents('Harbour news.\n\nMayor Lena Holt said the new pier would open in May, allowing larger boats to dock');
  assert.deepEqual(find(list, 'said')?.pieces, ['the new pier would open in May, allowing larger boats to dock']);
});

test('should end content before a final "who" clause but not before one that the sentence resumes after', () => {
  const end = contents('Harbour news.\n\nThe union criticized the pay of Ivan Orlov, who runs the port.');
  assert.deepEqual(find(end, 'criticized')?.pieces, ['the pay of Ivan Orlov']);
  const middle = contents('Harbour news.\n\nMayor Lena Holt said the captain, who runs the night ferry, had warned the crew');
  assert.deepEqual(find(middle, 'said')?.pieces, ['the captain, who runs the night ferry, had warned the crew']);
});

test('should end indirect content at a semicolon', () => {
  const list = contents('Harbour news.\n\nThe harbour office said the fares would rise in May; the ferry company disputes the figure.');
  assert.deepEqual(find(list, 'said')?.pieces, ['the fares would rise in May']);
});

test('should leave an addressee pronoun out of a quotation ("asked her, “…”")', () => {
  const list = contents('Harbour news.\n\nThe captain turned and asked her, “Where does this ferry go tonight?”');
  assert.deepEqual(find(list, 'asked')?.pieces, ['Where does this ferry go tonight?']);
});

test('should not join a quoted programme title after a preposition to the quotation before the cue', () => {
  const list = contents('Harbour news.\n\n“We will keep every ferry running this winter,” Orlov said on Nordic TV’s “Morning Harbour.”');
  const a = find(list, 'said');
  assert.equal(a?.speaker, 'Orlov');
  assert.deepEqual(a?.pieces, ['We will keep every ferry running this winter']);
});

test('should end a bare object at an adverbial or a channel of speech ("criticized X in a statement")', () => {
  const list = contents('Harbour news.\n\nThe union criticized the new timetable in a statement on Friday.');
  assert.deepEqual(find(list, 'criticized')?.pieces, ['the new timetable']);
  const during = contents('Harbour news.\n\nMayor Lena Holt praised the volunteers during the storm.');
  assert.deepEqual(find(during, 'praised')?.pieces, ['the volunteers']);
});

test('should keep a bare object whole when no adverbial follows', () => {
  const list = contents('Harbour news.\n\nMayor Lena Holt praised the volunteers of the northern harbour');
  assert.deepEqual(find(list, 'praised')?.pieces, ['the volunteers of the northern harbour']);
});

test('should read a clause interrupted by a cue with adverbials as two pieces ("X, she said on Monday, Y")', () => {
  const list = contents('Harbour news.\n\nThe night ferries, Holt explained later in the meeting, were always half empty');
  const a = find(list, 'explained');
  assert.equal(a?.speaker, 'Holt');
  assert.deepEqual(a?.pieces, ['The night ferries', 'were always half empty']);
});

test('should read an interrupted clause that resumes with "that" and drop a leading "but"', () => {
  const list = contents('Harbour news.\n\nThe port had long resisted the plan, but the queues had become so long, Orlov noted, that drivers slept in their cars');
  const a = find(list, 'noted');
  assert.deepEqual(a?.pieces, ['the queues had become so long', 'that drivers slept in their cars']);
});

test('should treat "“…,” she continued." as a cue and join the next quoted sentence', () => {
  const list = contents('Harbour news.\n\n“The ferries will run all winter,” she continued. “Nobody will be left on the island.”\n\nThe port stays open.');
  const a = find(list, 'continued');
  assert.equal(a?.speaker, 'she');
  assert.deepEqual(a?.pieces, ['The ferries will run all winter', 'Nobody will be left on the island.']);
});

test('should join the next quoted sentence to the quotation, not to a participle addition', () => {
  const list = contents('Harbour news.\n\n“The tide decides everything,” Orlov said, explaining why the pier closes at night. “We only follow it.”\n\nThe pier will close.');
  const said = find(list, 'said');
  assert.deepEqual(said?.pieces, ['The tide decides everything', 'We only follow it.']);
});

test('should join a quotation to the speaker two sentences back when the sentence between has no attribution', () => {
  const list = contents('Harbour news.\n\n“The pier is safe,” said the harbour master. He smiled. “Nobody has fallen in for years.”\n\nThe port stays open.');
  const a = find(list, 'said');
  assert.deepEqual(a?.pieces, ['The pier is safe', 'Nobody has fallen in for years.']);
  assert.equal(list.filter((x) => x.cue === null).length, 0);
});

test('should leave a lead-in before a colon out of a quotation attributed after it', () => {
  const list = contents('Harbour news.\n\nThe letter ended with a warning for the council: “The ferries cannot wait another winter,” the union added.');
  const a = find(list, 'added');
  assert.equal(a?.speaker, 'the union');
  assert.deepEqual(a?.pieces, ['The ferries cannot wait another winter']);
});

test('should keep a quantified object before a quotation ("called half of them “…”")', () => {
  const list = contents('Harbour news.\n\nAt a dinner in the old town, the mayor called half of the council members “cowards.”');
  assert.deepEqual(find(list, 'called')?.pieces, ['half of the council members “cowards']);
});

test('should read a pro-form as the content: "X said as much", "X said so"', () => {
  const much = contents('Harbour news.\n\nThe harbour master said as much in an interview on Friday.');
  assert.deepEqual(find(much, 'said')?.pieces, ['as much']);
  const so = contents('Harbour news.\n\nThe ferry will be late again. The captain said so.');
  assert.deepEqual(find(so, 'said')?.pieces, ['so']);
});

test('should take the whole next paragraph after a cue that ends its line with a colon', () => {
  const text = 'Harbour news.\n\nThe harbour master added:\n\nThe pier is old, but it is safe. Nobody has fallen in for years.\n\nThe port stays open.';
  const a = find(contents(text), 'added');
  assert.equal(a?.speaker, 'The harbour master');
  assert.deepEqual(a?.pieces, ['The pier is old, but it is safe. Nobody has fallen in for years']);
});

test('should read a reporting verb before a colon and a quotation as a cue ("X continued: “…”")', () => {
  const a = find(contents('Harbour news.\n\nHolt continued: “The ferries will run all winter.”'), 'continued');
  assert.equal(a?.speaker, 'Holt');
  assert.deepEqual(a?.pieces, ['The ferries will run all winter.']);
});

test('should read a passive cue as reporting its subject, with the "by" agent as the source', () => {
  const a = find(contents('Harbour news.\n\nThe new timetable was criticized by the ferry union.'), 'was criticized');
  assert.deepEqual(a?.pieces, ['The new timetable']);
  assert.equal(a?.speaker, 'the ferry union');
});

test('should add the complement of a passive cue as a second piece ("X was accused of …")', () => {
  const a = find(contents('Harbour news.\n\nThe harbour master was accused of hiding the repair costs.'), 'was accused of');
  assert.deepEqual(a?.pieces, ['The harbour master', 'hiding the repair costs']);
  assert.equal(a?.speaker, null);
});

test('should not read "it was reported that …" as a passive report of its subject', () => {
  const a = find(contents('Harbour news.\n\nIt was reported that the pier would close.'), 'was reported');
  assert.notDeepEqual(a?.pieces, ['It']);
});

test('should keep a closing parenthesis whose opening one is in the content', () => {
  const a = find(contents('Harbour news.\n\nThe mayor said she would call Rep. Ana Ruiz (D-Ore.)'), 'said');
  assert.deepEqual(a?.pieces, ['she would call Rep. Ana Ruiz (D-Ore.)']);
});

test('should take "a study by X" whole as the source', () => {
  const a = find(contents('Harbour news.\n\nA 2019 study by the Harbour Institute found that ferries pollute less than trucks.'), 'found');
  assert.equal(a?.speaker, 'A 2019 study by the Harbour Institute');
});

test('should resolve a role-first source to the name in its apposition, and a later "He" to that person', () => {
  const text = 'Harbour news.\n\nThe harbour board’s chief engineer, Ivan Orlov, said any visit by Mayor Lena Holt would need planning. He added that the pier was safe.';
  const analysis = analyzeArticle({ skipQuantities: true })(article(text));
  const names = analysis.attributions.map((a) => a.speakerName);
  assert.deepEqual(names, ['Ivan Orlov', 'Ivan Orlov']);
});
