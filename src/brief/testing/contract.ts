/** Test helper: checks a result against schema/analysis.schema.json (ajv) and that every citation slices its article. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { AnalysisResult, Citation } from '../../core/index.js';

/** Path of the public JSON Schema (dist/src/brief/testing → repository root). */
export const schemaUrl = new URL('../../../../schema/analysis.schema.json', import.meta.url);

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Problems with a result: schema errors, then citations outside their article or pointing at unknown articles. */
export function contractProblems(result: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  }
  if (!validator(result)) return (validator.errors as { instancePath: string; message: string }[]).map((e) => `${e.instancePath} ${e.message}`);
  const r = result as AnalysisResult;
  const texts = new Map(r.articles.map((a) => [a.id, a.text.length]));
  const problems: string[] = [];
  const check = (where: string, c: Citation) => {
    const length = texts.get(c.article);
    if (length === undefined) problems.push(`${where}: unknown article ${c.article}`);
    else if (c.start >= c.end || c.end > length) problems.push(`${where}: span ${c.start}-${c.end} outside ${c.article} (${length})`);
  };
  r.stories.forEach((s, i) => {
    for (const id of s.articles) if (!texts.has(id)) problems.push(`stories/${i}: unknown article ${id}`);
    s.entities.forEach((e) => e.mentions.forEach((c) => check(`stories/${i}/entities/${e.id}`, c)));
    s.quotes.forEach((q) => q.citations.forEach((c) => check(`stories/${i}/quotes/${q.id}`, c)));
    s.facts.forEach((f) => [...f.citations, ...f.conflicts.flatMap((x) => x.citations)].forEach((c) => check(`stories/${i}/facts/${f.id}`, c)));
    s.brief.forEach((b, j) => b.citations.forEach((c) => check(`stories/${i}/brief/${j}`, c)));
  });
  return problems;
}
