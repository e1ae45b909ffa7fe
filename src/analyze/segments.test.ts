import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, articleFromRawText } from './index.js';
import { LONG_TEXT, segmentBounds } from './segments.js';

const paragraph = (i: number) => `Harbour pilots in Osterby walked out on day ${i}, the union said. “We will stay out until the port listens,” the pilot Jonas Ekdahl told Radio Sund. Ekdahl said 40 per cent of the 1,200 crews had joined.`;

test('should cut a long text only at line breaks, into segments that cover it exactly', () => {
  const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');
  const cuts = segmentBounds(text, 4096);
  assert.equal(cuts[0], 0);
  assert.equal(cuts[cuts.length - 1], text.length);
  assert.ok(cuts.length > 10);
  for (let i = 1; i + 1 < cuts.length; i++) {
    assert.equal(text[cuts[i]!], '\n', `cut ${i} at a line break`);
    assert.ok(cuts[i]! - cuts[i - 1]! <= 4096 * 1.5);
  }
});

test('should cut a text without line breaks at spaces, never inside a surrogate pair', () => {
  const spaced = 'word '.repeat(10_000);
  for (const c of segmentBounds(spaced, 1000).slice(1, -1)) assert.equal(spaced[c], ' ');
  const emoji = '🙂'.repeat(5000);
  for (const c of segmentBounds(emoji, 1001).slice(1, -1)) assert.ok(!(emoji.charCodeAt(c) >= 0xdc00 && emoji.charCodeAt(c) <= 0xdfff));
});

test('should analyse a long article in segments like the same paragraphs analysed whole', () => {
  const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');
  assert.ok(text.length > LONG_TEXT);
  const analyze = analyzeArticle();
  const long = analyze(articleFromRawText(text, { id: 'long', source: 'long.txt', title: null }));
  const one = analyze(articleFromRawText(paragraph(0), { id: 'one', source: 'one.txt', title: null }));
  // Every paragraph gives what one paragraph gives: same counts per paragraph, spans inside the text.
  assert.equal(long.sentences.length, one.sentences.length * 600);
  assert.equal(long.attributions.length, one.attributions.length * 600);
  assert.equal(long.quantities.length, one.quantities.length * 600);
  assert.equal(long.mentions.length, one.mentions.length * 600);
  // Entities join across segments: one Jonas Ekdahl, every mention of him pointing at that entity.
  const ekdahl = long.entities.filter((e) => e.name === 'Jonas Ekdahl');
  assert.equal(ekdahl.length, 1);
  assert.equal(long.entities.length, one.entities.length);
  const at = long.entities.indexOf(ekdahl[0]!);
  assert.equal(long.mentions.filter((m) => m.entity === at).length, ekdahl[0]!.mentions.length);
  for (const m of long.mentions) {
    const entity = long.entities[m.entity]!;
    assert.ok([entity.name, ...entity.aliases].includes(text.slice(m.start, m.end)), `mention “${text.slice(m.start, m.end)}” names ${entity.name}`);
  }
  for (const a of long.attributions) {
    assert.ok(a.content.start >= 0 && a.content.end <= text.length);
    if (a.speakerEntity !== null) assert.equal(a.speakerName, long.entities[a.speakerEntity]!.name);
  }
  const quoted = long.attributions.filter((a) => a.direct);
  assert.equal(quoted.length, 600);
  for (const a of quoted) assert.equal(text.slice(a.content.start, a.content.end), 'We will stay out until the port listens');
  for (let i = 1; i < long.sentences.length; i++) assert.ok(long.sentences[i]!.start >= long.sentences[i - 1]!.end, 'sentences in order, not overlapping');
});
