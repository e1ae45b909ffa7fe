import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, articleFromRawText, canonicalKey } from './index.js';
import { testContext } from '../../test/support/context.js';
import { dataFile } from '../../eval/lib/report.js';

test('should return spans that lie inside the text and mentions that point at their entity', () => {
  const text = 'Dock strike spreads\n\nUnion leader Mara Lind said on Friday that 300 workers walked out. “We will not go back,” Lind told Harbour Radio.';
  const analysis = analyzeArticle()(articleFromRawText(text, { id: 'a', source: 'a.txt' }));
  assert.equal(analysis.article, 'a');
  assert.equal(analysis.sentences[0]?.heading, true);
  for (const span of [...analysis.sentences, ...analysis.mentions, ...analysis.quantities]) assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
  for (const m of analysis.mentions) assert.ok(analysis.entities[m.entity]);
  assert.ok(analysis.quantities.some((q) => q.value === 300 && q.counts === 'workers'));
  assert.equal(analysis.attributions.length, 2);
  assert.equal(analysis.attributions[1]?.speakerName, 'Mara Lind');
});

test('should report no-speaker diagnostics through the context', () => {
  const ctx = testContext();
  analyzeArticle()(articleFromRawText('Calm returned.\n\n“Nobody told us anything about the closure at all.”', { id: 'b', source: 'b.txt' }), ctx);
  assert.equal(ctx.diagnostics.length, 1);
  assert.equal(ctx.diagnostics[0]?.rule, 'no-speaker');
  assert.equal(ctx.diagnostics[0]?.article, 'b');
});

test('should find the seed articles’ speakers, venues, people and places', (t) => {
  const dir = dataFile('seeds');
  if ('missing' in dir) {
    t.skip(dir.missing);
    return;
  }
  const analyze = analyzeArticle();
  const results = readdirSync(dir.path).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(dir.path, f), 'utf8');
    return { text, analysis: analyze(articleFromRawText(text, { id: f, source: f })) };
  });
  const quotes = results.flatMap(({ text, analysis }) => analysis.attributions.map((a) => ({
    name: a.speakerName ?? '', venue: a.venue, words: (a.pieces ?? [a.content]).map((p) => text.slice(p.start, p.end)).join(' '),
  })));
  const said = (name: RegExp, words: RegExp, venue?: string) => quotes.some((q) => name.test(q.name) && words.test(q.words) && (venue === undefined || q.venue === venue));
  assert.ok(said(/Peskov/, /We are talking about Moscow at this point/, 'TASS'), 'Peskov via TASS');
  assert.ok(said(/Ushakov/, /guarantee his safety/, 'Russia Today'), 'Ushakov via Russia Today');
  assert.ok(said(/official/i, /./, 'AFP'), 'US official via AFP');
  assert.ok(said(/Kadyrov/, /against negotiations/), 'Kadyrov’s words');
  assert.ok(said(/Zelensk/, /attacks discredit/), 'Zelenskyy’s words');
  const entities = results.flatMap(({ analysis }) => analysis.entities);
  const has = (name: string, kind: string) => entities.some((e) => e.kind === kind && e.key.split(' ').includes(canonicalKey(name)));
  for (const person of ['Peskov', 'Ushakov', 'Putin', 'Trump', 'Rubio', 'Lavrov', 'Kadyrov', 'Sybiha']) assert.ok(has(person, 'person'), person);
  for (const place of ['Moscow', 'Kyiv', 'Abu Dhabi', 'Zaporizhzhia', 'Dnipropetrovsk', 'Donetsk']) {
    assert.ok(entities.some((e) => e.kind === 'place' && e.key === canonicalKey(place)), place);
  }
  assert.ok(has('Kremlin', 'organization'), 'Kremlin');
});

test('should analyse only the first characters of an over-long article, cut at a paragraph, and say so', () => {
  const paragraph = (i: number) => `Harbour pilot Tomas Reyes said on day ${i} that ${i + 40} ferries ran late. “The tide turned early,” Reyes said.`;
  const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n');
  const article = articleFromRawText(text, { id: 'long', source: 'long.txt' });
  const ctx = testContext();
  const capped = analyzeArticle({ maxAnalysedChars: 20_000 })(article, ctx);
  const warning = capped.diagnostics.find((d) => d.rule === 'analysis-truncated');
  assert.ok(warning?.span, 'an analysis-truncated warning with the unanalysed span');
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.span.end, text.length);
  const cut = warning.span.start;
  assert.ok(cut <= 20_000 && cut > 12_000, `cut at ${cut}`);
  assert.equal(text.slice(cut, cut + 2), '\n\n', 'cut at a paragraph break');
  assert.ok(ctx.diagnostics.some((d) => d.rule === 'analysis-truncated'), 'reported through the context');
  for (const span of [...capped.sentences, ...capped.mentions, ...capped.quantities, ...capped.attributions.map((a) => a.content)]) assert.ok(span.end <= cut);
  // What is analysed is exactly what analysing the kept part alone gives.
  const prefix = analyzeArticle()(articleFromRawText(text.slice(0, cut), { id: 'long', source: 'long.txt' }));
  assert.deepEqual(capped.attributions, prefix.attributions);
  assert.deepEqual(capped.sentences, prefix.sentences);
  assert.ok(capped.attributions.length > 100, 'the kept part is analysed in full');
  // The whole text under the default limit: no warning, every paragraph's quote.
  const whole = analyzeArticle()(article);
  assert.ok(!whole.diagnostics.some((d) => d.rule === 'analysis-truncated'));
  assert.ok(whole.attributions.length > capped.attributions.length * 2);
});

test('should take the analysis limit from the context over the option', () => {
  const text = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says the pier reopened after repairs on the east wall.`).join('\n\n');
  const article = articleFromRawText(text, { id: 'c', source: 'c.txt' });
  const ctx = { ...testContext(), limits: { maxAnalysedChars: 1_000 } };
  const analysis = analyzeArticle({ maxAnalysedChars: 100_000 })(article, ctx);
  const warning = analysis.diagnostics.find((d) => d.rule === 'analysis-truncated');
  assert.ok(warning?.span && warning.span.start <= 1_000);
  assert.ok(analysis.sentences.every((s) => s.end <= 1_000));
});
