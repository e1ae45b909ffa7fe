import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentences, splitSentences } from './index.js';
import { nlpInstance, setNlpRebuildChars, tokenize } from './01-tokenize.js';

const article = (text: string, title: string | null = null, headings: Array<{ start: number; end: number }> = []) => ({ text, title, headings });
const texts = (text: string, title: string | null = null, headings: Array<{ start: number; end: number }> = []) =>
  readSentences(article(text, title, headings)).sentences.map((s) => text.slice(s.start, s.end));

test('should split on line breaks even without end punctuation', () => {
  assert.deepEqual(texts('Harbour talks stall\n\nThe mayor spoke first. Then the council voted.'), ['Harbour talks stall', 'The mayor spoke first.', 'Then the council voted.']);
});

test('should not end a sentence after "U.S." inside a phrase or after "Jan."', () => {
  assert.deepEqual(texts('The U.S. envoy arrived on Jan. 5 in Oslo. He left soon.'), ['The U.S. envoy arrived on Jan. 5 in Oslo.', 'He left soon.']);
  assert.deepEqual(texts('Mr. Lind met Dr. Ortiz. They talked.'), ['Mr. Lind met Dr. Ortiz.', 'They talked.']);
});

test('should keep a speech tag after a closing quote in the quote’s sentence', () => {
  assert.deepEqual(texts('“Why would we wait?” Ms. Rana said. “We are ready.”'), ['“Why would we wait?” Ms. Rana said.', '“We are ready.”']);
});

test('should mark the title line and article headings as heading sentences', () => {
  const text = 'Ferry fares rise\n\nFares rose on Monday.\n\nWhat comes next\n\nNobody knows.';
  const at = text.indexOf('What comes next');
  const { sentences } = readSentences(article(text, 'Ferry fares rise', [{ start: at, end: at + 15 }]));
  assert.deepEqual(sentences.map((s) => s.heading), [true, false, true, false]);
});

test('should give token offsets that slice back to the token text', () => {
  const text = 'Olsen didn’t say — “maybe” 20% of €5.5 million.\r\nNext line 🙂 here.';
  const { tokens } = readSentences(article(text));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('should keep exact offsets when tokenizing runs without spaces longer than MAX_RUN', () => {
  const text = `Officials said ${'x'.repeat(450)} and ${'y'.repeat(201)}z, then ${'😀'.repeat(300)} ok.`;
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens.map((t) => t.text).join(''), text.replace(/\s+/g, ''));
});

test('should replace the wink-nlp instance after the set number of characters, with the same tokens after', () => {
  const text = 'Port officials in Qaravelle said the Zyxwort-9 crane failed on Tuesday, and 1,240 containers waited.';
  const before = tokenize(text);
  const old = setNlpRebuildChars(text.length * 2);
  try {
    const first = nlpInstance();
    tokenize(text);
    assert.equal(nlpInstance(), first, 'not replaced yet');
    tokenize(text);
    tokenize(text);
    const second = nlpInstance();
    assert.notEqual(second, first, 'replaced once past the limit');
    assert.deepEqual(tokenize(text), before);
  } finally {
    setNlpRebuildChars(old);
  }
});

test('should not end a sentence after an abbreviation wink-nlp splits from its period ("Rev" + "."), unless a new sentence plainly starts', () => {
  const split = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(split('The Rev. Ann Moss led the service. It ended at noon.'), ['The Rev. Ann Moss led the service.', 'It ended at noon.']);
  assert.deepEqual(split('Rev. Moss said the chapel would reopen.'), ['Rev. Moss said the chapel would reopen.']);
  assert.deepEqual(split('She grew up in Eau Claire, Wis. And she never left.'), ['She grew up in Eau Claire, Wis.', 'And she never left.']);
});
