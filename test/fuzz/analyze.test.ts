import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFromText } from '../../src/ingest/index.js';
import type { Article } from '../../src/core/index.js';
import { cpuMs, allowedMs, analyzeChecked, analyzeWhole, newsLike, show } from './support.js';

/** Inputs in CI; the bench runs more. */
const RUNS = Number(process.env.CONCORD_FUZZ_RUNS ?? 150);

/** Prose-like pieces with the characters that trip sentence, quote and number parsers. */
const BITS = ['"', '“', '”', '‘', '’', "'", '«', '»', '—', '-', '.', '. ', '...', '!?', '?', ',', ':', ';', '\n', '\n\n', ' ', 'said', 'told reporters', 'according to',
  'Mr.', 'Dr. ', 'U.S.', 'Mara Ilves', 'the envoy', 'Veltham', '40%', '$1.2bn', '3.5 million', '1,200', 'March 3', '2026', '€', '½', '\u0000', '\ud800', '\udfff',
  '\u202e', '\u200b', '🙂', '日本語', 'é', 'İ', 'ß', '\t', '(', ')', '[', ']', '<script>', '&amp;'];

/** Random prose-like texts. */
const prose = fc.array(fc.oneof(fc.constantFrom(...BITS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 }).map((p) => p.join(''));

/** An article around a text, with random heading spans (some out of range, as a broken upstream might send). */
function article(text: string, headings: { start: number; end: number }[] = []): Article {
  const a = articleFromText(text, { id: 'fuzz', source: 'fuzz.txt' });
  return { ...a, text, headings };
}

test('should analyse random prose-like text without throwing, with every span inside the text', () => {
  fc.assert(fc.property(prose, (text) => {
    const started = cpuMs();
    analyzeChecked(article(text));
    assert.ok(cpuMs() - started <= allowedMs(text.length), show(text));
  }), { numRuns: RUNS, seed: 4040 });
});

test('should analyse arbitrary unicode strings, including lone surrogates and control characters', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => analyzeChecked(article(text))), { numRuns: RUNS, seed: 5050 });
});

test('should analyse text whose heading spans are valid, empty or reversed without throwing', () => {
  const withHeadings = prose.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.record({ start: fc.nat({ max: text.length }), end: fc.nat({ max: text.length }) }), { maxLength: 4 })));
  fc.assert(fc.property(withHeadings, ([text, spans]) => analyzeChecked(article(text, spans.map(({ start, end }) => ({ start: Math.min(start, end), end: Math.max(start, end) }))))), { numRuns: Math.ceil(RUNS / 2), seed: 6060 });
});

test('should analyse pathological shapes: deeply nested quotes and brackets, one endless sentence, no spaces', () => {
  const shapes = [
    `${'"'.repeat(5000)}We agree${'"'.repeat(5000)} she said.`,
    `${'(“'.repeat(3000)}Officials said${'”)'.repeat(3000)}.`,
    `The ${'very '.repeat(40_000)}long sentence, officials said`,
    `${'1,'.repeat(30_000)}000 people`,
    `${'Mr. '.repeat(20_000)}Ilves said.`,
  ];
  for (const text of shapes) {
    const started = cpuMs();
    analyzeChecked(article(text));
    const ms = cpuMs() - started;
    assert.ok(ms <= allowedMs(Buffer.byteLength(text)), `${ms.toFixed(0)} ms for ${show(text)}`);
  }
});

test('should analyse one 20,000-character word (no spaces) without a super-linear blow-up', () => {
  const text = `Officials said ${'x'.repeat(20_000)} today.`;
  const started = cpuMs();
  analyzeChecked(article(text));
  const ms = cpuMs() - started;
  assert.ok(ms <= allowedMs(Buffer.byteLength(text)), `${ms.toFixed(0)} ms for ${text.length} characters`);
});

test('should analyse a 512 KB news-like article whole (in segments, length limit lifted) without a super-linear blow-up, spans inside the text', () => {
  const text = newsLike(524_288, 7);
  const started = cpuMs();
  analyzeChecked(article(text, [{ start: 0, end: 37 }, { start: text.length - 10, end: text.length + 5 }]), analyzeWhole);
  const ms = cpuMs() - started;
  assert.ok(ms < allowedMs(text.length), `${ms.toFixed(0)} ms for ${text.length} characters`);
});
