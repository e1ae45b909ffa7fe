/** A lock file that keeps a second process from opening the same PGlite directory (PGlite is single-process). */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EngineError } from '../core/index.js';

/** Name of the lock file inside the data directory. */
export const LOCK_FILE = 'concord.lock';

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock (a stale lock left by a killed process is taken over); returns its release. */
export function lockDirectory(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try { unlinkSync(path); } catch { /* already gone */ }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new EngineError('E_STORE', `${dir}: cannot create the lock file (${(error as Error).message})`, { subject: dir, cause: error });
      }
      let holder = Number.NaN;
      try { holder = Number(readFileSync(path, 'utf8').trim()); } catch { /* removed meanwhile */ }
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new EngineError('E_STORE', `${dir}: the database is in use by process ${holder}; embedded stores take one process at a time (use a PostgreSQL server for several)`, { subject: dir });
      }
      try { unlinkSync(path); } catch { /* someone else took it over */ }
    }
  }
  throw new EngineError('E_STORE', `${dir}: could not take the lock file`, { subject: dir });
}
