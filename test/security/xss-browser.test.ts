import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AnalysisResult } from '../../src/core/index.js';
import { createApp, memoryRepository, startServer, type RunningServer } from '../../src/http/index.js';
import { plainTextReader } from '../../src/http/testing/text-reader.js';
import { analyzeBatch } from '../../src/engine/index.js';
import { renderHtml } from '../../src/brief/index.js';
import { browserSkip, launchBrowser } from '../browser/support.js';
import { testContext } from '../support/context.js';
import { publicArticle } from '../../src/brief/testing/ferry-result.js';
import { FLAG, xssArticles, xssPayloads, xssStory } from './xss-corpus.js';

const skip = browserSkip();
const articles = xssArticles();

/** The hostile corpus through the real pipeline, plus a hand-built story (so payloads reach every story field even if the pipeline drops some). */
function hostileResult(): { result: AnalysisResult; pipeline: string } {
  const manual = xssStory(articles);
  try {
    const piped = analyzeBatch(articles, testContext());
    return { result: { ...piped, stories: [...piped.stories, manual] }, pipeline: `${piped.stories.length} stories from analyzeBatch` };
  } catch (error) {
    // Another stage may be mid-edit in this shared checkout; the hand-built story still carries every payload.
    return { result: { articles: articles.map(publicArticle), stories: [manual], diagnostics: [] }, pipeline: `analyzeBatch failed (${(error as Error).message}); hand-built story only` };
  }
}
const { result, pipeline } = hostileResult();
let browser: Browser | undefined;
let server: RunningServer | undefined;

before(async () => {
  if (skip) return;
  const repository = memoryRepository({ articles, stories: result.stories, read: plainTextReader });
  server = await startServer(createApp({ repository, log: () => {} }), { port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What ran on a page: the window flag, dialogs, inline handlers and script-scheme links left in the DOM. */
interface Exposure { flag: unknown; dialogs: string[]; handlers: string[]; badLinks: string[] }

/** Fires every event a handler payload might wait for, then collects what ran and what is left in the DOM. */
async function expose(page: Page, dialogs: string[]): Promise<Exposure> {
  // Page code is passed as a string: the project compiles without the DOM library.
  const found = await page.evaluate(`(() => {
    // Handlers written as attributes are also listed below; firing them shows whether one would run.
    for (const el of document.querySelectorAll('[onmouseover], [onfocus], [ontoggle]')) for (const type of ['mouseover', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
    const handlers = [], badLinks = [];
    for (const el of document.querySelectorAll('*')) for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) handlers.push(el.tagName + ' ' + attr.name);
      if (/^(href|src|action|formaction|srcdoc|data)$/i.test(attr.name) && /^\\s*(javascript|data|vbscript):/i.test(attr.value)) badLinks.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 40));
    }
    const flag = window.${FLAG} ?? null;
    window.${FLAG} = undefined;
    return { flag, handlers, badLinks };
  })()`) as Omit<Exposure, 'dialogs'>;
  await page.waitForTimeout(50);
  return { ...found, dialogs: [...dialogs] };
}

let shared: { page: Page; dialogs: string[] } | undefined;

/** Opens a page (by URL or by HTML content) in one reused tab and returns what ran there. */
async function visit(open: (page: Page) => Promise<unknown>): Promise<Exposure> {
  if (!shared) {
    const page = await browser!.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    shared = { page, dialogs };
  }
  shared.dialogs.length = 0;
  await open(shared.page);
  return expose(shared.page, shared.dialogs);
}

/** Loads HTML into a fresh about:blank document (no CSP inherited from a page visited before). */
function fromHtml(html: string): (page: Page) => Promise<unknown> {
  return async (page) => {
    await page.goto('about:blank');
    await page.setContent(html, { waitUntil: 'load' });
  };
}

/** Asserts nothing ran and nothing executable is left. */
function assertClean(where: string, e: Exposure): void {
  assert.equal(e.flag, null, `${where}: a payload ran (${JSON.stringify(e.flag)})`);
  assert.deepEqual(e.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(e.handlers, [], `${where}: event-handler attributes in the DOM`);
  assert.deepEqual(e.badLinks, [], `${where}: script-scheme links in the DOM`);
}

test('should build stories from the hostile corpus (so the payloads reach briefs, facts and quotes)', (t) => {
  t.diagnostic(pipeline);
  assert.ok(result.stories.length > 0);
  assert.equal(result.articles.length, articles.length);
});

test('should run no payload on the served story list, story, article, search and error pages', { skip }, async () => {
  const paths = ['/', `/?q=${encodeURIComponent(xssPayloads('query')[0]!)}`, `/?person=${encodeURIComponent(xssPayloads('person')[1]!)}`,
    ...result.stories.map((s) => `/stories/${encodeURIComponent(s.id)}`), ...articles.map((a) => `/articles/${a.id}`),
    `/articles/${articles[0]!.id}?start=0&end=40`, `/stories/${encodeURIComponent(xssPayloads('404')[0]!)}`, '/ingest'];
  for (const path of paths) assertClean(path, await visit((p) => p.goto(`${server!.url}${path}`, { waitUntil: 'load' })));
});

test('should run no payload when the pages are loaded without their Content-Security-Policy (escaping alone)', { skip }, async () => {
  const app = createApp({ repository: memoryRepository({ articles, stories: result.stories, read: plainTextReader }), log: () => {} });
  const paths = ['/', ...result.stories.map((s) => `/stories/${encodeURIComponent(s.id)}`), ...articles.slice(0, 6).map((a) => `/articles/${a.id}`)];
  for (const path of paths) {
    const html = await (await app.request(path)).text();
    assert.doesNotMatch(html, /http-equiv=["']?content-security-policy/i, 'the test must see the page without any CSP');
    assertClean(`${path} (no CSP)`, await visit(fromHtml(html)));
  }
});

test('should run no payload in the HTML brief renderer output', { skip }, async () => {
  const html = renderHtml(result);
  assert.ok(html.includes('Harbour talks'), 'the brief names the story');
  assertClean('renderHtml', await visit(fromHtml(html)));
});

test('should have a detector that fails when a payload does run (control)', { skip }, async () => {
  const e = await visit(fromHtml(`<p>${xssPayloads('control')[1]}</p>`));
  assert.ok(Array.isArray(e.flag) && e.flag.includes('control'), JSON.stringify(e.flag));
  const d = await visit(fromHtml(`<p>${xssPayloads('control')[13]}</p>`));
  assert.equal(d.dialogs.length, 1);
});
