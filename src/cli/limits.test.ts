import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EngineError, type FetchOptions } from '../core/index.js';
import { runConcord } from '../../test/support/cli.js';
import { testContext } from '../../test/support/context.js';
import { readLimits, withLimits } from './limits.js';

const MIB = 1024 * 1024;
const parsed = (values: Record<string, string>) => ({ values, positionals: [] });
const PROSE = 'The harbour board met on Tuesday and agreed a new timetable for the island ferries, officials said. ';

test('should read the limit flags into fetch and source limits', () => {
  const limits = readLimits(parsed({ 'max-fetch-mb': '2', 'fetch-timeout': '3', 'max-redirects': '0', 'max-gunzip-mb': '4', 'max-page-fetches': '7' }));
  assert.deepEqual(limits, { fetch: { maxBytes: 2 * MIB, timeoutMs: 3000, maxRedirects: 0 }, sources: { maxInflatedBytes: 4 * MIB, maxPageFetches: 7 } });
  assert.deepEqual(readLimits(parsed({})), { fetch: {}, sources: {} });
  assert.deepEqual(readLimits(parsed({ 'max-analysis-kchars': '40' })).sources, { maxAnalysedChars: 40_000 });
});

test('should refuse a bad limit value with E_BAD_OPTION naming the flag and its range', () => {
  for (const [flag, value] of [['max-fetch-mb', '0'], ['max-fetch-mb', '1.5'], ['fetch-timeout', 'soon'], ['max-redirects', '-1'], ['max-redirects', '21'], ['max-gunzip-mb', '99999'], ['max-page-fetches', ''], ['max-analysis-kchars', '15'], ['max-analysis-kchars', '100001']] as const) {
    assert.throws(() => readLimits(parsed({ [flag]: value })), (error: unknown) => error instanceof EngineError && error.code === 'E_BAD_OPTION' && error.message.includes(`--${flag}`) && /from \d+ to \d+/.test(error.message), `${flag}=${value}`);
  }
});

test('should give every fetch the limits unless the caller set its own, and carry source limits on the context', async () => {
  const seen: FetchOptions[] = [];
  const base = { ...testContext(), fetch: async (_url: string, options: FetchOptions = {}) => { seen.push(options); return { url: '', status: 200, headers: {}, body: new Uint8Array() }; } };
  const ctx = withLimits(base, readLimits(parsed({ 'max-fetch-mb': '1', 'max-redirects': '2', 'max-gunzip-mb': '3' })));
  await ctx.fetch('https://news.example/a');
  await ctx.fetch('https://model.example/v1', { maxBytes: 5, method: 'POST' });
  assert.deepEqual(seen[0], { maxBytes: MIB, maxRedirects: 2 });
  assert.deepEqual(seen[1], { maxBytes: 5, maxRedirects: 2, method: 'POST' });
  assert.deepEqual(ctx.limits, { maxInflatedBytes: 3 * MIB });
  assert.equal(withLimits(base, readLimits(parsed({}))), base, 'no flags: the context unchanged');
});

/** A loopback server: /big sends 2 MiB, /hop redirects to itself, /silent never answers. */
async function hostileServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(PROSE.repeat(Math.ceil(2 * MIB / PROSE.length))); return; }
    if (req.url === '/hop') { res.writeHead(302, { location: '/page' }); res.end(); return; }
    if (req.url === '/page') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(PROSE); return; }
    // /silent: never answers
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('should apply --max-fetch-mb, --max-redirects and --fetch-timeout to fetched pages', async () => {
  const { server, url } = await hostileServer();
  try {
    const open = ['extract', '--allow-private-network'];
    const fine = await runConcord([...open, `${url}/big`, `${url}/hop`]);
    assert.equal(fine.code, 0, fine.stderr);
    const big = await runConcord([...open, '--max-fetch-mb', '1', `${url}/big`]);
    assert.notEqual(big.code, 0);
    assert.match(big.stderr, /exceeds 1048576 bytes/);
    const hop = await runConcord([...open, '--max-redirects', '0', `${url}/hop`]);
    assert.notEqual(hop.code, 0);
    assert.match(hop.stderr, /more than 0 redirects/);
    const slow = await runConcord([...open, '--fetch-timeout', '1', `${url}/silent`]);
    assert.notEqual(slow.code, 0);
    assert.match(slow.stderr, /no answer within 1000 ms/);
    for (const run of [big, hop, slow]) assert.doesNotMatch(run.stderr, /\n\s+at /);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('should stop a .gz input at --max-gunzip-mb with a too-large diagnostic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-limits-'));
  try {
    const file = join(dir, 'long.txt.gz');
    writeFileSync(file, gzipSync(`Ferry timetable\n\n${PROSE.repeat(Math.ceil(2 * MIB / PROSE.length))}`));
    const fine = await runConcord(['extract', '--json', file]);
    assert.equal(fine.code, 0, fine.stderr);
    const capped = await runConcord(['extract', '--json', '--max-gunzip-mb', '1', file]);
    assert.notEqual(capped.code, 0);
    assert.match(capped.stderr, /inflates past 1048576 bytes/);
    assert.equal(capped.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should refuse bad limit values on every command that reads sources, with exit code 2 and no stack', async () => {
  const runs = await Promise.all([
    runConcord(['extract', '--max-fetch-mb', '0', 'x.txt']),
    runConcord(['ingest', '--max-gunzip-mb', 'lots', 'x.txt']),
    runConcord(['analyze', '--fetch-timeout', '0', 'x.txt']),
    runConcord(['watch', '--max-redirects', '50', 'x']),
    runConcord(['serve', '--max-page-fetches=-5']),
  ]);
  for (const run of runs) {
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--(max-fetch-mb|max-gunzip-mb|fetch-timeout|max-redirects|max-page-fetches)/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('should list the limit flags in the help of every command that reads sources', async () => {
  for (const name of ['extract', 'ingest', 'analyze', 'watch', 'serve']) {
    const run = await runConcord([name, '--help']);
    assert.equal(run.code, 0);
    for (const flag of ['--max-fetch-mb', '--fetch-timeout', '--max-redirects', '--max-gunzip-mb', '--max-page-fetches']) assert.ok(run.stdout.includes(flag), `${name} --help lists ${flag}`);
    assert.equal(run.stdout.includes('--max-analysis-kchars'), name !== 'extract', `${name} --help and --max-analysis-kchars (only commands that analyse)`);
  }
});

test('should analyse only --max-analysis-kchars of a long article through the CLI, and warn', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-limits-'));
  try {
    const file = join(dir, 'long.txt');
    writeFileSync(file, `Ferry timetable\n\n${Array.from({ length: 400 }, () => PROSE).join('\n\n')}`);
    const capped = await runConcord(['analyze', '--json', '--max-analysis-kchars', '16', file]);
    assert.equal(capped.code, 0, capped.stderr);
    assert.match(capped.stderr + capped.stdout, /analysis-truncated|Only the first [\d,]+ of [\d,]+ characters were analysed/);
    const whole = await runConcord(['analyze', '--json', file]);
    assert.equal(whole.code, 0, whole.stderr);
    assert.doesNotMatch(whole.stderr + whole.stdout, /analysis-truncated/);
    const extract = await runConcord(['extract', '--max-analysis-kchars', '16', file]);
    assert.equal(extract.code, 2, 'extract does not analyse: the flag is unknown there');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
