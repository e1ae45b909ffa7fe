import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markText } from './marks.js';

test('should mark overlapping spans by cutting the text at every boundary', () => {
  const out = markText('Mayor Elena Marsh said', [
    { start: 0, end: 17, classes: ['quote'] },
    { start: 6, end: 17, classes: ['ent', 'person'], title: 'Elena Marsh' },
  ]).__html;
  assert.equal(out, '<span class="quote">Mayor </span><span class="quote ent person" title="Elena Marsh">Elena Marsh</span> said');
});

test('should give the id "hl" to the first highlighted piece only', () => {
  const out = markText('one two three', [{ start: 0, end: 13, classes: [], highlight: true }, { start: 4, end: 7, classes: ['ent', 'place'] }]).__html;
  assert.equal((out.match(/id="hl"/g) ?? []).length, 1);
  assert.equal((out.match(/<mark class="hl"/g) ?? []).length, 3);
  assert.ok(out.startsWith('<mark class="hl" id="hl">one </mark>'));
});

test('should escape the text and ignore marks outside it', () => {
  const out = markText('<b>&', [{ start: 2, end: 99, classes: ['x'] }, { start: 3, end: 3, classes: ['y'] }, { start: -1, end: 2, classes: ['z'] }]).__html;
  assert.equal(out, '&lt;b&gt;&amp;');
});
