/** Opens a store: PGlite in a directory through its node-postgres adapter, or a PostgreSQL server by URL; migrates it. */
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { EngineError } from '../core/index.js';
import { redactUrl, storeError } from './errors.js';
import { lockDirectory } from './lock.js';
import { migrate } from './migrate.js';
import type { Store, StoreOptions } from './types.js';

/** Runs fn inside BEGIN … COMMIT on one client of the pool. */
function transactionOn(pool: pg.Pool) {
  return async <T>(fn: (db: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

/** Migrates through one client, then hands back the finished store. */
async function finish(base: Omit<Store, 'transaction' | 'openedInMs'>, started: number): Promise<Store> {
  const client = await base.pool.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  return { ...base, transaction: transactionOn(base.pool), openedInMs: performance.now() - started };
}

/** Opens an embedded PGlite store in `dir` (one process at a time). */
async function openPglite(dir: string, started: number): Promise<Store> {
  mkdirSync(dir, { recursive: true });
  const unlock = lockDirectory(dir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(dir);
    const pool = new pg.Pool({ ...createPgConfig(pglite), idleTimeoutMillis: 0 } as pg.PoolConfig);
    const db = pglite;
    const close = async () => {
      await pool.end();
      await db.close();
      unlock();
    };
    try {
      return await finish({ backend: 'pglite', location: dir, pool, close }, started);
    } catch (error) {
      await close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (pglite === undefined) unlock();
    throw storeError(`cannot open the embedded database in ${dir}`, error, dir);
  }
}

/** Opens a PostgreSQL store by connection string, optionally inside its own schema. */
async function openPostgres(url: string, options: StoreOptions, started: number): Promise<Store> {
  const location = redactUrl(url);
  const config: pg.PoolConfig = { connectionString: url, max: options.maxConnections ?? 4 };
  if (options.schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new EngineError('E_BAD_OPTION', `schema \`${options.schema}\` must be lower-case letters, digits and _`);
    const setup = new pg.Client({ connectionString: url });
    try {
      await setup.connect();
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } catch (error) {
      throw storeError(`cannot connect to ${location}`, error, location);
    } finally {
      await setup.end().catch(() => undefined);
    }
    config.options = `-c search_path=${options.schema}`;
  }
  const pool = new pg.Pool(config);
  pool.on('error', () => undefined); // an idle client's broken connection is replaced on next use
  try {
    return await finish({ backend: 'postgres', location, pool, close: () => pool.end() }, started);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw storeError(`cannot open ${location}`, error, location);
  }
}

/** Opens (creating and migrating as needed) the store at `dir` or `url`. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const started = performance.now();
  if ((options.dir === undefined) === (options.url === undefined)) {
    throw new EngineError('E_USAGE', 'open a store with exactly one of a directory or a database URL');
  }
  return options.url !== undefined ? openPostgres(options.url, options, started) : openPglite(options.dir!, started);
}
