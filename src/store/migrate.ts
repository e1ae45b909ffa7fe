/** Applies the numbered migrations a store lacks, under an advisory lock so two processes opening at once agree. */
import type pg from 'pg';
import { EngineError } from '../core/index.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

/** Advisory-lock key held while migrating ("concord-migrate"). */
export const MIGRATE_LOCK = 0x636f6e01;

/** Brings the schema up to SCHEMA_VERSION; returns the versions it applied. */
export async function migrate(client: pg.PoolClient): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const have = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...have);
    if (newest > SCHEMA_VERSION) {
      throw new EngineError('E_STORE', `the database has schema version ${newest}, newer than this Concord (${SCHEMA_VERSION}); upgrade Concord`);
    }
    for (const migration of MIGRATIONS) {
      if (have.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return applied;
}
