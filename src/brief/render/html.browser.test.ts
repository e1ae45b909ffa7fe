import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { renderHtml } from './html.js';
import { ferryResult } from '../testing/ferry-result.js';

const CHROMIUM = process.env.CONCORD_CHROMIUM ?? '/usr/bin/chromium';

test('should open the HTML brief in Chromium with live citation links and no injected markup', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} not found: browser test skipped`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true, timeout: 60_000 });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await page.setContent(renderHtml(ferryResult(true)), { waitUntil: 'load' });
    // Page code is passed as a string: the project compiles without the DOM library.
    const report = await page.evaluate(`(() => {
      const links = [...document.querySelectorAll('a.cite')].map((a) => a.getAttribute('href').slice(1));
      return {
        links: links.length,
        missing: links.filter((id) => !document.getElementById(id)),
        scripts: document.querySelectorAll('script, img, iframe').length,
        bold: document.querySelectorAll('article b').length,
      };
    })()`) as { links: number; missing: string[]; scripts: number; bold: number };
    assert.ok(report.links >= 5);
    assert.deepEqual(report.missing, []);
    assert.equal(report.scripts, 0);
    assert.equal(report.bold, 0);
    await page.click('a.cite >> nth=0');
    const target = await page.evaluate(`(() => {
      const anchor = document.querySelector(':target');
      const mark = anchor && anchor.nextElementSibling;
      return { hash: location.hash, mark: mark ? mark.tagName : null, background: mark ? getComputedStyle(mark).backgroundColor : null };
    })()`) as { hash: string; mark: string | null; background: string | null };
    assert.equal(target.mark, 'MARK', JSON.stringify(target));
    assert.equal(target.background, 'rgb(255, 210, 77)', 'the cited span is highlighted when targeted');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
  } finally {
    await browser.close();
  }
});
