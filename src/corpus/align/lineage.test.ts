import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Article, ArticleAnalysis, Attribution } from '../../core/index.js';
import { unquotedText } from './07-lineage.js';

const article = (text: string): Article => ({ id: 'a', source: 'a.txt', outlet: null, title: null, published: null, author: null, language: 'en', text, headings: [] } as unknown as Article);
const analysis = (spans: Array<{ start: number; end: number; direct: boolean }>): ArticleAnalysis => ({
  article: 'a', sentences: [], entities: [], mentions: [], quantities: [], diagnostics: [],
  attributions: spans.map(({ start, end, direct }) => ({ direct, content: { start, end } }) as unknown as Attribution),
});

/** The plain definition: every direct content blanked, one after another. */
function blankedOneByOne(text: string, spans: Array<{ start: number; end: number; direct: boolean }>): string {
  let out = text;
  for (const s of spans) if (s.direct) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out.replace(/["“«][^"”»]{0,600}["”»]/g, (m) => ' '.repeat(m.length));
}

test('should blank direct quote contents exactly as blanking them one by one does, overlaps and any order included', () => {
  const input = fc.string({ maxLength: 200 }).chain((text) => fc.tuple(fc.constant(text), fc.array(
    fc.record({ a: fc.nat({ max: text.length }), b: fc.nat({ max: text.length }), direct: fc.boolean() }).map(({ a, b, direct }) => ({ start: Math.min(a, b), end: Math.max(a, b), direct })),
    { maxLength: 12 },
  )));
  fc.assert(fc.property(input, ([text, spans]) => {
    assert.equal(unquotedText(article(text), analysis(spans)), blankedOneByOne(text, spans));
  }), { numRuns: 500, seed: 707 });
  assert.equal(unquotedText(article('He said “no” today.'), undefined), 'He said      today.');
});

test('should blank thousands of quotes in a long text in one pass', () => {
  // 4,000 quotes over 1.2 MB: blanking one by one copies the whole text per quote (≈ 5 GB of copying).
  const paragraph = 'The council said it would study the plan, a spokesperson added on Friday evening. ';
  const text = paragraph.repeat(15_000);
  const spans = Array.from({ length: 4_000 }, (_, i) => ({ start: i * paragraph.length * 3 + 4, end: i * paragraph.length * 3 + 40, direct: true }));
  const out = unquotedText(article(text), analysis(spans));
  assert.equal(out.length, text.length);
  assert.equal(out.slice(spans[7]!.start, spans[7]!.end).trim(), '');
  assert.equal(out.slice(0, 4), 'The ');
});
