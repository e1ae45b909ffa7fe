/** A one-line progress display for long ingests, redrawn in place on a terminal (stderr), silent elsewhere. */
import type { Progress } from '../core/index.js';

/** Counts shown on the line. */
export interface ProgressCounts { new: number; duplicate: number; updated: number; failed: number }

/** Redraws at most this often (ms). */
const REDRAW_MS = 100;

/** A Progress that draws `label [####····] n/total  rate/s  new · dup · failed` on a TTY stream. */
export function terminalProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, counts: () => ProgressCounts, now: () => number = Date.now): Progress {
  let label = '';
  let total: number | undefined;
  let done = 0;
  let started = 0;
  let drawn = 0;
  const draw = (force: boolean) => {
    if (!stream.isTTY) return;
    const t = now();
    if (!force && t - drawn < REDRAW_MS) return;
    drawn = t;
    const c = counts();
    const rate = done / Math.max(0.001, (t - started) / 1000);
    const bar = total ? `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '·')}] ${done}/${total}` : `${done}`;
    const line = `${label} ${bar}  ${rate.toFixed(0)}/s  new ${c.new} · duplicate ${c.duplicate} · updated ${c.updated} · failed ${c.failed}`;
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
  };
  return {
    start(l, t) { label = l; total = t; done = 0; started = now(); draw(true); },
    tick(n = 1) { done += n; draw(false); },
    done() { draw(true); if (stream.isTTY) stream.write('\n'); },
  };
}
