#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with node's test runner; Node 20 needs the files named.
// Arguments filter by path fragment: `npm test -- src/ingest` runs only the ingest tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2).map((f) => f.replace(/\.ts$/, '.js'));
// A compiled test whose source is gone (a stale dist/ file) is not run.
const hasSource = (f) => existsSync(join(root, relative(dist, f).replace(/\.js$/, '.ts')));
const files = collect(dist, []).filter(hasSource).filter((f) => filters.length === 0 || filters.some((x) => relative(dist, f).includes(x)));
if (files.length === 0) {
  console.error(`run-tests: no test files matched ${filters.join(' ') || 'dist/**/*.test.js'}`);
  process.exit(1);
}
const concurrency = process.env.CONCORD_TEST_CONCURRENCY ?? '2';
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
