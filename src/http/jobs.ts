/** Ingest jobs: work that outlives its request, with progress the client polls. */
import { randomUUID } from 'node:crypto';
import { EngineError, type ErrorCode } from '../core/index.js';
import type { IngestProgress, IngestResult } from './repository.js';
import { toEngineError } from './errors.js';

/** The public state of one job. */
export interface JobStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  message: string;
  result: IngestResult | null;
  error: { code: ErrorCode; message: string } | null;
}

/** A table of recent jobs, oldest dropped past `keep`. */
export interface JobTable {
  start(work: (progress: IngestProgress) => Promise<IngestResult>): { status: JobStatus; finished: Promise<JobStatus> };
  get(id: string): JobStatus;
  running(): number;
}

/** Creates the job table; a job failing after `timeoutMs` is marked E_TIMEOUT (its work is left to finish). */
export function createJobs(options: { keep?: number; timeoutMs?: number; log?: (message: string) => void } = {}): JobTable {
  const keep = options.keep ?? 200;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const jobs = new Map<string, JobStatus>();
  return {
    start(work) {
      const status: JobStatus = { id: randomUUID(), state: 'running', done: 0, total: 0, message: 'starting', result: null, error: null };
      jobs.set(status.id, status);
      while (jobs.size > keep) jobs.delete(jobs.keys().next().value!);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new EngineError('E_TIMEOUT', `ingest did not finish within ${timeoutMs} ms`)), timeoutMs);
      });
      const progress: IngestProgress = (u) => {
        if (status.state !== 'running') return;
        status.done = u.done;
        status.total = u.total;
        if (u.message) status.message = u.message;
      };
      const finished = Promise.race([work(progress), timeout]).then(
        (result) => Object.assign(status, { state: 'done', result, done: Math.max(status.done, status.total), message: 'done' }),
        (error: unknown) => {
          const e = toEngineError(error, options.log);
          return Object.assign(status, { state: 'failed', error: { code: e.code, message: e.message }, message: e.message });
        },
      ).finally(() => clearTimeout(timer));
      return { status, finished };
    },
    get(id) {
      const status = jobs.get(id);
      if (!status) throw new EngineError('E_NOT_FOUND', `no ingest job \`${id}\``, { subject: id });
      return status;
    },
    running: () => [...jobs.values()].filter((j) => j.state === 'running').length,
  };
}
