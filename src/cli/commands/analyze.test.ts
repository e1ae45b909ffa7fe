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

const story = 'A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night, forcing 200 passengers to evacuate.\n\n'
  + 'Four people were injured in the blaze, the port authority said.\n\n"We will find out what went wrong," Mayor Lina Ortez told Harbor Radio.\n\n'
  + 'An inquiry into the fire will begin on Monday, officials said.\n';

test('should render Markdown by default and a standalone page with --format html, reading stdin', async () => {
  const [md, html] = await Promise.all([
    runConcord(['analyze', '-'], { stdin: story }),
    runConcord(['analyze', '-', '--format', 'html', '--outlet', 'Stdin <Post>'], { stdin: story }),
  ]);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# Concord brief/);
  assert.match(md.stdout, /\[\^s1-1\]: /);
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.match(html.stdout, /<\/html>\n$/);
  assert.match(html.stdout, /Stdin &#60;Post&#62;/);
});

test('should refuse a bad format, no inputs, a missing file and a bad model URL with codes', async () => {
  const [bad, none, missing, badUrl] = await Promise.all([
    runConcord(['analyze', demo, '--format', 'pdf']),
    runConcord(['analyze']),
    runConcord(['analyze', '/nonexistent/ferry.txt']),
    runConcord(['analyze', demo, '--abstractive', 'not a url']),
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /E_BAD_OPTION/);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /E_USAGE/);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
  assert.match(missing.stderr, /E_NOT_FOUND|E_NOTHING_READ/);
  assert.doesNotMatch(missing.stderr, /at .*\.js:\d+/);
  assert.equal(badUrl.code, 1);
  assert.match(badUrl.stderr, /E_BAD_URL/);
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
    const run = await runConcord(['analyze', '-', '--json', '--abstractive', `http://127.0.0.1:${port}/v1`, '--model', 'fake-1'], { stdin: story });
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(contractProblems(result), []);
    assert.match(run.stderr, /rephrased, \d+ unsupported rephrasing\(s\) dropped/);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.model, 'fake-1');
    assert.ok(requests[0]!.facts >= 2, `${requests[0]!.facts} facts sent`);
    assert.match(run.stderr, /1 sentence\(s\) rephrased, [1-9]\d* unsupported/);
    const briefs = result.stories.flatMap((s: { brief: { text: string }[] }) => s.brief.map((b) => b.text)).join('\n');
    assert.doesNotMatch(briefs, /987/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
