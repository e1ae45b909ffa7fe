/** Consistency checks of a store after crashes or concurrent writers: every expected article exactly once, whole. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../../src/store/index.js';

/** The compiled child script that ingests generated articles (see store-crash-child.ts). */
export const crashChild = fileURLToPath(new URL('./store-crash-child.js', import.meta.url));

/** What is wrong with the store, as sentences (empty when consistent). */
export async function storeProblems(db: Queryable, expectedIds: string[]): Promise<string[]> {
  const problems: string[] = [];
  const one = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const ids = new Set((await db.query('SELECT id FROM articles')).rows.map((r) => r.id as string));
  const missing = expectedIds.filter((id) => !ids.has(id));
  const expected = new Set(expectedIds);
  const extra = [...ids].filter((id) => !expected.has(id));
  if (missing.length) problems.push(`${missing.length} articles missing (e.g. ${missing.slice(0, 3).join(', ')})`);
  if (extra.length) problems.push(`${extra.length} unexpected articles (e.g. ${extra.slice(0, 3).join(', ')})`);
  const checks: [string, string][] = [
    ['articles without analysis', 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)'],
    ['articles without a story', 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)'],
    ['articles without exactly one `new` log entry', `SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM ingest_log l WHERE l.article_id = a.id AND l.action = 'new') <> 1`],
    ['`new` log entries for articles not stored', `SELECT count(*) AS n FROM ingest_log l WHERE l.action = 'new' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)`],
    ['stories whose article_count is wrong', 'SELECT count(*) AS n FROM stories s WHERE s.article_count <> (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id)'],
    ['stories without articles', 'SELECT count(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id)'],
    ['duplicate keys or hashes', 'SELECT (SELECT count(*) FROM articles) - (SELECT count(DISTINCT key) FROM articles) + (SELECT count(*) FROM articles) - (SELECT count(DISTINCT content_hash) FROM articles) AS n'],
  ];
  for (const [what, sql] of checks) {
    const n = await one(sql);
    if (n !== 0) problems.push(`${n} ${what}`);
  }
  return problems;
}

/** A running child ingest: resolves `ready` when the store is open and `exit` with its summary line (or null). */
export interface ChildRun {
  child: ChildProcess;
  ready: Promise<void>;
  /** Resolves once the child has handled `n` articles in this run (or has exited). */
  handled(n: number): Promise<void>;
  exit: Promise<{ code: number | null; signal: string | null; summary: Record<string, unknown> | null; stderr: string }>;
}

/** Starts the child ingest of `count` articles from `first` into `target`, in `batch`-sized transactions. */
export function startChild(target: { dir: string } | { url: string }, count: number, first: number, seed: number, batch: number): ChildRun {
  const child = spawn(process.execPath, [crashChild, JSON.stringify(target), String(count), String(first), String(seed), String(batch)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  let dots = 0;
  let exited = false;
  const waiting: { n: number; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of [...waiting]) if (exited || dots >= w.n) { w.resolve(); waiting.splice(waiting.indexOf(w), 1); }
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const ch of d) if (ch === '.') dots++;
    if (out.includes('ready\n')) onReady();
    wake();
  });
  const handled = (n: number) => new Promise<void>((resolve) => { waiting.push({ n, resolve }); wake(); });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exit = new Promise<{ code: number | null; signal: string | null; summary: Record<string, unknown> | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      exited = true;
      onReady();
      wake();
      const line = out.split('\n').find((l) => l.startsWith('done '));
      resolve({ code, signal, summary: line ? JSON.parse(line.slice(5)) as Record<string, unknown> : null, stderr: err });
    });
  });
  return { child, ready, handled, exit };
}
