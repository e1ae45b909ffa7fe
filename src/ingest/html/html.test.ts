import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml, stripSiteName, cleanAuthor } from './index.js';
import { htmlArticle } from '../documents.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

test('should read the article body of a page without menus, share bars, captions, ads, teasers or biography', () => {
  const article = htmlArticle(fixture('article.html'), { id: 'article', source: 'article.html' });
  assert.match(article.text, /^The old harbour bridge in Saltmere reopened/);
  assert.match(article.text, /"We will publish every invoice," the mayor told reporters/);
  for (const junk of ['Home', 'Facebook', 'Workers paint the railings', 'Advertisement', 'Also read', 'newsletter', 'Follow us', 'is a journalist', 'Ferry timetable', 'All rights reserved']) {
    assert.ok(!article.text.includes(junk), `text should not contain ${junk}`);
  }
});

test('should keep a section heading as a heading of the text', () => {
  const article = htmlArticle(fixture('article.html'), { id: 'article', source: 'article.html' });
  assert.deepEqual(article.headings.map((h) => article.text.slice(h.start, h.end)), ['Cost overruns questioned']);
});

test('should read page metadata: title, outlet, author, published time, canonical URL and language', () => {
  const article = htmlArticle(fixture('article.html'), { id: 'article', source: 'article.html' });
  assert.equal(article.title, 'Harbour bridge reopens after repairs');
  assert.equal(article.outlet, 'The Coastal Ledger');
  assert.equal(article.author, 'Mara Quillfeather');
  assert.equal(article.published, '2025-03-14T08:30:00.000Z');
  assert.equal(article.url, 'https://ledger.example/news/harbour-bridge-reopens');
  assert.equal(article.language, 'en');
});

test('should let the caller force the outlet', () => {
  const article = htmlArticle(fixture('article.html'), { id: 'article', source: 'article.html', outlet: 'Given Outlet' });
  assert.equal(article.outlet, 'Given Outlet');
});

test('should fall back to the JSON-LD articleBody when the page renders its body with scripts', () => {
  const article = htmlArticle(fixture('json-ld-body.html'), { id: 'orchard', source: 'json-ld-body.html' });
  assert.match(article.text, /^Apple growers in the upper valley/);
  assert.equal(article.text.split('\n\n').length, 3);
  assert.equal(article.title, 'Orchard harvest beats forecasts');
  assert.equal(article.outlet, 'Valley Times');
  assert.equal(article.author, 'Ivo Brandt');
  assert.equal(article.published, '2024-09-02T00:00:00.000Z');
});

test('should report a page with no article as a diagnostic naming the file', () => {
  const extracted = extractHtml(fixture('no-article.html'), { source: 'pages/no-article.html' });
  assert.equal(extracted.blocks.length, 0);
  assert.equal(extracted.diagnostics[0]?.rule, 'no-article');
  assert.match(extracted.diagnostics[0]!.reason, /pages\/no-article\.html/);
});

test('should take the time element, the time meta and the outlet from the URL host when meta tags are missing', () => {
  const html = `<html><head><title>Dam level rises</title></head><body><article><h1>Dam level rises</h1><time datetime="2023-06-01T12:00:00Z">1 June</time>
    <p>${'The water level behind the dam rose by two metres after a week of heavy rain in the mountains, the operator said. '.repeat(4)}</p>
    <p>${'Engineers opened two spillways on Sunday to relieve pressure on the wall, and villages downstream were warned. '.repeat(3)}</p></article></body></html>`;
  const article = htmlArticle(html, { id: 'dam', source: 'dam.html', url: 'https://www.riverpost.example/dam' });
  assert.equal(article.published, '2023-06-01T12:00:00.000Z');
  assert.equal(article.outlet, 'riverpost.example');
  assert.equal(article.title, 'Dam level rises');
});

test('should strip the site name from a title and clean author strings', () => {
  assert.equal(stripSiteName('Harbour bridge reopens | The Coastal Ledger', 'The Coastal Ledger'), 'Harbour bridge reopens');
  assert.equal(stripSiteName('Harbour bridge reopens after repairs - Ledger', null, 'https://www.ledger.example/a'), 'Harbour bridge reopens after repairs');
  assert.equal(stripSiteName('Harbour bridge reopens | Coastal News', null), 'Harbour bridge reopens');
  assert.equal(stripSiteName('Impeachment hearings - live updates', null), 'Impeachment hearings - live updates');
  assert.equal(stripSiteName('Ledger - Harbour bridge reopens', 'The Ledger'), 'Harbour bridge reopens');
  assert.equal(stripSiteName('Q&A: the bridge', null), 'Q&A: the bridge');
  assert.equal(cleanAuthor('By Mara Quillfeather'), 'Mara Quillfeather');
  assert.equal(cleanAuthor('https://ledger.example/author/mara-quillfeather/'), 'Mara Quillfeather');
});

test('should drop link lists and keep list items of text', () => {
  const html = `<html><body><article>
    <p>${'The festival drew more visitors than ever before, organisers said on Sunday evening after the last concert. '.repeat(4)}</p>
    <ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>
    <ul><li>Three stages ran for twelve hours a day.</li><li>Tickets sold out within a week.</li></ul>
    <p>${'Next year the festival will move to the larger park by the river, the city said in a statement. '.repeat(4)}</p></article></body></html>`;
  const article = htmlArticle(html, { id: 'fest', source: 'fest.html' });
  assert.ok(!article.text.includes('Other story'));
  assert.ok(article.text.includes('Tickets sold out within a week.'));
});

test('should drop the headline and the page address repeated by widgets near the top', () => {
  const body = 'The ferry company added a second boat to the island route on Monday after months of complaints about queues. '.repeat(4);
  const html = `<html><head><title>Second ferry joins island route</title></head><body><article><div>https://port.example/ferry</div><h2>Second ferry joins island route</h2><p>${body}</p><p>${body}</p></article></body></html>`;
  const article = htmlArticle(html, { id: 'ferry', source: 'ferry.html', url: 'https://port.example/ferry' });
  assert.ok(article.text.startsWith('The ferry company'));
});

test('should take a paragraph set entirely in bold as a subheading', () => {
  const body = 'The ferry company added a second boat to the island route on Monday after months of complaints about queues. '.repeat(4);
  const html = `<html><body><article><p>${body}</p><p><strong>Queues were the longest in summer</strong></p><p>${body}</p><p><b>Tickets</b> cost more this year.</p></article></body></html>`;
  const article = htmlArticle(html, { id: 'ferry', source: 'ferry.html' });
  assert.deepEqual(article.headings.map((h) => article.text.slice(h.start, h.end)), ['Queues were the longest in summer']);
});

test('should read broken markup that leaves the parser without a document root', () => {
  for (const html of ['<![CDATA[<html>', '<html', '</html><p>Text after the end of the page, still worth reading.</p>']) {
    assert.equal(typeof htmlArticle(html, { id: 'broken', source: 'broken.html' }).text, 'string');
  }
});
