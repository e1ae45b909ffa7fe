import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFeed } from './feed/index.js';
import { htmlArticle } from './documents.js';
import { decodeBytes } from './decode.js';
import { parseJsonlArticles } from './jsonl.js';

/** Bits of feed and page markup, so random documents look like the broken inputs found in the wild. */
const PIECES = ['<rss version="2.0">', '<channel>', '</channel>', '<item>', '</item>', '<entry>', '</entry>', '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<title>', '</title>', '<link>', '</link>', '<link href="/a"/>', '<pubDate>', 'Tue, 10 Jun 2003 04:00:00 GMT', '</pubDate>', '<![CDATA[', ']]>',
  '&amp;', '&nbsp;', '&#8211;', '&', '<', '>', '<description>', '</description>', '<p>', '</p>', 'Rain fell. ', '<rdf:RDF>', '<?xml version="1.0"?>',
  '<html>', '<body>', '<article>', '<script>', '</script>', '<div class="share">', '</div>', '\u0000', '\ufeff', 'é', '"'];

const markup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));

test('should never throw on random feed-like markup', () => {
  fc.assert(fc.property(markup, (xml) => {
    const { diagnostics } = readFeed(xml, 'random.xml', null);
    assert.ok(Array.isArray(diagnostics));
  }), { numRuns: 150 });
});

test('should never throw on random page-like markup and always return a text string', () => {
  fc.assert(fc.property(markup, (html) => {
    const article = htmlArticle(html, { id: 'r', source: 'random.html' });
    assert.equal(typeof article.text, 'string');
  }), { numRuns: 100 });
});

test('should never throw on random bytes or random JSON lines', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 200 }), (bytes, lines) => {
    decodeBytes(bytes, 'random.bin', 'auto');
    parseJsonlArticles(lines, 'random.jsonl');
  }), { numRuns: 150 });
});

test('should read a page whose first element swallows the root ("<script><html>") as an empty page, not throw', () => {
  for (const html of ['<script><html>', '<style><html><body><p>Rain fell.</p>', '<title><html>']) {
    const article = htmlArticle(html, { id: 'r', source: 'swallowed.html' });
    assert.equal(typeof article.text, 'string', html);
  }
});
