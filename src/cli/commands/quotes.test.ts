import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConcord } from '../../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-quotes-'));
const file = join(dir, 'dock-strike.txt');
// Emoji (two UTF-16 units), CRLF line ends and spaces that cleanup would change: offsets must still be raw.
writeFileSync(file, 'Dock strike 🙂 spreads\r\n\r\n  “We will not go back,” union leader Mara Lind told Harbour Radio.\r\nLind said  the port would stay shut.\r\n');

test('should print one JSON line per attribution with raw UTF-16 offsets', async () => {
  const run = await runConcord(['quotes', file, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const text = readFileSync(file, 'utf8');
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, { start: number; end: number; text: string } | string | boolean | null>);
  assert.equal(lines.length, 2);
  for (const line of lines) {
    for (const part of ['speaker', 'cue', 'content'] as const) {
      const span = line[part] as { start: number; end: number; text: string } | null;
      if (span) assert.equal(text.slice(span.start, span.end), span.text);
    }
  }
  const first = lines[0]!;
  assert.equal((first.content as { text: string }).text, 'We will not go back');
  assert.equal(first.speakerName, 'Mara Lind');
  assert.equal(first.venue, 'Harbour Radio');
  assert.equal(first.direct, true);
  assert.equal(first.source, file);
  assert.equal((lines[1]!.cue as { text: string }).text, 'said');
});

test('should print a readable line per attribution without --json', async () => {
  const run = await runConcord(['quotes', file]);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Mara Lind \[told\] \(Harbour Radio\): “We will not go back”/);
});

test('should fail with E_NOT_FOUND for a missing file and E_USAGE without files', async () => {
  const missing = await runConcord(['quotes', join(dir, 'nope.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /E_NOT_FOUND/);
  const none = await runConcord(['quotes']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /E_USAGE/);
});

test('should analyse a long file up to --max-analysis-kchars and warn on stderr', async () => {
  const long = join(dir, 'long.txt');
  const paragraph = '“The tide turned early,” harbour pilot Tomas Reyes said on Friday.';
  writeFileSync(long, Array.from({ length: 600 }, () => paragraph).join('\n\n'));
  const capped = await runConcord(['quotes', long, '--json', '--max-analysis-kchars', '16']);
  assert.equal(capped.code, 0, capped.stderr);
  assert.match(capped.stderr, /long\.txt: warning: Only the first [\d,]+ of [\d,]+ characters were analysed .*\[analysis-truncated\]/);
  const quotes = capped.stdout.trim().split('\n').map((l) => JSON.parse(l) as { content: { end: number } });
  assert.ok(quotes.length > 100 && quotes.every((q) => q.content.end <= 16_000), `${quotes.length} quotes, all in the first 16,000 characters`);
  const whole = await runConcord(['quotes', long, '--json']);
  assert.equal(whole.stderr, '');
  assert.equal(whole.stdout.trim().split('\n').length, 600);
  const bad = await runConcord(['quotes', long, '--max-analysis-kchars', '3']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-analysis-kchars/);
});

test('should refuse a file over the 64 MiB read limit before reading it', async () => {
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 64 * 1024 * 1024 + 1); // sparse: nothing is written
  const run = await runConcord(['quotes', huge]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /huge\.txt: 67108865 bytes exceeds the limit of 67108864/);
  assert.match(run.stderr, /E_TOO_LARGE/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});
