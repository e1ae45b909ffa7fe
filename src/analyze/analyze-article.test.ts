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
