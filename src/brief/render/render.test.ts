import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { ferryResult } from '../testing/ferry-result.js';

test('should render every brief sentence in Markdown with footnotes that are all defined', () => {
  const result = ferryResult();
  const out = renderMarkdown(result);
  for (const s of result.stories[0]!.brief) assert.ok(out.includes(s.text.replace(/[()!]/g, (c) => `\\${c}`)), s.text);
  const refs = new Set(out.match(/\[\^s1-\d+\](?!:)/g));
  assert.ok(refs.size >= 5);
  for (const r of refs) assert.ok(out.includes(`${r}: `), `${r} defined`);
  assert.match(out, /### Coverage[\s\S]*Harbor Times: 1 article, 2026-03-03T08:00:00Z/);
  assert.match(out, /### Quotes[\s\S]*Tomas Reyes/);
  assert.match(out, /### Disputed points[\s\S]*Coastal Post: “Six people were injured/);
  assert.match(out, /### Single-source claims[\s\S]*safety inspection/);
  assert.match(out, /`ledger-4` is a copy of `harbor-1`/);
});

test('should escape untrusted article text in Markdown', () => {
  const out = renderMarkdown(ferryResult(true));
  assert.doesNotMatch(out, /<script|<img|<em>/);
  assert.doesNotMatch(out, /\]\(javascript:/);
  assert.doesNotMatch(out, /^# Not a heading/m);
});

test('should link every HTML citation to a highlighted span of an included article', () => {
  const out = renderHtml(ferryResult());
  const targets = [...out.matchAll(/<a class="cite" href="#(c\d+)"/g)].map((m) => m[1]!);
  assert.ok(targets.length >= 5);
  for (const t of new Set(targets)) {
    assert.match(out, new RegExp(`<span class="anchor" id="${t}"></span><mark data-c="[^"]*\\b${t}\\b`), t);
  }
  assert.match(out, /<mark data-c="[^"]+">A fire broke out on the ferry Aurora/);
  assert.match(out, /^<!doctype html>/);
});

test('should escape everything from the articles in HTML and load nothing external', () => {
  const out = renderHtml(ferryResult(true));
  assert.doesNotMatch(out, /<script|<img|<b>x|<em>/i);
  assert.match(out, /&#60;script&#62;/);
  assert.match(out, /evil&#34;&#62;&#60;b&#62;x/);
  assert.doesNotMatch(out, /<[a-z]+[^>]*\s(src|href)="(?!#)/i);
});
