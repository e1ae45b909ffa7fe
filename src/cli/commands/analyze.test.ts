import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runConcord } from '../../../test/support/cli.js';
import { contractProblems } from '../../brief/testing/contract.js';

const demo = fileURLToPath(new URL('../../../../examples/demo', import.meta.url));

test('should print the demo corpus as JSON that satisfies the public schema', async () => {
  const run = await runConcord(['analyze', demo, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(contractProblems(result), []);
  assert.ok(result.stories.length >= 2, `${result.stories.length} stories`);
  assert.equal(result.articles.length, 7);
});

test('should render Markdown by default and a standalone page with --format html', async () => {
  const md = await runConcord(['analyze', demo]);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# Concord brief/);
  const html = await runConcord(['analyze', demo, '--format', 'html']);
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.match(html.stdout, /<\/html>\n$/);
});

test('should read an article from stdin', async () => {
  const run = await runConcord(['analyze', '-', '--json', '--outlet', 'Stdin Post'], { stdin: 'A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night.\n\nFour people were injured in the blaze, the port authority said.\n' });
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.equal(result.articles.length, 1);
  assert.equal(result.stories.length, 1);
});

test('should refuse a bad format, no inputs and a missing file with codes', async () => {
  const bad = await runConcord(['analyze', demo, '--format', 'pdf']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /E_BAD_OPTION/);
  const none = await runConcord(['analyze']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /E_USAGE/);
  const missing = await runConcord(['analyze', '/nonexistent/ferry.txt']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
  assert.match(missing.stderr, /E_NOT_FOUND|E_NOTHING_READ/);
  assert.doesNotMatch(missing.stderr, /at .*\.js:\d+/);
});

test('should rephrase through a local model server given with --abstractive and drop unsupported sentences', async () => {
  const { createServer } = await import('node:http');
  const requests: { model: string; facts: number }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => { raw += d.toString('utf8'); });
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: { content: string }[] };
      const ids = [...body.messages[1]!.content.matchAll(/^(\d+)\. FACT: (.*)$/gm)].map((m) => [Number(m[1]), m[2]!] as const);
      requests.push({ model: body.model, facts: ids.length });
      // The first fact comes back unchanged (supported); every other one gains an invented number (unsupported).
      const answer = ids.map(([id, text], i) => ({ id, text: i === 0 ? text : `${text.replace(/\.$/, '')} and 987 more.` }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { content: JSON.stringify(answer) } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const run = await runConcord(['analyze', demo, '--json', '--abstractive', `http://127.0.0.1:${port}/v1`, '--model', 'fake-1']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(contractProblems(result), []);
    assert.match(run.stderr, /rephrased, \d+ unsupported rephrasing\(s\) dropped/);
    for (const r of requests) assert.equal(r.model, 'fake-1');
    const briefs = result.stories.flatMap((s: { brief: { text: string }[] }) => s.brief.map((b) => b.text)).join('\n');
    assert.doesNotMatch(briefs, /987/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('should refuse an invalid --abstractive URL', async () => {
  const run = await runConcord(['analyze', demo, '--abstractive', 'not a url']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /E_BAD_URL/);
});
