/**
 * A child process for the crash and concurrency tests: ingests `count` generated articles (numbers from `first`)
 * through the real engine pipeline (store + story assignment with the real clusterer; analysis replaced by a
 * light one, so start-up stays short) into the store named by argv[2] (JSON `{"dir"}` or `{"url"}`), `batch`
 * articles per transaction; the clusterer is rebuilt from the 500 most recent assignments, which keeps each
 * restart short. Prints `ready` when about to ingest, a dot per article committed (or found stored), and
 * `done {summary}` at the end, so the parent can kill it at random moments in between.
 */
import { ingestArticles } from '../../src/engine/store-ingest.js';
import type { StoreStages } from '../../src/engine/store-stages.js';
import { fallbackAlign, fallbackReadSources, fallbackRender } from '../../src/engine/store-fallbacks.js';
import { clusterDocFrom, createClusterer } from '../../src/corpus/cluster/index.js';
import { openStore } from '../../src/store/index.js';
import type { Article } from '../../src/core/index.js';
import { makeArticle, simpleAnalysis } from './store-fixtures.js';
import { testContext } from './context.js';

const [target, count = '100', first = '0', seed = '1', batch = '1'] = process.argv.slice(2);

/** The stages the child needs: the real clusterer, everything else light. */
const stages: StoreStages = {
  readSources: fallbackReadSources, analyze: simpleAnalysis, align: fallbackAlign, brief: () => [],
  renderMarkdown: (r) => fallbackRender(r, 'md'), renderHtml: (r) => fallbackRender(r, 'html'), createClusterer, clusterDocFrom, fallbacks: [],
};

/** Articles first…first+count-1 in an order shuffled by `seed` (every run reads all of them again). */
async function* generated(): AsyncGenerator<Article> {
  const order = Array.from({ length: Number(count) }, (_, i) => Number(first) + i);
  let state = Number(seed) >>> 0 || 1;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const n of order) yield makeArticle(n);
}

const store = await openStore(JSON.parse(target!) as { dir?: string; url?: string });
process.stdout.write('ready\n');
const summary = await ingestArticles(store, generated(), testContext(), { align: false, window: 500, batchSize: Number(batch), onArticle: () => { process.stdout.write('.'); } }, stages);
await store.close();
process.stdout.write(`\ndone ${JSON.stringify(summary)}\n`);
