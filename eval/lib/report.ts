/** Shared helpers for `npm run eval` and `npm run bench`: find the data, and rewrite one section of a Markdown report. */
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (dist/eval/lib → three levels up). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where the labelled data lives: `$CONCORD_DATA`, else `../shared/data` beside the repository. */
export function dataDir(): string {
  return process.env.CONCORD_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
}

/** The path of a data file, or null (with the reason) when it is absent. */
export function dataFile(relativePath: string): { path: string } | { missing: string } {
  const path = join(dataDir(), relativePath);
  return existsSync(path) ? { path } : { missing: `${path} not found: section skipped (put the data at ../shared/data or set CONCORD_DATA)` };
}

/** One section of a report, produced by a module in eval/ or bench/. */
export interface ReportSection {
  title: string;
  /** Markdown body (tables, the command that produced it). */
  markdown: string;
}

/** Replaces (or appends) the section `name` of a Markdown report, between `<!-- name -->` markers; writes atomically. */
export function writeSection(file: string, header: string, name: string, section: ReportSection): void {
  const path = join(repoRoot, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `${header}\n`;
  const begin = `<!-- section:${name} -->`;
  const end = `<!-- /section:${name} -->`;
  const block = `${begin}\n## ${section.title}\n\n${section.markdown.trim()}\n${end}`;
  const at = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next = at >= 0 && stop > at ? current.slice(0, at) + block + current.slice(stop + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(`${path}.tmp`, next);
  renameSync(`${path}.tmp`, path);
}

/** Formats a number with fixed decimals for tables. */
export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
