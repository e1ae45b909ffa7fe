/** Browser-test support: launch Debian's Chromium through playwright-core (or say why not), and serve a test app. */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { Hono } from 'hono';
import { createApp, createStoryEvents, hostileCorpus, memoryRepository, PWNED_PATH, sampleCorpus, startServer, type RunningServer } from '../../src/http/index.js';
import { plainTextReader } from '../../src/http/testing/text-reader.js';

/** The browser the tests drive (installed by apt, never downloaded by playwright). */
export const CHROMIUM = process.env.CONCORD_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless run on CI machines. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where screenshots go: test-artifacts/ at the repository root. */
export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

/** Why browser tests are skipped (false when Chromium is there); throws when CI requires the browser and it is absent. */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CONCORD_REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} not found and CONCORD_REQUIRE_BROWSER=1: install chromium (apt-get install chromium)`);
  return `${CHROMIUM} not found: browser tests skipped (apt-get install chromium, or set CONCORD_CHROMIUM)`;
}

/** Launches Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true, timeout: 60_000 });
}

/** A test server over the sample and hostile corpora; `hits` records requests to the payloads' sentinel path. */
export async function serveTestApp(): Promise<RunningServer & { hits: string[] }> {
  const { articles, stories } = sampleCorpus();
  const hostile = hostileCorpus();
  const repository = memoryRepository({ articles: [...articles, ...hostile.articles], stories: [...stories, ...hostile.stories], read: plainTextReader });
  const hits: string[] = [];
  const outer = new Hono();
  const app = createApp({ repository, events: createStoryEvents(), log: () => {} });
  outer.all(`${PWNED_PATH}/*`, (c) => { hits.push(c.req.path); return c.text('gotcha'); });
  outer.all('*', (c) => app.fetch(c.req.raw));
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer(outer, { port: 0, host: '127.0.0.1' });
  return { ...server, url: `http://127.0.0.1:${server.port}`, hits };
}
