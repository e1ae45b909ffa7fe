import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFile } from '../../eval/lib/report.js';
import { textArticle } from './documents.js';
import { idFromPath } from './ids.js';

const seeds = dataFile('seeds');
const dir = 'path' in seeds ? seeds.path : null;
const skip = dir === null || !existsSync(dir) ? `seeds not found (${'missing' in seeds ? seeds.missing : ''})` : false;

test('should read the seeds cleanly: a headline as title where there is one, no ad lines, no biography', { skip }, () => {
  const files = readdirSync(dir!).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length >= 5);
  for (const file of files) {
    const text = readFileSync(join(dir!, file), 'utf8');
    const article = textArticle(text, { id: idFromPath(file), source: file });
    assert.ok(article.text.length > 500, `${file}: has text`);
    assert.ok(!/^\s*advertisement\s*$/im.test(article.text), `${file}: no "Advertisement" line`);
    assert.ok(!/\bis an? (?:[\w-]+ ){0,4}(?:journalist|reporter|writer|correspondent)\b/i.test(article.text), `${file}: no biography`);
    assert.ok(!/years of experience/i.test(article.text), `${file}: no biography`);
    assert.equal(article.language, 'en');
    const firstLine = text.split('\n')[0]!.trim();
    if (file.startsWith('003_')) {
      assert.equal(article.title, firstLine, '003: the first line is the headline');
      assert.ok(!article.text.startsWith(firstLine), '003: the headline is not body text');
    }
    if (/^[A-Z][a-z]+ [A-Z][a-z]+: /.test(firstLine) || /\n\n[A-Z][a-z]+ [A-Z][a-z]+: /.test(text.slice(0, 300))) {
      assert.ok(article.dateline, `${file}: the dateline is metadata`);
      assert.ok(!/^[A-Z][a-z]+ [A-Z][a-z]+: /.test(article.text), `${file}: no dateline in the text`);
    }
  }
});
