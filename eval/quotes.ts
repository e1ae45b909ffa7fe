/** Quotes evaluation: exact-span P/R/F1 of source, cue and content on PolNeAR dev (`npm run eval -- --only quotes`). */
import { readFileSync } from 'node:fs';
import { analyzeArticle, articleFromRawText } from '../src/analyze/index.js';
import { dataFile, fixed, type ReportSection } from './lib/report.js';
import type { SectionOptions } from './lib/runner.js';
import { codePointMap, goldKeys, halfOf, PARTS, predictedKeys, prf, type Part, type PolnearDoc, type Tally } from './quotes-lib.js';

/** Runs the section; `--errors N` prints N missed and N spurious spans per part to the console for tuning. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const file = dataFile('quotes-dev/polnear-dev.jsonl');
  if ('missing' in file) {
    console.log(file.missing);
    return null;
  }
  const docs = readFileSync(file.path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PolnearDoc);
  const used = options.quick ? docs.slice(0, 20) : docs;
  const analyze = analyzeArticle({ skipQuantities: true });
  const tallies = Object.fromEntries(PARTS.map((p) => [p, { tp: 0, gold: 0, predicted: 0 }])) as Record<Part, Tally>;
  const withCue: Tally = { tp: 0, gold: 0, predicted: 0 };
  // Two halves of the files (stable hash of the id): a rule is kept only if it helps or is neutral on both.
  const halves = [0, 1].map(() => Object.fromEntries(PARTS.map((p) => [p, { tp: 0, gold: 0, predicted: 0 }])) as Record<Part, Tally>);
  const files = [0, 0];
  const errorsFlag = options.argv.indexOf('--errors');
  const showErrors = errorsFlag >= 0 ? Number(options.argv[errorsFlag + 1] ?? 20) : 0;
  const errors: Record<Part, { missed: string[]; spurious: string[] }> = { source: { missed: [], spurious: [] }, cue: { missed: [], spurious: [] }, content: { missed: [], spurious: [] } };
  for (const doc of used) {
    const analysis = analyze(articleFromRawText(doc.text, { id: doc.id, source: doc.id, title: doc.title }));
    const map = codePointMap(doc.text);
    const half = halves[halfOf(doc.id)]!;
    files[halfOf(doc.id)]!++;
    for (const part of PARTS) {
      const gold = goldKeys(doc, part, map);
      const predicted = predictedKeys(doc.text, analysis.attributions, part);
      const t = tallies[part];
      t.gold += gold.size;
      t.predicted += predicted.size;
      for (const key of predicted) if (gold.has(key)) t.tp++;
      const h = half[part];
      h.gold += gold.size;
      h.predicted += predicted.size;
      for (const key of predicted) if (gold.has(key)) h.tp++;
      if (part === 'content') {
        // PolNeAR has no cue-less attributions: also score contents without the kept `no-speaker` quotations.
        const cued = predictedKeys(doc.text, analysis.attributions.filter((a) => a.cue !== null), part);
        withCue.gold += gold.size;
        withCue.predicted += cued.size;
        for (const key of cued) if (gold.has(key)) withCue.tp++;
      }
      if (showErrors) {
        const show = (key: string) => key.split('|').map((p) => { const [s, e] = p.split('-').map(Number); return doc.text.slice(s, e); }).join(' … ').slice(0, 160);
        for (const key of gold) if (!predicted.has(key)) errors[part].missed.push(show(key));
        for (const key of predicted) if (!gold.has(key)) errors[part].spurious.push(show(key));
      }
    }
  }
  if (showErrors) {
    for (const part of PARTS) {
      console.log(`--- ${part}: missed\n${errors[part].missed.slice(0, showErrors).join('\n')}\n--- ${part}: spurious\n${errors[part].spurious.slice(0, showErrors).join('\n')}`);
    }
  }
  const rows = PARTS.map((part) => {
    const { p, r, f } = prf(tallies[part]);
    return `| ${part === 'source' ? 'speaker (source)' : part} | ${fixed(p)} | ${fixed(r)} | ${fixed(f)} | ${tallies[part].gold} | ${tallies[part].predicted} |`;
  });
  const halfRows = [0, 1].map((i) => `| half ${i} (${files[i]} files) | ${PARTS.map((part) => fixed(prf(halves[i]![part]).f)).join(' | ')} |`);
  const cued = prf(withCue);
  rows.push(`| content, attributions with a cue only | ${fixed(cued.p)} | ${fixed(cued.r)} | ${fixed(cued.f)} | ${withCue.gold} | ${withCue.predicted} |`);
  return {
    title: 'Quotes: who said what (PolNeAR dev)',
    markdown: `Command: \`npm run eval -- --only quotes\`${options.quick ? ' --quick (first 20 files)' : ''}. Data: \`quotes-dev/polnear-dev.jsonl\`, ${used.length} annotation files.
Exact-span match after trimming spaces, quote marks and end punctuation from both ends of every span; a content split in
pieces matches only when all its pieces match. Spans are compared as sets per file (micro-averaged). Unattributed
quotations the engine keeps (\`no-speaker\`) count as content predictions in the \`content\` row; the last row leaves them
out, since PolNeAR never annotates a quotation without a cue. Rules were tuned on this dev split, so expect lower
figures on held-out articles.

| part | precision | recall | F1 | gold | predicted |
|---|---|---|---|---|---|
${rows.join('\n')}

F1 on the two halves of the files (split by the first byte of the SHA-1 of each file's id; the same article read by two
annotators can fall in both halves):

| half | speaker | cue | content |
|---|---|---|---|
${halfRows.join('\n')}

Published on the PolNeAR test split (exact F1 speaker/cue/content): rule-based 0.107/0.228/0.056 · BERT-CRF 0.822/0.749/0.710.`,
  };
}
