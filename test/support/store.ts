/**
 * Runs store tests on both backends: PGlite cloned from a migrated template (built once per machine and schema),
 * and PostgreSQL in a fresh schema per test when CONCORD_TEST_DATABASE_URL is set.
 * With CONCORD_REQUIRE_POSTGRES=1 a missing or unreachable server fails the test instead of skipping it.
 */
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import pg from 'pg';
import { MIGRATIONS, openStore, type Backend, type Store } from '../../src/store/index.js';

/** A store made for one test; `dispose` closes it and removes its data. */
export interface TestStore extends Store {
  /** For PGlite the data directory; for PostgreSQL the URL that selects this test's schema. */
  target: { dir: string } | { url: string };
  dispose(): Promise<void>;
}

/** Both backends, in the order tests run them. */
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

/** The server URL for tests, or null. */
export function testDatabaseUrl(): string | null {
  return process.env.CONCORD_TEST_DATABASE_URL || null;
}

/** Where the migrated PGlite template lives: keyed by the migrations, so a schema change builds a new one. */
function templatePath(): string {
  const key = createHash('sha256').update(MIGRATIONS.map((m) => m.sql).join('\n')).digest('hex').slice(0, 12);
  return join(tmpdir(), `concord-pglite-template-${key}`);
}

/** Builds the template once (concurrent builders race harmlessly: the first rename wins). */
async function pgliteTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  const build = `${path}.build-${process.pid}-${randomBytes(3).toString('hex')}`;
  const store = await openStore({ dir: build });
  await store.close();
  writeFileSync(join(build, '.template'), 'migrated concord PGlite template\n');
  try {
    renameSync(build, path);
  } catch {
    rmSync(build, { recursive: true, force: true });
  }
  return path;
}

/** A scratch directory removed by the caller. */
export function scratchDir(prefix = 'concord-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the migrated template, not opened (for tests that open it themselves, e.g. in a child process). */
export async function clonePgliteDir(): Promise<string> {
  const dir = join(scratchDir(), 'db');
  cpSync(await pgliteTemplate(), dir, { recursive: true });
  return dir;
}

/** A fresh empty schema on the test server; returns the URL that selects it and a function that drops it. */
export async function freshSchemaUrl(base: string): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const drop = async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try { await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await c.end(); }
  };
  return { url: url.toString(), schema, drop };
}

/** Opens a fresh, migrated store on `backend`. */
export async function openTestStore(backend: Backend): Promise<TestStore> {
  if (backend === 'pglite') {
    const dir = await clonePgliteDir();
    const store = await openStore({ dir });
    const dispose = async () => { await store.close(); rmSync(join(dir, '..'), { recursive: true, force: true }); };
    return { ...store, target: { dir }, dispose };
  }
  const base = testDatabaseUrl();
  if (base === null) throw new Error('CONCORD_TEST_DATABASE_URL is not set');
  const fresh = await freshSchemaUrl(base);
  const store = await openStore({ url: fresh.url });
  return { ...store, target: { url: fresh.url }, dispose: async () => { await store.close(); await fresh.drop(); } };
}

/** Why the PostgreSQL backend cannot run here, or null when it can (a required but missing server throws). */
export function postgresSkipReason(): string | null {
  if (testDatabaseUrl() !== null) return null;
  if (process.env.CONCORD_REQUIRE_POSTGRES === '1') throw new Error('CONCORD_REQUIRE_POSTGRES=1 but CONCORD_TEST_DATABASE_URL is not set');
  return 'PostgreSQL not configured (set CONCORD_TEST_DATABASE_URL to run store tests on a server too)';
}

/** Registers `name` once per backend (`name [pglite]`, `name [postgres]`), each with its own fresh store. */
export function storeTest(name: string, fn: (store: TestStore, t: TestContext) => Promise<void>, options: { timeout?: number } = {}): void {
  for (const backend of BACKENDS) {
    test(`${name} [${backend}]`, { timeout: options.timeout ?? 60_000 }, async (t) => {
      if (backend === 'postgres') {
        const reason = postgresSkipReason();
        if (reason !== null) { t.skip(reason); return; }
      }
      const store = await openTestStore(backend);
      try {
        await fn(store, t);
      } finally {
        await store.dispose();
      }
    });
  }
}

/** Registers `name` once per backend with just the backend (tests that open stores themselves, e.g. in child processes). */
export function backendTest(name: string, fn: (backend: Backend, t: TestContext) => Promise<void>, options: { timeout?: number } = {}): void {
  for (const backend of BACKENDS) {
    test(`${name} [${backend}]`, { timeout: options.timeout ?? 120_000 }, async (t) => {
      if (backend === 'postgres') {
        const reason = postgresSkipReason();
        if (reason !== null) { t.skip(reason); return; }
      }
      await fn(backend, t);
    });
  }
}
