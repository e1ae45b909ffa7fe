/**
 * Support for the `concord watch` crash test: invented articles arriving as files (some written in place in two
 * parts, most written to a `.part` name and renamed) and as JSON lines on stdin, and a real `concord watch` child
 * process whose outcomes are counted so the parent can SIGKILL it at a random moment of its work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { concordBin } from './cli.js';

const PLACES = ['Osterby', 'Lindholm', 'Varnes', 'Kellby'];
const EVENTS = ['ferry crews stayed out', 'the harbour bridge stayed shut', 'the grain silo fire burned on', 'the rail line stayed closed'];

/** Text of article `n`: a title, a body naming its story's place and event, and a closing line proving it is whole. */
export function articleText(n: number): { title: string; body: string; closing: string } {
  const topic = n % PLACES.length;
  const title = `${PLACES[topic]}: ${EVENTS[topic]} (report ${n})`;
  const body = `In ${PLACES[topic]}, ${EVENTS[topic]} on day ${n % 5 + 1}, officials said. Report ${n} counted ${n * 7 + 3} people waiting.`;
  return { title, body, closing: `Closing note ${n}.` };
}

/** The id `concord watch` gives file article `n` (its file name without extension). */
export const fileId = (n: number): string => `w-${String(n).padStart(3, '0')}`;

/** The id of stdin article `n` (given in its JSON line). */
export const lineId = (n: number): string => `line-${String(n).padStart(3, '0')}`;

/** Writes file article `n` into `dir`: a rename of a finished `.part` file, or (every third) in place in two parts. */
export async function writeArticleFile(dir: string, n: number): Promise<string> {
  const { title, body, closing } = articleText(n);
  const path = join(dir, `${fileId(n)}.txt`);
  if (n % 3 === 0) {
    writeFileSync(path, `${title}\n\n${body}\n`);
    await sleep(10);
    appendFileSync(path, `\n${closing}\n`);
  } else {
    writeFileSync(`${path}.part`, `${title}\n\n${body}\n\n${closing}\n`);
    renameSync(`${path}.part`, path);
  }
  return path;
}

/** The JSON line of stdin article `n` (numbers far from the files', so the texts differ). */
export function articleLine(n: number): string {
  const { title, body, closing } = articleText(1000 + n);
  return `${JSON.stringify({ id: lineId(n), title, text: `${body}\n\n${closing}`, outlet: 'Line Wire' })}\n`;
}

/** A running `concord watch` child. */
export interface WatchChild {
  child: ChildProcess;
  /** Resolves when the watch has started (its `watching` line) or has exited. */
  ready: Promise<void>;
  /** Resolves once the child has stored `n` articles (new or updated; `files`: file articles only) in this run, or has exited. */
  handled(n: number, files?: boolean): Promise<void>;
  /** Writes a JSON line to its stdin (ignored once it has exited). */
  send(line: string): void;
  exit: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** Starts `concord watch --json ...args` with a piped stdin; stored articles are its `new` and `updated` article lines. */
export function startWatchChild(args: string[], env: Record<string, string> = {}): WatchChild {
  const child = spawn(process.execPath, [concordBin, 'watch', '--json', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  let outcomes = 0;
  let fileOutcomes = 0;
  let exited = false;
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  const waiting: { n: number; files: boolean; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of [...waiting]) if (exited || (w.files ? fileOutcomes : outcomes) >= w.n) { w.resolve(); waiting.splice(waiting.indexOf(w), 1); }
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    outcomes = (out.match(/"type":"article","action":"(?:new|updated)"/g) ?? []).length;
    fileOutcomes = (out.match(/"type":"article","action":"(?:new|updated)","id":"w-/g) ?? []).length;
    wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; if (err.includes('concord watch: watching')) onReady(); });
  child.stdin!.on('error', () => undefined); // EPIPE after a kill
  const exit = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      exited = true;
      onReady();
      wake();
      resolve({ code, signal, stdout: out, stderr: err });
    });
  });
  return {
    child,
    ready,
    handled: (n, files = false) => new Promise<void>((resolve) => { waiting.push({ n, files, resolve }); wake(); }),
    send: (line) => { if (!exited && child.stdin!.writable) child.stdin!.write(line); },
    exit,
  };
}

/** The final summary numbers from a watch's `done:` or `stopped:` stderr line, or null. */
export function watchSummary(stderr: string): Record<string, number> | null {
  const line = /(?:done|stopped): (read .*)$/m.exec(stderr)?.[1];
  if (!line) return null;
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/(\w+) (\d+)|(\d+) story refreshes/g)) {
    if (m[1]) out[m[1]] = Number(m[2]);
    else out.refreshed = Number(m[3]);
  }
  return out;
}
