import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { sampleCorpus } from '../../src/http/index.js';
import { ARTIFACTS, browserSkip, launchBrowser, serveTestApp } from './support.js';

const skip = browserSkip();
if (skip) console.log(`# ${skip}`);

describe('web pages in Chromium', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveTestApp>>;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    server = await serveTestApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('should list stories newest first with outlets and a sparkline, and filter by person', async () => {
    await page.goto(`${server.url}/`);
    const titles = await page.locator('.story-title').allTextContents();
    assert.equal(titles.length, 4);
    assert.ok(titles.indexOf('Brackwater harbour bridge closed after ferry strikes pier') < titles.indexOf('Oakridge library extends opening hours'));
    assert.equal(await page.locator('.story-row').first().locator('svg.spark').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'story-list.png'), fullPage: true });
    await page.fill('input[name=person]', 'Elena');
    await page.click('form.search button');
    await page.waitForURL(/person=Elena/);
    assert.deepEqual(await page.locator('.story-title').allTextContents(), ['Brackwater harbour bridge closed after ferry strikes pier']);
    assert.deepEqual(errors, []);
  });

  test('should open a story with its brief, coverage matrix, quotes and lineage graph', async () => {
    await page.goto(`${server.url}/`);
    await page.click('text=Brackwater harbour bridge closed after ferry strikes pier');
    await page.waitForURL(/\/stories\/bridge$/);
    assert.equal(await page.locator('ol.brief li').count(), 3);
    assert.equal(await page.locator('table.matrix tbody tr').count(), 3);
    assert.equal(await page.locator('td.cov.contradicts').count(), 1);
    assert.match((await page.locator('li.quote').first().textContent())!, /Radio Brackwater/);
    assert.equal(await page.locator('svg.lineage path.edge.rewrite').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'story-page.png'), fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'story-page-narrow.png'), fullPage: true });
    const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
    assert.ok(overflow <= 0, `the narrow story page scrolls sideways by ${overflow}px`);
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(errors, []);
  });

  test('should open the cited article with the cited span highlighted when a citation is clicked', async () => {
    await page.goto(`${server.url}/stories/bridge`);
    const link = page.locator('ol.brief li').nth(1).locator('a.cite').last();
    const href = (await link.getAttribute('href'))!;
    const url = new URL(href, server.url);
    const article = sampleCorpus().articles.find((a) => url.pathname.endsWith(`/${a.id}`))!;
    const expected = article.text.slice(Number(url.searchParams.get('start')), Number(url.searchParams.get('end')));
    await link.hover();
    await page.waitForFunction((text) => [...(globalThis as any).document.querySelectorAll('ol.brief a.cite')].some((a: any) => a.title.includes(text)), expected);
    await link.click();
    await page.waitForURL(/\/articles\//);
    const mark = page.locator('mark#hl');
    await mark.waitFor();
    assert.equal((await page.locator('mark.hl').allTextContents()).join(''), expected);
    assert.ok(await mark.isVisible());
    assert.ok(await page.evaluate(() => { const r = (globalThis as any).document.getElementById('hl').getBoundingClientRect(); return r.top >= 0 && r.bottom <= (globalThis as any).innerHeight; }));
    await page.screenshot({ path: join(ARTIFACTS, 'article-highlight.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });

  test('should upload an article, show progress and list it afterwards', async () => {
    await page.goto(`${server.url}/ingest`);
    await page.setInputFiles('#ingest-files', { name: 'ferry-inquiry.txt', mimeType: 'text/plain', buffer: Buffer.from('Inquiry opens into Brackwater ferry crash\n\nInvestigators opened an inquiry on Thursday.') });
    await page.fill('#ingest-outlet', 'Test Gazette');
    await page.click('#ingest-submit');
    await page.locator('#ingest-result a[href="/articles/ferry-inquiry"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#ingest-progress').evaluate((el) => (el as unknown as { value: number }).value), 100);
    assert.match((await page.locator('#ingest-message').textContent())!, /Done/);
    await page.screenshot({ path: join(ARTIFACTS, 'ingest-done.png'), fullPage: true });
    await page.goto(`${server.url}/`);
    assert.ok((await page.locator('.story-title').allTextContents()).includes('Inquiry opens into Brackwater ferry crash'));
    assert.deepEqual(errors, []);
  });

  test('should tell an open story list that stories changed, with a reload link', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.live === '1');
    await new Promise((r) => setTimeout(r, 300));
    const res = await fetch(`${server.url}/api/ingest?wait=1`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'late-news.txt', text: 'Late news from Fenmouth\n\nA late item.' }] }),
    });
    assert.equal(res.status, 200);
    const banner = page.locator('#live-banner');
    await banner.waitFor({ timeout: 10_000 });
    assert.match((await banner.textContent())!, /1 story changed .*Late news from Fenmouth/);
    await banner.locator('a').click();
    await page.waitForLoadState();
    assert.ok((await page.locator('.story-title').allTextContents()).includes('Late news from Fenmouth'));
    assert.deepEqual(errors, []);
  });

  test('should run none of the script and event-handler payloads carried by articles', async () => {
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    for (const path of ['/', '/stories/evil', '/articles/evil-one?start=0&end=40', '/articles/evil-two', '/?q=%3Cscript%3E']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').hover();
      for (const el of await page.locator('.story-title, .sentence, blockquote, .text').all()) await el.hover().catch(() => undefined);
      assert.equal(await page.evaluate(() => (globalThis as any).__pwned), undefined, path);
    }
    await page.goto(`${server.url}/stories/evil`);
    assert.match((await page.locator('h1').textContent())!, /<script>window.__pwned/);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-story.png'), fullPage: true });
    assert.deepEqual(server.hits, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(violations, []);
  });
});
