import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { articleFromLine, streamLines } from './stdin.js';

test('should yield lines as they arrive, across chunk boundaries and CRLF', async () => {
  const input = new PassThrough();
  const got: { line: number; text: string }[] = [];
  const reading = (async () => { for await (const l of streamLines(input)) got.push(l); })();
  input.write('{"id":"a","te');
  input.write('xt":"one"}\r\n\n');
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(got, [{ line: 1, text: '{"id":"a","text":"one"}' }], 'a complete line is available before the stream ends');
  input.end('{"id":"b","text":"two"}');
  await reading;
  assert.deepEqual(got.map((g) => g.line), [1, 3]);
});

test('should turn a line into an article named by its id or its line number', () => {
  const named = articleFromLine('{"id":"x1","text":"The council met on Monday.","outlet":"Valley Courier","published":"2026-02-01T10:00:00Z"}', 4);
  assert.equal(named.article?.id, 'x1');
  assert.equal(named.article?.source, 'stdin:4');
  assert.equal(named.article?.outlet, 'Valley Courier');
  const anonymous = articleFromLine('{"text":"The council met again on Tuesday."}', 7, 'Forced Outlet');
  assert.equal(anonymous.article?.id, 'stdin-7');
  assert.equal(anonymous.article?.outlet, 'Forced Outlet');
});

test('should report a malformed or textless line as a diagnostic naming its line', () => {
  const bad = articleFromLine('{"id": oops', 12);
  assert.equal(bad.article, null);
  assert.equal(bad.diagnostics[0]?.rule, 'malformed-jsonl');
  assert.equal(bad.diagnostics[0]?.line, 12);
  const array = articleFromLine('[1,2]', 2);
  assert.equal(array.article, null);
  const empty = articleFromLine('{"id":"e"}', 3);
  assert.equal(empty.article, null);
  assert.match(empty.diagnostics[0]!.reason, /stdin:3/);
});
