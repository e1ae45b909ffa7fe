import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary } from './decode.js';
import { detectFormat } from './detect.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('should decode UTF-8 and gunzip gzip data', () => {
  assert.equal(decodeBytes(utf8('Café au lait'), 'a.txt', false).text, 'Café au lait');
  assert.equal(decodeBytes(new Uint8Array(gzipSync('<p>Grüße</p>')), 'a.html.gz', true).text, '<p>Grüße</p>');
});

test('should refuse binary data with a diagnostic naming the file', () => {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.ok(looksBinary(bytes));
  const decoded = decodeBytes(bytes, 'photo.txt', 'auto');
  assert.equal(decoded.text, null);
  assert.equal(decoded.diagnostics[0]!.rule, 'binary-input');
  assert.match(decoded.diagnostics[0]!.reason, /photo\.txt/);
});

test('should refuse plain text that is not valid UTF-8', () => {
  const decoded = decodeBytes(new Uint8Array(iconv.encode('Café crème', 'latin1')), 'menu.txt', false);
  assert.equal(decoded.text, null);
  assert.equal(decoded.diagnostics[0]!.rule, 'invalid-utf8');
});

test('should decode HTML in its declared charset, and guess windows-1252 with a warning when none is declared', () => {
  const declared = iconv.encode('<html><head><meta charset="iso-8859-1"></head><body><p>Café crème</p></body></html>', 'latin1');
  assert.match(decodeBytes(new Uint8Array(declared), 'menu.html', true).text!, /Café crème/);
  const bare = decodeBytes(new Uint8Array(iconv.encode('<p>Café crème</p>', 'windows-1252')), 'menu.html', true);
  assert.match(bare.text!, /Café crème/);
  assert.equal(bare.diagnostics[0]!.severity, 'warning');
});

test('should detect feeds, pages, JSONL and text by content, using the name as a hint', () => {
  assert.equal(detectFormat('x.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(detectFormat('x', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(detectFormat('x', '<!DOCTYPE html><html><body></body></html>'), 'html');
  assert.equal(detectFormat('x.jsonl', '{"id":"a","text":"b"}'), 'jsonl');
  assert.equal(detectFormat('x.txt', '<b>not markup</b> but a note'), 'text');
  assert.equal(detectFormat('x.txt', 'Headline\n\nBody.'), 'text');
});
