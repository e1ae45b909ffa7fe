/** PolNeAR reading and exact-span scoring for the quotes evaluation (code-point offsets → UTF-16, trimmed spans). */
import { createHash } from 'node:crypto';
import type { Attribution } from '../src/core/index.js';

/** One part as PolNeAR stores it: one piece `{spans, text}` or a list of pieces. */
type PolnearPart = { spans: number[][]; text: string } | Array<{ spans: number[][]; text: string }> | null | undefined;

/** One annotation file of the dev set. */
export interface PolnearDoc {
  id: string;
  title: string;
  text: string;
  attributions: Array<{ source?: PolnearPart; cue?: PolnearPart; content?: PolnearPart }>;
}

/** The three parts scored. */
export const PARTS = ['source', 'cue', 'content'] as const;
/** One of the scored parts. */
export type Part = (typeof PARTS)[number];

/** Maps code-point offsets to UTF-16 offsets for one text. */
export function codePointMap(text: string): Int32Array {
  const map = new Int32Array([...text].length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp++] = i;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
  }
  map[cp] = text.length;
  return map;
}

const TRIM = /[\s"“”‘’'`«»„.,;:!?]/u;

/** Trims spaces, quote marks and end punctuation from both ends of [start, end); null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let a = start;
  let b = end;
  while (a < b && TRIM.test(text[a]!)) a++;
  while (b > a && TRIM.test(text[b - 1]!)) b--;
  return a < b ? [a, b] : null;
}

/** A part's pieces as one comparable key ("12-30|41-60"), after conversion and trimming; null when empty. */
export function keyOf(text: string, pieces: Array<[number, number]>): string | null {
  const trimmed = pieces.map(([s, e]) => trimSpan(text, s, e)).filter((p): p is [number, number] => p !== null);
  if (trimmed.length === 0) return null;
  return trimmed.sort((x, y) => x[0] - y[0]).map(([s, e]) => `${s}-${e}`).join('|');
}

/** The gold keys of one part of one document (a set: two attributions sharing a speaker span count once). */
export function goldKeys(doc: PolnearDoc, part: Part, map: Int32Array): Set<string> {
  const out = new Set<string>();
  for (const a of doc.attributions) {
    const value = a[part];
    if (!value) continue;
    const pieces = (Array.isArray(value) ? value : [value]).flatMap((p) => p.spans.map(([s, e]) => [map[s]!, map[e]!] as [number, number]));
    const key = keyOf(doc.text, pieces);
    if (key) out.add(key);
  }
  return out;
}

/** The predicted keys of one part from an analysis's attributions. */
export function predictedKeys(text: string, attributions: Attribution[], part: Part): Set<string> {
  const out = new Set<string>();
  for (const a of attributions) {
    const pieces = part === 'source' ? (a.speaker ? [a.speaker] : []) : part === 'cue' ? (a.cue ? [a.cue] : []) : a.pieces ?? [a.content];
    const key = keyOf(text, pieces.map((p) => [p.start, p.end] as [number, number]));
    if (key) out.add(key);
  }
  return out;
}

/** Counts for precision and recall. */
export interface Tally {
  tp: number;
  gold: number;
  predicted: number;
}

/** Precision, recall and F1 of a tally. */
export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.predicted ? t.tp / t.predicted : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The stable half (0 or 1) of a file: the low bit of the first byte of the SHA-1 of its id, for two-fold rule checks. */
export function halfOf(id: string): 0 | 1 {
  return (createHash('sha1').update(id).digest()[0]! & 1) as 0 | 1;
}
