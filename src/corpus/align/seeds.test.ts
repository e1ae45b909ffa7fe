import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataFile } from '../../../eval/lib/report.js';
import { analyzeArticle, articleFromRawText } from '../../analyze/index.js';
import type { Article, Citation } from '../../core/index.js';
import { alignStory, type StoryAlignment } from './index.js';

const seeds = dataFile('seeds');

/** Reads the five seed articles and aligns them once (the data stays outside the repository). */
function alignSeeds(): { articles: Article[]; result: StoryAlignment; slice: (c: Citation) => string } {
  const dir = 'path' in seeds ? seeds.path : '';
  const analyze = analyzeArticle();
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => articleFromRawText(readFileSync(join(dir, f), 'utf8'), { id: f.replace(/\.txt$/, ''), source: f }));
  const result = alignStory()({ articles, analyses: articles.map((a) => analyze(a)) });
  const slice = (c: Citation) => articles.find((a) => a.id === c.article)!.text.slice(c.start, c.end);
  return { articles, result, slice };
}

const skip = 'missing' in seeds ? seeds.missing : false;
let cached: ReturnType<typeof alignSeeds> | null = null;
const aligned = () => (cached ??= alignSeeds());

test('should report the three deaths in Zaporizhzhia as one fact from three outlets', { skip }, () => {
  const { result, slice } = aligned();
  const deaths = result.facts.find((f) => f.citations.some((c) => /Zaporizhzhia/.test(slice(c)) && /three (people|fatalities)/.test(slice(c))));
  assert.ok(deaths, 'a fact about the three deaths');
  assert.equal(deaths.status, 'corroborated');
  assert.ok(deaths.outlets >= 3, `outlets ${deaths.outlets}`);
});

test("should keep Kadyrov's and Sybiha's statements single-source", { skip }, () => {
  const { result, slice } = aligned();
  for (const name of ['Kadyrov', 'Sybiha']) {
    const facts = result.facts.filter((f) => f.citations.some((c) => slice(c).includes(name)));
    assert.ok(facts.length > 0, `${name} appears in a fact`);
    for (const f of facts) assert.equal(f.status, 'single-source', `${name}: ${f.text}`);
  }
});

test('should find that the outlets disagree on who suggested Putin come to Kyiv', { skip }, () => {
  const { result } = aligned();
  const conflict = result.facts.flatMap((f) => f.conflicts).find((c) => /who/.test(c.reason) && /Peskov/.test(c.reason) && /Zelensk/.test(c.reason));
  assert.ok(conflict, 'a who-suggested conflict naming Peskov and Zelenskyy');
  assert.equal(new Set(conflict.citations.map((c) => c.article)).size, 2);
});

test("should merge Peskov's TASS quote across outlets", { skip }, () => {
  const { result } = aligned();
  const quote = result.quotes.find((q) => /talking about Moscow/.test(q.text));
  assert.ok(quote);
  assert.equal(quote.venue, 'TASS');
  assert.ok(new Set(quote.citations.map((c) => c.article)).size >= 2);
  assert.match(quote.speakerName ?? '', /Peskov/);
});

test('should find one article to be a rewrite of others', { skip }, () => {
  const { result } = aligned();
  assert.ok(result.lineage.some((l) => l.kind === 'rewrite'), JSON.stringify(result.lineage));
  assert.ok(result.entities.some((e) => e.name.startsWith('Volodymyr Zelensk') && e.aliases.some((a) => /Zelensky$/.test(a)) && e.aliases.some((a) => /Zelenskyy$/.test(a))));
});
