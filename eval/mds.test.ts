import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readClusters, run, scoreClusters } from './mds.js';

const sample = fileURLToPath(new URL('../../examples/mds-sample.jsonl', import.meta.url));

test('should read clusters and skip malformed lines', () => {
  const { clusters, skipped } = readClusters(readFileSync(sample, 'utf8'));
  assert.equal(clusters.length, 2);
  assert.equal(skipped, 1);
  assert.equal(clusters[1]!.references.length, 2);
});

test('should score the brief and both baselines in one run', async () => {
  const { clusters } = readClusters(readFileSync(sample, 'utf8'));
  const { systems } = await scoreClusters(clusters);
  assert.deepEqual(Object.keys(systems), ['Concord brief', 'Lead (round-robin)', 'LexRank']);
  for (const [name, t] of Object.entries(systems)) {
    assert.equal(t.n, 2, name);
    if (name !== 'Concord brief') assert.ok(t.r1 / t.n > 0.3, `${name} ROUGE-1 ${t.r1 / t.n}`);
    assert.ok(t.r2 <= t.r1 && t.r1 <= 2, name);
  }
});

test('should skip the section with a message when no --mds file is given', async () => {
  assert.equal(await run({ argv: [], quick: false }), null);
});
