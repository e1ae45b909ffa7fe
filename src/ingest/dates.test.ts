import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromText, dateFromUrl, normalizeDate } from './dates.js';
import { detectLanguage, languageFromTag } from './language.js';
import { idFromPath, stableId } from './ids.js';

test('should normalise feed and page dates to ISO 8601', () => {
  assert.equal(normalizeDate('Tue, 10 Jun 2003 04:00:00 GMT'), '2003-06-10T04:00:00.000Z');
  assert.equal(normalizeDate('Sat, 01 Mar 2025 12:00:00 EST'), '2025-03-01T17:00:00.000Z');
  assert.equal(normalizeDate('Mon, 07 Apr 2025 18:00:00 CEST'), '2025-04-07T16:00:00.000Z');
  assert.equal(normalizeDate('2019-02-07T10:01:00+05:30'), '2019-02-07T04:31:00.000Z');
  assert.equal(normalizeDate('2019-02-07'), '2019-02-07T00:00:00.000Z');
  assert.equal(normalizeDate('1552900000'), '2019-03-18T09:06:40.000Z');
  assert.equal(normalizeDate('not a date'), null);
  assert.equal(normalizeDate('1970-01-01'), null);
  assert.equal(normalizeDate('2030-01-01', new Date('2026-01-01T00:00:00Z')), null);
});

test('should find dates in running text and in URL paths', () => {
  assert.equal(dateFromText('Posted: Fri 6:45 PM, Feb 16, 2018'), '2018-02-16T18:45:00.000Z');
  assert.equal(dateFromText('November 20, 2019 - 11:28 AMT'), '2019-11-20T11:28:00.000Z');
  assert.equal(dateFromText('3rd March 2025'), '2025-03-03T00:00:00.000Z');
  assert.equal(dateFromText('no date here'), null);
  assert.equal(dateFromUrl('https://ex.example/2018/10/05/story'), '2018-10-05T00:00:00.000Z');
  assert.equal(dateFromUrl('https://ex.example/news/1234'), null);
});

test('should detect the language among the whitelist and fall back to the declared tag on short text', () => {
  assert.equal(detectLanguage('Die Brücke über den Hafen wurde am Freitag nach acht Monaten Reparatur wieder für den Verkehr freigegeben.'), 'de');
  assert.equal(detectLanguage('El puente del puerto volvió a abrirse al tráfico el viernes después de ocho meses de obras.'), 'es');
  assert.equal(detectLanguage('Short.', 'fr-CA'), 'fr');
  assert.equal(languageFromTag('xx-YY'), null);
});

test('should make ids from file names and stable hashes from links', () => {
  assert.equal(idFromPath('data/seeds/003_abc.txt'), '003_abc');
  assert.equal(idFromPath('pages/story.html.gz'), 'story');
  assert.equal(stableId('https://ex.example/a'), stableId('https://ex.example/a'));
  assert.notEqual(stableId('https://ex.example/a'), stableId('https://ex.example/b'));
});
