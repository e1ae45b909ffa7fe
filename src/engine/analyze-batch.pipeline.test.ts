import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { analyzeBatch } from './analyze-batch.js';
import { loadStoreStages } from './store-stages.js';
import { nodeContext } from './node-context.js';
import { contractProblems } from '../brief/testing/contract.js';
import { seedChecks } from '../brief/testing/seed-checks.js';
import { dataFile } from '../../eval/lib/report.js';
import type { AnalysisResult, Article } from '../core/index.js';

/** Reads inputs and analyses them with the real stages. */
async function analyse(inputs: string[]): Promise<AnalysisResult | null> {
  const stages = await loadStoreStages();
  const ctx = nodeContext();
  const articles: Article[] = [];
  for await (const a of stages.readSources(inputs, ctx)) articles.push(a);
  return analyzeBatch(articles, ctx);
}

test('should write a cited, marked brief for the demo corpus with the real stages', async () => {
  const result = await analyse([fileURLToPath(new URL('../../../examples/demo', import.meta.url))]);
  assert.ok(result);
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(result))), []);
  const ferry = result.stories.find((s) => s.articles.length === 5);
  assert.ok(ferry, JSON.stringify(result.stories.map((s) => s.articles)));
  const outlets = (ids: string[]) => new Set(ids.map((id) => result.articles.find((a) => a.id === id)!.outlet));
  assert.ok(outlets(ferry.brief.flatMap((s) => s.citations.map((c) => c.article))).size >= 4);
  assert.ok(ferry.brief.length >= 4 && ferry.brief.length <= 12, `${ferry.brief.length}`);
  assert.equal(ferry.brief.filter((s) => s.text.includes('We will find out what went wrong')).length, 1);
  assert.ok(ferry.brief.some((s) => /^Accounts differ/.test(s.text) && /\bfour\b/i.test(s.text) && /\bsix\b/i.test(s.text)), 'four vs six injured');
  assert.ok(ferry.lineage.some((l) => l.from === 'harbor-times-ferry-fire' && l.to === 'buzz-digest-ferry-fire'), 'the rewrite');
  for (const s of ferry.brief) {
    assert.doesNotMatch(s.text, /Advertisement|\?$|is a reporter with/);
    if (outlets(s.citations.map((c) => c.article)).size === 1) assert.match(s.text, /^(According to|One outlet)/, s.text);
  }
});

test('should show an editor\'s brief on the seeds (skipped without ../shared/data)', async (t) => {
  const seeds = dataFile('seeds');
  if ('missing' in seeds) return t.skip(seeds.missing);
  const result = await analyse([seeds.path]);
  assert.ok(result);
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(result))), []);
  const failed = seedChecks(result).filter((c) => !c.ok && c.name !== 'a disagreement between outlets is shown');
  assert.deepEqual(failed, []);
});
