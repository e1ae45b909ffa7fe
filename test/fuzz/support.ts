/** Fuzz support: hostile-input generators for every reader, a timed runner that records crashes and the slowest input. */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import type { Article, ArticleAnalysis, Diagnostic, IngestedArticle } from '../../src/core/index.js';
import { testContext } from '../support/context.js';

/** One reader under test: a name-shaped format hint and how documents of that kind look. */
export type ReaderKind = 'text' | 'html' | 'html.gz' | 'feed' | 'jsonl';

/** File name given to readDocument for each reader (the name is a format hint). */
export const NAME_OF: Record<ReaderKind, string> = { text: 'doc.txt', html: 'page.html', 'html.gz': 'page.html.gz', feed: 'feed.xml', jsonl: 'items.jsonl' };

/** A well-formed seed document per reader (written for these tests); truncations and mutations start here. */
export const SEEDS: Record<Exclude<ReaderKind, 'html.gz'>, string> = {
  text: 'Harbour talks resume in Veltham\n\nVELTHAM, March 3 (Wire) - Negotiators met on Tuesday, officials said.\n\n"We are close," the envoy Mara Ilves told reporters. About 40 per cent of the 1,200 workers walked out.\n\nBackground\n\nThe port handled 3.5 million tonnes in 2025.',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour talks resume</title><meta property="og:site_name" content="Coast Daily"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour talks","datePublished":"2026-03-03T10:00:00Z","author":{"name":"Ana Lind"}}</script></head><body><nav>Home | World</nav><article><h1>Harbour talks resume</h1><p>Negotiators met on Tuesday in Veltham, officials said.</p><h2>Background</h2><p>"We are close," the envoy Mara Ilves told reporters.</p><div class="share">Share this</div></article><footer>© Coast Daily</footer></body></html>',
  feed: '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coast Daily</title><language>en</language><item><title>Harbour talks resume</title><link>https://coast.example/a</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><dc:creator>Ana Lind</dc:creator><description><![CDATA[<p>Negotiators met on Tuesday.</p>]]></description><content:encoded><![CDATA[<p>"We are close," the envoy Mara Ilves told reporters.</p>]]></content:encoded></item><item><title>Second &amp; last</title><guid isPermaLink="false">x-2</guid><description>Short &lt;b&gt;summary&lt;/b&gt;</description></item></channel></rss>',
  jsonl: '{"id":"a1","title":"Harbour talks resume","text":"Negotiators met on Tuesday, officials said.","outlet":"Coast Daily","published":"2026-03-03","url":"https://coast.example/a"}\n{"id":"a2","html":"<p>\\"We are close,\\" the envoy said.</p>","date":"yesterday"}\n',
};

/** Bits of markup, JSON and prose that random documents are assembled from, so they look like broken real input. */
const PIECES = ['<html>', '<body>', '<article>', '</article>', '<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<style>', '<!--', '-->',
  '<![CDATA[', ']]>', '<rss version="2.0">', '<channel>', '<item>', '</item>', '<entry>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<title>', '</title>',
  '<link href="javascript:alert(1)"/>', '<description>', '&amp;', '&#x0;', '&#1114112;', '&nbsp;', '&', '<', '>', '"', "'", '\u0000', '\ufeff', '\ud800',
  '\u202e', 'é', '日本語', '🙂', '{"id":', '"text":', '}', '[', ']', '\n', '\r\n', '\n\n', 'Officials said. ', '"We agree," she said. ', 'Mr. ', '40%', '$1.2bn',
  'VELTHAM, March 3 (Wire) - ', '<?xml version="1.0" encoding="iso-8859-1"?>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;'];

/** Random documents built from the pieces above and arbitrary strings. */
export const markup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A seed truncated at a random point (a download cut short). */
export function truncated(seed: string): fc.Arbitrary<string> {
  return fc.nat({ max: seed.length }).map((n) => seed.slice(0, n));
}

/** A seed with random insertions, deletions and substitutions of pieces. */
export function mutated(seed: string): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fc.nat({ max: seed.length }), fc.nat({ max: 20 }), fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 8 })
    .map((edits) => edits.reduce((doc, [at, cut, insert]) => doc.slice(0, at) + insert + doc.slice(at + cut), seed));
}

/** Deeply nested structure of the reader's kind (elements, XML, JSON arrays and objects). */
export function nested(kind: ReaderKind, min = 100, max = 20_000): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((depth) => {
    if (kind === 'jsonl') return `{"id":"deep","text":"x","extra":${'['.repeat(depth)}${']'.repeat(depth)}}\n${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    if (kind === 'feed') return `<rss><channel><item><title>Deep</title><description>${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}</description></item></channel></rss>`;
    if (kind === 'text') return `${'> '.repeat(depth)}Quoted.\n${'('.repeat(depth)}"${'"'.repeat(depth)} she said.`;
    return `<html><body>${'<div><span>'.repeat(depth)}Officials said.${'</span></div>'.repeat(depth)}</body></html>`;
  });
}

/** Bytes as a document might arrive: UTF-8, Latin-1, UTF-16 with and without BOM, invalid UTF-8, random binary, gzip. */
export function encodings(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    text.map((t) => new TextEncoder().encode(t)),
    text.map((t) => new Uint8Array(Buffer.from(t, 'latin1'))),
    text.map((t) => new Uint8Array(Buffer.from(`\ufeff${t}`, 'utf16le'))),
    text.map((t) => new Uint8Array(Buffer.from(t, 'utf16le'))),
    text.map((t) => new Uint8Array([...new TextEncoder().encode(t), 0xc3, 0x28, 0xe2, 0x82, 0xff, 0xfe])),
    fc.uint8Array({ maxLength: 2048 }),
    text.map((t) => new Uint8Array(gzipSync(t))),
    fc.tuple(text, fc.nat()).map(([t, n]) => { const z = gzipSync(t); return new Uint8Array(z.subarray(0, n % (z.length + 1))); }),
  );
}

/** A huge document of the reader's kind, about `bytes` long. */
export function huge(kind: ReaderKind, bytes: number): string {
  const sentence = 'Negotiators met in Veltham on Tuesday, officials said, and "we are close," the envoy Mara Ilves told reporters. ';
  const n = Math.ceil(bytes / sentence.length);
  if (kind === 'jsonl') return Array.from({ length: Math.ceil(n / 10) }, (_, i) => JSON.stringify({ id: `h${i}`, text: sentence.repeat(10) })).join('\n');
  if (kind === 'feed') return `<rss><channel><title>Big</title>${Array.from({ length: Math.ceil(n / 10) }, (_, i) => `<item><title>T${i}</title><description>${sentence.repeat(10)}</description></item>`).join('')}</channel></rss>`;
  if (kind === 'text') return Array.from({ length: Math.ceil(n / 5) }, () => sentence.repeat(5)).join('\n\n');
  return `<html><body><article>${Array.from({ length: Math.ceil(n / 5) }, () => `<p>${sentence.repeat(5)}</p>`).join('')}</article></body></html>`;
}

/**
 * A long news-like article of invented paragraphs (datelines, quotes with speakers, figures, dates, abbreviations,
 * a heading), about `bytes` long; `seed` varies names and numbers. For timing the analysis on realistic prose.
 */
export function newsLike(bytes: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) % n; };
  const pick = <T>(a: readonly T[]): T => a[next(a.length)]!;
  const names = ['Mara Ilves', 'Tomas Berg', 'Ana Lind', 'Olu Adebayo', 'Kenji Sato', 'Priya Raman', 'Dr. Elsa Novak', 'Gen. Ivo Marek', 'Sen. Ruth Hale (D-Mo.)'];
  const orgs = ['the Harbour Authority', 'Veltham City Council', 'the Ministry of Transport', 'Coastline Freight Ltd.', 'the U.S. Coast Guard'];
  const places = ['Veltham', 'Nordhaven', 'Port Arlo', 'Kessling'];
  const verbs = ['said', 'told reporters', 'added', 'warned', 'said in a statement'];
  const paragraphs = [
    () => `${pick(places).toUpperCase()}, March ${1 + next(28)} (Wire) - ${pick(orgs)} said on Tuesday it would cut ${next(900) + 100} jobs, about ${next(40) + 5} per cent of its staff, after profit fell ${next(30)}.${next(10)}% to $${next(9) + 1}.${next(9)}bn in ${2020 + next(6)}.`,
    () => `"We did not expect the talks to collapse so quickly," ${pick(names)} ${pick(verbs)}. "There is still time, but not much."`,
    () => `${pick(names)}, a spokesperson for ${pick(orgs)}, ${pick(verbs)} that the offer "remains on the table" and that negotiators would meet again on Jan. ${1 + next(28)}.`,
    () => `According to ${pick(orgs)}, ${next(5000) + 200} containers were stuck at ${pick(places)} on Wednesday, while ${next(80) + 10} ships waited offshore.`,
    () => `“It’s a disaster for the region,” said ${pick(names)}, who has run a fishing business in ${pick(places)} since ${1970 + next(50)}. “Nobody is listening.”`,
    () => `Background\n\nThe port handled ${next(9) + 1}.${next(9)} million tonnes of cargo in ${2015 + next(10)}, official figures show.`,
  ];
  const out = ['Harbour strike deepens as talks stall', ''];
  let size = 0;
  while (size < bytes) { const p = pick(paragraphs)(); out.push(p, ''); size += p.length + 2; }
  return out.join('\n');
}

/**
 * `n` near-copies of one news-like wire story of about `bytes` (default 5 KB), as outlets republish it with small
 * edits: each copy drops about 15% of the wire's sentences (split after a lower-case word, so not after "Dr." or
 * "U.S.") and inserts one word into about 30% of the rest; the headline stays. `seed` picks the wire story and the
 * edits. Invented text only. For timing the aligner on one big story of copies (bench/story-scale.ts).
 */
export function wireCopies(n: number, seed = 1, bytes = 5000): string[] {
  const wire = newsLike(bytes, seed);
  let state = (seed * 7919 + 17) >>> 0 || 1;
  const next = (k: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) % k; };
  const inserted = ['state', 'local', 'new', 'also', 'reportedly', 'major'];
  const paragraphs = wire.split('\n\n').map((p) => p.split(/(?<=[\p{Ll}\d%)]{3}[.!?]["”]?)\s+(?=[“"\p{Lu}])/u));
  const copy = () => paragraphs.map((sentences, k) => (k === 0 ? sentences : sentences.filter(() => next(100) >= 15).map((sentence) => {
    if (next(100) >= 30) return sentence;
    const words = sentence.split(' ');
    const at = 1 + next(Math.max(1, words.length - 1));
    return [...words.slice(0, at), inserted[next(inserted.length)]!, ...words.slice(at)].join(' ');
  })).join(' ')).filter((p) => p.length > 0).join('\n\n');
  return Array.from({ length: n }, copy);
}

/** One line per huge single-line document: a 1 MB line with no breaks at all. */
export function hugeLine(bytes: number): string {
  return 'x'.repeat(bytes);
}

/** Figures from a fuzz run. */
export interface FuzzStats {
  inputs: number;
  crashes: { input: string; error: string }[];
  bytes: number;
  /** Slowest input: ms, size in bytes, and ms per MB. */
  slowest: { ms: number; bytes: number; msPerMb: number; label: string };
  /** Worst time per MB among inputs of at least 64 KiB (small inputs are dominated by fixed costs). */
  worstMsPerMb: { msPerMb: number; bytes: number; label: string };
}

/** New empty stats. */
export function newStats(): FuzzStats {
  return { inputs: 0, crashes: [], bytes: 0, slowest: { ms: 0, bytes: 0, msPerMb: 0, label: '' }, worstMsPerMb: { msPerMb: 0, bytes: 0, label: '' } };
}

/** Reads one document through the real reader path (decode, detect, read); never fetches. Returns articles and diagnostics. */
export async function readBytes(bytes: Uint8Array, name: string): Promise<{ articles: IngestedArticle[]; diagnostics: Diagnostic[] }> {
  const ctx = testContext();
  const articles: IngestedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const item of readDocument(bytes, { source: name, name }, ctx, { fetchPages: false })) {
    if ('id' in item && 'text' in item) articles.push(item as IngestedArticle);
    else diagnostics.push(item as Diagnostic);
  }
  return { articles, diagnostics };
}

/** Checks the invariants every reader output must hold: strings where strings are due, headings inside the text. */
export function checkArticles(articles: Article[]): void {
  for (const a of articles) {
    if (typeof a.id !== 'string' || typeof a.text !== 'string') throw new Error('article without a string id or text');
    for (const h of a.headings) if (!(h.start >= 0 && h.end <= a.text.length && h.start <= h.end)) throw new Error(`heading span ${h.start}-${h.end} outside the text`);
    for (const d of a.diagnostics) if (typeof d.rule !== 'string' || typeof d.reason !== 'string') throw new Error('malformed diagnostic');
  }
}

/** The analysis as users get it: texts past MAX_ANALYSED_CHARS analysed up to the limit. */
const analyze = analyzeArticle();

/** The analysis with the length limit lifted: every character analysed (segments and throughput on huge texts). */
export const analyzeWhole = analyzeArticle({ maxAnalysedChars: Number.MAX_SAFE_INTEGER });

/** Analyses an article (with the default step unless another is given) and checks every span lies inside its text. */
export function analyzeChecked(article: Article, step: (article: Article) => ArticleAnalysis = analyze): void {
  const result = step(article);
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= article.text.length;
  for (const s of result.sentences) if (!inside(s)) throw new Error(`sentence span ${s.start}-${s.end} outside the text`);
  for (const m of result.mentions) if (!inside(m)) throw new Error('mention span outside the text');
}

/** Runs `work` on one input, timing it and recording a crash (any exception) instead of throwing. */
export async function timed(stats: FuzzStats, label: string, size: number, input: () => string, work: () => Promise<void> | void): Promise<void> {
  stats.inputs++;
  stats.bytes += size;
  const started = cpuMs();
  try {
    await work();
  } catch (error) {
    const shown = input();
    stats.crashes.push({ input: shown.length > 2000 ? `${shown.slice(0, 2000)}…(${shown.length} chars)` : shown, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
  const ms = cpuMs() - started;
  const msPerMb = ms / Math.max(size / 1_048_576, 1e-9);
  if (ms > stats.slowest.ms) stats.slowest = { ms, bytes: size, msPerMb, label };
  if (size >= 65_536 && msPerMb > stats.worstMsPerMb.msPerMb) stats.worstMsPerMb = { msPerMb, bytes: size, label };
}

/**
 * This process's CPU time in ms (user + system). The time budgets are checked against CPU time, not wall time: on a
 * machine shared with other jobs, wall time measures the neighbours too.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A blow-up guard, not a speed claim: ten times the 1 s/MB budget, with a 2 s floor, so only a super-linear step
 * (400 nested divs once took 2 s for 4 KB, 500 s/MB) fails on a busy machine. The budget itself is measured by
 * bench/robustness.ts, never asserted by a timed test.
 */
export function allowedMs(size: number, floorMs = 2000): number {
  return Math.max(floorMs, (size / 1_048_576) * 10_000);
}

/** Shows an input for a failure message: escaped and cut to 300 characters. */
export function show(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : `bytes[${input.length}] ${Buffer.from(input.subarray(0, 120)).toString('hex')}`;
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}
