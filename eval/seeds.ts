/** The reference story: `concord analyze` on ../shared/data/seeds, and what its brief shows an editor (counts, no seed text). */
import type { AnalysisResult, Article } from '../src/core/index.js';
import { analyzeBatch, loadStoreStages, nodeContext } from '../src/engine/index.js';
import { seedChecks, mainStory } from '../src/brief/testing/seed-checks.js';
import { dataFile, type ReportSection } from './lib/report.js';
import type { SectionOptions } from './lib/runner.js';

/** Reads and analyses the seeds with the real stages; null when the data is absent. */
export async function analyzeSeeds(): Promise<{ result: AnalysisResult; fallbacks: string[]; ms: number } | { missing: string }> {
  const found = dataFile('seeds');
  if ('missing' in found) return found;
  const stages = await loadStoreStages();
  const ctx = nodeContext();
  const articles: Article[] = [];
  const started = performance.now();
  for await (const a of stages.readSources([found.path], ctx)) articles.push(a);
  const result = analyzeBatch(articles, ctx);
  return { result, fallbacks: stages.fallbacks, ms: performance.now() - started };
}

/** The eval section. */
export async function run(_options: SectionOptions): Promise<ReportSection | null> {
  const seeds = await analyzeSeeds();
  if ('missing' in seeds) {
    console.log(`[seeds] ${seeds.missing}`);
    return null;
  }
  const { result, fallbacks, ms } = seeds;
  const story = mainStory(result);
  const checks = seedChecks(result);
  const byStatus = (status: string) => story?.facts.filter((f) => f.status === status).length ?? 0;
  const lines = [
    `Command: \`npm run eval -- --only seeds\` (analyse + cluster + align + brief of the five seed articles in ${ms.toFixed(0)} ms).`,
    '',
    `${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'}; main story: ${story?.articles.length ?? 0} articles, ${story?.facts.length ?? 0} facts`
      + ` (${byStatus('corroborated')} corroborated, ${byStatus('single-source')} single-source, ${byStatus('disputed')} disputed), ${story?.quotes.length ?? 0} quotes, ${story?.lineage.length ?? 0} lineage links.`,
    '',
    '| what the brief must show | result | seen |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${c.ok ? 'yes' : '**no**'} | ${c.detail} |`),
    '',
    `${checks.filter((c) => c.ok).length} of ${checks.length} checks pass. The brief's text is not copied here (the seeds stay outside the repository).`,
    fallbacks.length > 0 ? `Stages on a fallback in this build: ${fallbacks.join(', ')}.` : '',
  ];
  return { title: 'Reference story (seeds): the brief', markdown: lines.join('\n') };
}
