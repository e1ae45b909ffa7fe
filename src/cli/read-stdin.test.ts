import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { isEngineError } from '../core/index.js';
import { readStdin, readStdinText } from './read-stdin.js';

const io = (chunks: Array<string | Buffer>) => ({ stdin: Readable.from(chunks) });

test('should read all of stdin under the limit, in bytes or as text', async () => {
  assert.deepEqual([...await readStdin(io([Buffer.from('ab'), 'cd']), 4)], [...Buffer.from('abcd')]);
  assert.equal(await readStdinText(io(['Harbour ', 'talks']), 100), 'Harbour talks');
});

test('should refuse stdin past the limit with E_TOO_LARGE naming stdin', async () => {
  await assert.rejects(readStdin(io(['abc', 'de']), 4), (e: unknown) => isEngineError(e) && e.code === 'E_TOO_LARGE' && /^stdin/.test(e.message));
});
