import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { checkUrl, isPrivateAddress, safeFetch, type Resolver } from './safe-fetch.js';
import { nodeContext } from './node-context.js';
import { isEngineError } from '../core/index.js';

/** Requests the local server saw (path), to prove a refused URL was never contacted. */
const hits: string[] = [];
let server: Server;
let port = 0;
let redirectTarget = '';

/** 32 MiB of zeros gzipped (about 32 KiB), made once so the server's work is not counted in the client's memory. */
const BOMB = gzipSync(Buffer.alloc(32 * 1024 * 1024));

/** Routes of the local test server on 127.0.0.1. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push(path);
  if (path === '/ok') res.end('hello');
  else if (path === '/host') res.end(req.headers.host ?? '');
  else if (path === '/redirect') res.writeHead(302, { location: redirectTarget }).end();
  else if (path.startsWith('/loop')) res.writeHead(301, { location: `/loop${hits.length}` }).end();
  else if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let i = 0; i < 32; i++) res.write(chunk);
    res.end();
  } else if (path === '/bomb') {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
    res.end(BOMB);
  } else if (path === '/hang') {
    // never answers
  } else if (path === '/echo') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => res.end(`${req.method} ${body}`));
  } else res.writeHead(404).end('no');
}

before(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A stand-in DNS: names to addresses; unknown names fail like NXDOMAIN. */
function fakeDns(table: Record<string, string[]>): Resolver {
  return async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found;
  };
}

/** Asserts the promise rejects with an EngineError of this code. */
async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isEngineError(error), `expected an EngineError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

test('should classify loopback, private, link-local, CGNAT, multicast and IPv4-in-IPv6 addresses as private', () => {
  const privateOnes = ['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '::1', '::', '0:0:0:0:0:0:0:1', 'fe80::1', 'FE80::abcd', 'fc00::1', 'fd12:3456::1', 'ff02::1', 'fec0::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '::7f00:1', '64:ff9b::a9fe:a9fe', '2002:c0a8:0101::1'];
  for (const a of privateOnes) assert.equal(isPrivateAddress(a), true, a);
  const publicOnes = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '203.0.113.5', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db8::1'];
  for (const a of publicOnes) assert.equal(isPrivateAddress(a), false, a);
});

test('should refuse non-http(s) schemes and invalid URLs', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'gopher://example.com/', 'data:text/html,<b>x</b>', 'javascript:alert(1)', 'ws://example.com/']) {
    await rejectsWith(checkUrl(url, true), 'E_BAD_URL');
  }
  await rejectsWith(checkUrl('not a url', true), 'E_BAD_URL');
});

test('should refuse loopback and private IP literals in every spelling without contacting them', async () => {
  const before = hits.length;
  for (const host of ['127.0.0.1', 'localhost', '127.1', '2130706433', '0x7f.0.0.1', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '169.254.169.254', '10.0.0.1', '[fe80::1]']) {
    const url = `http://${host}:${port}/ok`;
    await rejectsWith(safeFetch(url, { resolve: fakeDns({ localhost: ['127.0.0.1'] }) }), 'E_BAD_URL');
  }
  assert.equal(hits.length, before, 'a refused URL reached the server');
});

test('should fetch a loopback URL only when private networks are allowed', async () => {
  await rejectsWith(safeFetch(`http://127.0.0.1:${port}/ok`), 'E_BAD_URL');
  const response = await safeFetch(`http://127.0.0.1:${port}/ok`, { allowPrivateNetwork: true });
  assert.equal(response.status, 200);
  assert.equal(new TextDecoder().decode(response.body), 'hello');
});

test('should refuse a host name whose DNS answer is private, even when one of several answers is public', async () => {
  const dns = fakeDns({ 'intranet.test': ['10.0.0.7'], 'mixed.test': ['93.184.216.34', '192.168.0.2'], 'v6.test': ['::ffff:7f00:1'] });
  await rejectsWith(checkUrl('http://intranet.test/', false, dns), 'E_BAD_URL');
  await rejectsWith(checkUrl('http://mixed.test/', false, dns), 'E_BAD_URL');
  await rejectsWith(checkUrl('http://v6.test/', false, dns), 'E_BAD_URL');
  await rejectsWith(checkUrl('http://nowhere.test/', false, dns), 'E_FETCH');
  const ok = await checkUrl('https://news.test/a', false, fakeDns({ 'news.test': ['93.184.216.34'] }));
  assert.equal(ok.hostname, 'news.test');
});

test('should give up on a resolver that never answers', async () => {
  // The lookup timeout is 5 s; a hanging resolver yields "cannot be resolved", never a hang of the batch.
  const started = Date.now();
  await rejectsWith(checkUrl('http://slow.test/', false, () => new Promise<string[]>(() => {})), 'E_FETCH');
  assert.ok(Date.now() - started < 7_000);
});

test('should pass the injected resolver through the Node context', async () => {
  const ctx = nodeContext({ resolve: fakeDns({ 'intranet.test': ['10.9.8.7'] }) });
  await rejectsWith(ctx.fetch('http://intranet.test/feed.xml'), 'E_BAD_URL');
  await rejectsWith(ctx.fetch('file:///etc/hostname'), 'E_BAD_URL');
});

test('should refuse a redirect from a public host to a private, loopback or non-http target', async () => {
  // "localhost" is made to look public to the check, and the approved address is dialled as the local server, which redirects.
  const dns = fakeDns({ localhost: ['203.0.113.10'], 'intranet.test': ['10.0.0.1'] });
  const targets = [`http://127.0.0.1:${port}/ok`, `http://[::1]:${port}/ok`, 'http://169.254.169.254/latest/meta-data/', 'http://intranet.test/', 'file:///etc/passwd', 'ftp://example.com/'];
  for (const target of targets) {
    redirectTarget = target;
    const seen = hits.length;
    await rejectsWith(safeFetch(`http://localhost:${port}/redirect`, { resolve: dns, dial: () => '127.0.0.1' }), 'E_BAD_URL');
    assert.deepEqual(hits.slice(seen), ['/redirect'], `redirect to ${target} was followed`);
  }
});

test('should follow a redirect when allowed and stop after the redirect limit', async () => {
  redirectTarget = `http://127.0.0.1:${port}/ok`;
  const response = await safeFetch(`http://127.0.0.1:${port}/redirect`, { allowPrivateNetwork: true });
  assert.equal(response.url, `http://127.0.0.1:${port}/ok`);
  await assert.rejects(safeFetch(`http://127.0.0.1:${port}/loop`, { allowPrivateNetwork: true, maxRedirects: 3 }), /more than 3 redirects/);
});

test('should stop a body past maxBytes, also when it is a gzip bomb decompressed by the transport', async () => {
  await rejectsWith(safeFetch(`http://127.0.0.1:${port}/big`, { allowPrivateNetwork: true, maxBytes: 1024 * 1024 }), 'E_TOO_LARGE');
  const small = await safeFetch(`http://127.0.0.1:${port}/big`, { allowPrivateNetwork: true, maxBytes: 4 * 1024 * 1024 });
  assert.equal(small.body.byteLength, 2 * 1024 * 1024);
  const rssBefore = process.memoryUsage().rss;
  await rejectsWith(safeFetch(`http://127.0.0.1:${port}/bomb`, { allowPrivateNetwork: true, maxBytes: 1024 * 1024 }), 'E_TOO_LARGE');
  assert.ok(process.memoryUsage().rss - rssBefore < 24 * 1024 * 1024, 'the bomb was inflated in memory');
});

test('should time out a server that never answers', async () => {
  const started = Date.now();
  await rejectsWith(safeFetch(`http://127.0.0.1:${port}/hang`, { allowPrivateNetwork: true, timeoutMs: 300 }), 'E_TIMEOUT');
  assert.ok(Date.now() - started < 3_000);
});

test('should send a POST body on the first hop', async () => {
  const response = await safeFetch(`http://127.0.0.1:${port}/echo`, { allowPrivateNetwork: true, method: 'POST', body: 'payload' });
  assert.equal(new TextDecoder().decode(response.body), 'POST payload');
});

test('should connect only to the address that was checked (no DNS rebinding between check and connect)', async () => {
  // The check is told "localhost" is public; a second resolution would give 127.0.0.1. The pinned fetch connects to
  // 203.0.113.10 (and fails), never to the loopback server.
  const seen = hits.length;
  await safeFetch(`http://localhost:${port}/ok`, { resolve: fakeDns({ localhost: ['203.0.113.10'] }), timeoutMs: 500 }).catch(() => null);
  assert.deepEqual(hits.slice(seen), [], 'the loopback server was reached after the check approved a public address');
});

test('should dial the checked address while keeping the host name in the Host header', async () => {
  const dialled: string[] = [];
  const response = await safeFetch(`http://news.test:${port}/host`, {
    resolve: fakeDns({ 'news.test': ['198.51.100.7', '198.51.100.8'] }),
    dial: (address) => { dialled.push(address); return '127.0.0.1'; },
  });
  assert.deepEqual(dialled, ['198.51.100.7']);
  assert.equal(new TextDecoder().decode(response.body), `news.test:${port}`);
  assert.equal(response.url, `http://news.test:${port}/host`);
});
