import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { concordBin, runConcord } from '../../../test/support/cli.js';

/** Starts `concord serve` and resolves with its URL and a stop function that resolves to the exit code. */
function serve(args: string[]): Promise<{ url: string; stderr: () => string; stop: () => Promise<number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [concordBin, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start within 180 s: ${err}`)); }, 180_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          url: url.replace('localhost', '127.0.0.1'),
          stderr: () => err,
          stop: () => new Promise((done) => { child.once('exit', (code) => done(code ?? -1)); child.kill('SIGTERM'); }),
        });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}: ${err}`)); });
  });
}

test('should serve the demo stories from a fresh store, ingest over HTTP and stop cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-serve-'));
  try {
    const server = await serve(['--port', '0', '--db', join(dir, 'db'), '--demo']);
    const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { total: number; stories: { articles: number; outlets: unknown[] }[] };
    assert.ok(list.total >= 2, `demo stories: ${list.total}`);
    assert.ok(list.stories.some((s) => s.articles >= 3 && s.outlets.length >= 3));
    assert.match(server.stderr(), /loaded \d+ demo articles/);
    const page = await fetch(`${server.url}/`);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const ingest = await fetch(`${server.url}/api/ingest?wait=1`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'kiosk.txt', text: 'Kiosk reopens in Velmora park\n\nThe kiosk in the park reopened on Sunday after repairs, the council said.' }] }),
    });
    assert.equal(ingest.status, 200);
    const job = (await ingest.json()) as { result: { articles: string[] } };
    assert.deepEqual(job.result.articles, ['kiosk']);
    assert.equal((await fetch(`${server.url}/api/articles/kiosk`)).status, 200);
    assert.equal((await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"urls":["http://127.0.0.1:1/"]}' })).status, 400);
    assert.equal(await server.stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should refuse a bad port with a usage error', async () => {
  const run = await runConcord(['serve', '--port', 'nope']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--port must be a whole number/);
});
