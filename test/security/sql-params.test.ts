import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from dist/test/security/). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Interpolations allowed inside SQL text besides constants and calls with literal arguments: the schema name (checked
 * against /^[a-z_][a-z0-9_]*$/ in src/store/open.ts) and the `kind` parameter of src/store/search.ts `names()`, whose
 * every call passes a literal (checked below).
 */
const ALLOWED = new Set(['options.schema', 'kind']);

/** True when `expr` names a plain string constant (`const X = '…'`) declared in this file or exported from src/store. */
function isConstant(expr: string, text: string, storeText: string): boolean {
  if (/^[A-Za-z_]\w*\('[a-z_]+'\)$/.test(expr)) return true; // a helper called with a literal
  if (!/^[A-Za-z_]\w*$/.test(expr)) return false;
  const declared = new RegExp(`const ${expr}\\s*=\\s*('[^'\\\\]*'|\`[^\`]*\`);`);
  return declared.test(text) || (new RegExp(`import[^;]*\\b${expr}\\b[^;]*from`).test(text) && declared.test(storeText));
}

/** Every .ts source file under `dir`, tests excluded. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Template literals that look like SQL, with what they interpolate. */
function sqlInterpolations(text: string): { sql: string; expr: string }[] {
  const found: { sql: string; expr: string }[] = [];
  for (const m of text.matchAll(/`([^`]*)`/g)) {
    const body = m[1]!;
    if (!/\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|SCHEMA|INDEX)|ALTER\s+TABLE|DROP\s+|search_path)\b/.test(body)) continue;
    for (const e of body.matchAll(/\$\{([^}]*)\}/g)) found.push({ sql: body.replace(/\s+/g, ' ').slice(0, 90), expr: e[1]!.trim() });
  }
  return found;
}

test('should build SQL only with $n parameters, interpolating nothing but constants and the validated schema name', () => {
  const files = [...sources(join(ROOT, 'src/store')), ...sources(join(ROOT, 'src/engine')), ...sources(join(ROOT, 'src/http'))];
  assert.ok(files.length > 10, 'source files found');
  const storeText = sources(join(ROOT, 'src/store')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const bad: string[] = [];
  let statements = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    statements += (text.match(/\$[1-9]\b/g) ?? []).length;
    for (const { sql, expr } of sqlInterpolations(text)) if (!ALLOWED.has(expr) && !isConstant(expr, text, storeText)) bad.push(`${relative(ROOT, file)}: \${${expr}} in "${sql}"`);
  }
  assert.ok(statements > 20, 'parameterised statements found (the scan sees the SQL)');
  assert.deepEqual(bad, []);
  const search = readFileSync(join(ROOT, 'src/store/search.ts'), 'utf8');
  assert.deepEqual([...search.matchAll(/\bnames\(([^)]*)\)/g)].map((m) => m[1]).filter((arg) => arg !== 'kind: string' && !/^'[a-z]+'$/.test(arg!)), [], 'names() called with a non-literal');
});

test('should flag an interpolated value in SQL text (control for the scanner)', () => {
  const found = sqlInterpolations('const q = `SELECT * FROM articles WHERE id = \'${id}\'`;');
  assert.deepEqual(found.map((f) => f.expr), ['id']);
  assert.equal(isConstant('id', 'const id = req.query.id;', ''), false);
  assert.equal(isConstant('COLS', "const COLS = 'a, b';", ''), true);
});

test('should keep the schema-name check that makes its interpolation safe', () => {
  const open = readFileSync(join(ROOT, 'src/store/open.ts'), 'utf8');
  assert.match(open, /\/\^\[a-z_\]\[a-z0-9_\]\*\$\/\.test\(options\.schema\)/);
});
