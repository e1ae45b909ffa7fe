import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFile } from '../../../eval/lib/report.js';
import { analyzeArticle } from '../../analyze/index.js';
import { articleFromText } from '../../ingest/index.js';
import { createClusterer, clusterDocFrom } from './index.js';

const seeds = dataFile('seeds');

/** The seed articles as read by ingest (text files: headline on the first line). */
function readSeeds(dir: string): Array<{ id: string; text: string }> {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

test('should put the five seed articles in one story, in either order, with and without analysis', { skip: 'missing' in seeds ? seeds.missing : false }, () => {
  if ('missing' in seeds) return;
  const files = readSeeds(seeds.path);
  assert.equal(files.length, 5);
  const analyze = analyzeArticle({ skipQuantities: true });
  for (const order of [files, [...files].reverse()]) {
    for (const withAnalysis of [false, true]) {
      const clusterer = createClusterer();
      for (const f of order) {
        const article = articleFromText(f.text, { id: f.id, source: `${f.id}.txt` });
        clusterer.add(clusterDocFrom(article, withAnalysis ? analyze(article) : undefined));
      }
      assert.equal(new Set(clusterer.labels()).size, 1, `analysis ${withAnalysis}: ${clusterer.labels().join(',')}`);
    }
  }
});
