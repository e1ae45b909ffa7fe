import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhiteSpaceCode } from './index.js';

test('should call white space exactly the UTF-16 codes that \\s matches', () => {
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  assert.deepEqual(wrong, []);
});
