import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { cpuMs, allowedMs, readBytes } from './support.js';

// Inputs found by the fuzz tests that crash a reader or break the 1 s/MB limit. Each stays here as a regression
// fixture; the ones still failing are marked todo with the file that needs the fix (see SECURITY.md).

/** A feed whose item description nests `depth` elements. */
function deepFeed(depth: number, cdata: boolean): string {
  const body = `${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`;
  return `<rss><channel><item><title>Deep</title><description>${cdata ? `<![CDATA[${body}]]>` : body}</description></item></channel></rss>`;
}

/** A page whose body nests `depth` divs. */
function deepPage(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}Officials said on Tuesday that talks resumed.${'</div>'.repeat(depth)}</body></html>`;
}

/** Reads and returns the time taken, failing on any exception. */
async function timedRead(bytes: Uint8Array, name: string): Promise<{ ms: number; texts: string[]; rules: string[] }> {
  const started = cpuMs();
  const { articles, diagnostics } = await readBytes(bytes, name);
  return { ms: cpuMs() - started, texts: articles.map((a) => a.text), rules: [...diagnostics, ...articles.flatMap((a) => a.diagnostics)].map((d) => d.rule) };
}

test('should read a feed item nested 8,000 elements deep (88 KB) without a stack overflow', async () => {
  const { texts } = await timedRead(new TextEncoder().encode(deepFeed(8000, true)), 'deep.xml');
  assert.ok(texts.some((t) => t.includes('Deep text.')));
});

test('should read a feed item nested 400 elements deep as its text', async () => {
  const { texts } = await timedRead(new TextEncoder().encode(deepFeed(400, false)), 'deep.xml');
  assert.ok(texts.some((t) => t.includes('Deep text.')));
});

test('should read a page of 400 nested divs (4 KB) without a super-linear blow-up', async () => {
  const page = deepPage(400);
  const { ms, texts } = await timedRead(new TextEncoder().encode(page), 'deep.html');
  assert.ok(texts.some((t) => t.includes('talks resumed')));
  assert.ok(ms <= allowedMs(page.length), `${ms.toFixed(0)} ms for ${page.length} bytes`);
});

test('should read a page of 8,000 nested divs (88 KB) without a stack overflow, without a super-linear blow-up', async () => {
  const page = deepPage(8000);
  const { ms, texts } = await timedRead(new TextEncoder().encode(page), 'deeper.html');
  assert.ok(texts.some((t) => t.includes('talks resumed')));
  assert.ok(ms <= allowedMs(page.length), `${ms.toFixed(0)} ms for ${page.length} bytes`);
});

test('should refuse a gzip bomb (48 KB of gzip inflating to 48 MB) with a size diagnostic instead of inflating it', async () => {
  const bomb = new Uint8Array(gzipSync(Buffer.alloc(48 * 1024 * 1024)));
  assert.ok(bomb.length < 256 * 1024);
  const { rules } = await timedRead(bomb, 'bomb.html.gz');
  assert.ok(rules.includes('too-large'), `rules: ${rules.join(', ')}`);
});

test('should read a feed with an entity-expansion bomb (billion laughs) quickly, without expanding it', async () => {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]><rss><channel><title>&l9;</title><item><title>Bomb &l9;</title><description>Harbour talks &l9; resumed.</description></item></channel></rss>`;
  const { ms, texts } = await timedRead(new TextEncoder().encode(xml), 'laughs.xml');
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.ok(texts.every((t) => t.length < 10_000), 'an entity was expanded');
});

test('should read a JSONL record nested 20,000 levels deep and keep the next line', async () => {
  const deep = `{"id":"d","text":"Deep record.","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}\n{"id":"n","text":"Next record."}`;
  const { texts } = await timedRead(new TextEncoder().encode(deep), 'deep.jsonl');
  assert.ok(texts.includes('Next record.'));
});
