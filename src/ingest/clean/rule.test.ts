import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bare, collapseSpaces, wordCount } from './rule.js';
import { normalizeSpace } from '../blocks.js';

// The scans in rule.ts and blocks.ts replaced regex pipelines for speed; these are those pipelines, the definitions.
const bareByRegex = (text: string) => text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').replace(/\s+/g, ' ');
const wordCountByRegex = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const normalizeByRegex = (text: string) => text.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '').replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
  .replace(/ *\n */g, '\n').trim();

/** Awkward pieces: every kind of space, zero-width marks, punctuation and symbols, astral and lone surrogates, case-changing letters. */
const PIECES = ['a', 'Z', '9', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u00ad', '\u1680', '\u2003', '\u200b', '\u200d', '\u2028', '\u2060',
  '\u202f', '\u3000', '\ufeff', '.', ',', '-', '–', '“', '”', '$', '€', '©', '🙂', '𝐀', '\ud800', '\udc00', 'İ', 'Σ', '\u212a', 'é', '日', '٣', '\u0301', '\u0000'];

/** Deterministic pseudo-random strings of the pieces above. */
function* samples(count: number): Generator<string> {
  let seed = 42;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let i = next(14); i > 0; i--) s += PIECES[next(PIECES.length)];
    yield s;
  }
}

test('should strip, lower-case, collapse spaces and count words exactly as the regex definitions do', () => {
  for (const s of samples(50_000)) {
    assert.equal(bare(s), bareByRegex(s), JSON.stringify(s));
    assert.equal(wordCount(s), wordCountByRegex(s), JSON.stringify(s));
    assert.equal(wordCount(s, 2) > 2, wordCountByRegex(s) > 2, JSON.stringify(s));
    assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
  }
  assert.equal(bare('– Advertisement –'), 'advertisement');
  assert.equal(wordCount('Sign up — now, 24/7 🙂'), 4);
});

test('should normalise spaces exactly as the regex definition does, and keep clean text as it is', () => {
  for (const s of samples(50_000)) assert.equal(normalizeSpace(s), normalizeByRegex(s), JSON.stringify(s));
  const clean = 'The council voted on Tuesday.\n“We are close,” she said.';
  assert.equal(normalizeSpace(clean), clean);
  assert.equal(normalizeSpace(' Two  spaces \t here \n next\u200b line '), 'Two spaces here\nnext line');
});
