/**
 * `npm run bench -- --only store`: articles stored per second on each backend (one article per transaction, and
 * 50 per transaction with a savepoint each), start-up time (fresh and existing store), and database size per
 * 1000 articles. The pipeline is the real one (store + story assignment with the real clusterer); the per-article
 * NLP is replaced by a light analysis so the figures are the store's own.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticles } from '../src/engine/store-ingest.js';
import type { StoreStages } from '../src/engine/store-stages.js';
import { fallbackAlign, fallbackReadSources, fallbackRender } from '../src/engine/store-fallbacks.js';
import { clusterDocFrom, createClusterer } from '../src/corpus/cluster/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { makeArticle, simpleAnalysis } from '../test/support/store-fixtures.js';
import { testContext } from '../test/support/context.js';
import { freshSchemaUrl } from '../test/support/store.js';
import { fixed, median, type ReportSection } from '../eval/lib/report.js';
import type { SectionOptions } from '../eval/lib/runner.js';

const stages: StoreStages = {
  readSources: fallbackReadSources, analyze: simpleAnalysis, align: fallbackAlign, brief: () => [],
  renderMarkdown: (r) => fallbackRender(r, 'md'), renderHtml: (r) => fallbackRender(r, 'html'), createClusterer, clusterDocFrom, fallbacks: [],
};

/** Bytes under a directory. */
function du(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) total += e.isDirectory() ? du(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

/** Bytes of Concord's tables (with indexes and TOAST) in the store's schema. */
async function tableBytes(store: Store): Promise<number> {
  const { rows } = await store.pool.query(`SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS n FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()`);
  return Number(rows[0].n);
}

/** Ingests articles [from, from+count) and returns articles per second. */
async function ingestRate(store: Store, from: number, count: number, batchSize: number): Promise<number> {
  async function* articles() { for (let i = from; i < from + count; i++) yield makeArticle(i); }
  const started = performance.now();
  const summary = await ingestArticles(store, articles(), testContext(), { align: false, batchSize }, stages);
  if (summary.new !== count) throw new Error(`expected ${count} new articles, got ${summary.new}`);
  return count / ((performance.now() - started) / 1000);
}

/** One backend's figures. */
interface Figures { backend: string; openFresh: number; openExisting: number; perTx1: number[]; perTx50: number[]; bytesPer1000: number; dirBytesPer1000: number | null }

/** Measures one backend; `open` makes an empty store each call, `reopen` opens the last one again. */
async function measure(backend: string, fresh: () => Promise<{ store: Store; reopen: () => Promise<Store>; dir: string | null }>, n: number, repeats: number): Promise<Figures> {
  const f: Figures = { backend, openFresh: NaN, openExisting: NaN, perTx1: [], perTx50: [], bytesPer1000: NaN, dirBytesPer1000: null };
  const opens: number[] = [];
  const reopens: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const { store, reopen, dir } = await fresh();
    opens.push(store.openedInMs);
    const emptyBytes = await tableBytes(store);
    const emptyDir = dir ? du(dir) : 0;
    f.perTx1.push(await ingestRate(store, 0, n, 1));
    f.perTx50.push(await ingestRate(store, n, n, 50));
    await store.pool.query('CHECKPOINT');
    f.bytesPer1000 = ((await tableBytes(store)) - emptyBytes) / (2 * n) * 1000;
    await store.close();
    if (dir) f.dirBytesPer1000 = (du(dir) - emptyDir) / (2 * n) * 1000;
    const again = await reopen();
    reopens.push(again.openedInMs);
    await again.close();
  }
  f.openFresh = median(opens);
  f.openExisting = median(reopens);
  return f;
}

/** Runs the section. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const n = options.quick ? 200 : 1000;
  const repeats = options.quick ? 1 : 3;
  const loadBefore = loadavg()[0]!;
  const root = mkdtempSync(join(tmpdir(), 'concord-bench-store-'));
  const results: Figures[] = [];
  try {
    let k = 0;
    results.push(await measure('PGlite (embedded)', async () => {
      const dir = join(root, `db${k++}`);
      const store = await openStore({ dir });
      return { store, dir, reopen: () => openStore({ dir }) };
    }, n, repeats));
    const url = process.env.CONCORD_BENCH_DATABASE_URL ?? process.env.CONCORD_TEST_DATABASE_URL;
    if (url) {
      const drops: (() => Promise<void>)[] = [];
      results.push(await measure('PostgreSQL 15 (loopback)', async () => {
        const schema = await freshSchemaUrl(url);
        drops.push(schema.drop);
        const store = await openStore({ url: schema.url });
        return { store, dir: null, reopen: () => openStore({ url: schema.url }) };
      }, n, repeats));
      for (const drop of drops) await drop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const base = median(results[0]!.perTx1);
  const rows = results.map((f) => `| ${f.backend} | ${fixed(median(f.perTx1), 0)} (${fixed(median(f.perTx1) / base, 2)}×) | ${fixed(median(f.perTx50), 0)} (${fixed(median(f.perTx50) / base, 2)}×) | ${fixed(f.openFresh, 0)} | ${fixed(f.openExisting, 0)} | ${fixed(f.bytesPer1000 / 1024 / 1024, 2)}${f.dirBytesPer1000 === null ? '' : ` (data dir ${fixed(f.dirBytesPer1000 / 1024 / 1024, 2)})`} |`);
  const markdown = `Command: \`npm run bench -- --only store${options.quick ? ' --quick' : ''}\` (PostgreSQL when \`CONCORD_BENCH_DATABASE_URL\` or \`CONCORD_TEST_DATABASE_URL\` is set).
${n} generated articles (~400 characters each) per run, stored through the real ingest pipeline (idempotent put, analysis as jsonb,
story assignment with the online clusterer under the advisory lock, ingest log); per-article NLP replaced by a light analysis.
Medians of ${repeats} run(s); ratios are to PGlite at one article per transaction, measured in the same process.

| backend | articles/s, 1 per transaction | articles/s, 50 per transaction | open, new store (ms) | open, existing store (ms) | MiB per 1000 articles (tables) |
|---|---|---|---|---|---|
${rows.join('\n')}

Start-up of a new PGlite store includes initdb; "existing" is what every later \`concord\` command pays.
The machine is shared (2 cores, several concurrent jobs): the 1-minute load average was ${fixed(loadBefore, 1)} at the start and
${fixed(loadavg()[0]!, 1)} at the end of this run, so absolute rates and start-up times vary a lot between runs; ratios are steadier.`;
  return { title: 'Store: ingest rate, start-up, size', markdown };
}
