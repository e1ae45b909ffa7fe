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

/** Reads inputs and analyses them with the real stages; null when align is not built yet. */
async function analyse(inputs: string[]): Promise<AnalysisResult | null> {
  const stages = await loadStoreStages();
  if (stages.fallbacks.includes('alignStory')) return null;
  const ctx = nodeContext();
  const articles: Article[] = [];
  for await (const a of stages.readSources(inputs, ctx)) articles.push(a);
  return analyzeBatch(articles, ctx, { stages: { align: stages.align } });
}

test('should write a cited, marked brief for the demo corpus with the real stages', async (t) => {
  const result = await analyse([fileURLToPath(new URL('../../../examples/demo', import.meta.url))]);
  if (!result) return t.skip('src/corpus/align is not built yet');
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(result))), []);
  const ferry = result.stories.find((s) => s.articles.length === 5);
  assert.ok(ferry, JSON.stringify(result.stories.map((s) => s.articles)));
  const outlets = (ids: string[]) => new Set(ids.map((id) => result.articles.find((a) => a.id === id)!.outlet));
  assert.ok(outlets(ferry.brief.flatMap((s) => s.citations.map((c) => c.article))).size >= 4);
  assert.ok(ferry.brief.length >= 4 && ferry.brief.length <= 12, `${ferry.brief.length}`);
  assert.equal(ferry.brief.filter((s) => s.text.includes('We will find out what went wrong')).length, 1);
  for (const s of ferry.brief) {
    assert.doesNotMatch(s.text, /Advertisement|\?$|is a reporter with/);
    if (outlets(s.citations.map((c) => c.article)).size === 1) assert.match(s.text, /^(According to|One outlet)/, s.text);
  }
});

test('should show an editor\'s brief on the seeds (skipped without ../shared/data)', async (t) => {
  const seeds = dataFile('seeds');
  if ('missing' in seeds) return t.skip(seeds.missing);
  const result = await analyse([seeds.path]);
  if (!result) return t.skip('src/corpus/align is not built yet');
  assert.deepEqual(contractProblems(JSON.parse(JSON.stringify(result))), []);
  const failed = seedChecks(result).filter((c) => !c.ok && c.name !== 'a disagreement between outlets is shown');
  assert.deepEqual(failed, []);
});
