/** Finds where the store is (--db / CONCORD_DB / ./.concord, or --database-url / DATABASE_URL) and opens it. */
import { resolve } from 'node:path';
import { EngineError } from '../core/index.js';
import { openStore, type Store, type StoreOptions } from '../store/index.js';

/** Default PGlite directory, relative to the working directory. */
export const DEFAULT_DB_DIR = '.concord';

/** Where the store is, as the user gave it. Flags beat the environment; a URL beats a directory of the same rank. */
export interface StoreLocation {
  /** `--db DIR` */
  db?: string;
  /** `--database-url URL` */
  databaseUrl?: string;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Resolves the store options: --database-url, --db, DATABASE_URL, CONCORD_DB, then ./.concord. */
export function resolveStoreOptions(location: StoreLocation): StoreOptions {
  if (location.db !== undefined && location.databaseUrl !== undefined) {
    throw new EngineError('E_USAGE', 'give either --db or --database-url, not both');
  }
  const url = location.databaseUrl ?? (location.db === undefined ? location.env.DATABASE_URL || undefined : undefined);
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new EngineError('E_BAD_OPTION', 'the database URL must start with postgres:// or postgresql://', { subject: 'database-url' });
    return { url };
  }
  const dir = location.db ?? (location.env.CONCORD_DB || DEFAULT_DB_DIR);
  if (dir === '') throw new EngineError('E_BAD_OPTION', '--db needs a directory', { subject: 'db' });
  return { dir: resolve(location.cwd, dir) };
}

/** Opens the store the user pointed at (creating and migrating it as needed). */
export function openStoreAt(location: StoreLocation): Promise<Store> {
  return openStore(resolveStoreOptions(location));
}

/** The options every store command accepts (for a command's `options`). */
export const STORE_CLI_OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** Usage lines for the store options. */
export const STORE_CLI_USAGE = `  --db DIR              embedded database directory (default $CONCORD_DB or ./.concord)
  --database-url URL    PostgreSQL server instead (default $DATABASE_URL), e.g. postgres://user:pass@host/db`;

/** The store location from parsed CLI values and the process edges. */
export function storeLocationFrom(values: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>, cwd: string): StoreLocation {
  const db = typeof values.db === 'string' ? values.db : undefined;
  const databaseUrl = typeof values['database-url'] === 'string' ? (values['database-url'] as string) : undefined;
  return { db, databaseUrl, env, cwd };
}
