/** `npm run eval -- --only pairs`: the sentence matcher on MSRP (accuracy, F1), STS-B (Spearman) and ECB+ (ROC-AUC), beside word overlap. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { BATCH_ROUNDS, createMatcher, FEATURE_NAMES, INSTANCE_FEATURE_NAMES, MIN_COMMON, tokenize } from '../src/corpus/match/index.js';
import { dataFile, fixed, type ReportSection } from './lib/report.js';
import type { SectionOptions } from './lib/runner.js';

interface Pair { a: string; b: string; gold: number; fit?: boolean; sub?: boolean; topic?: number }

/** Reads a JSONL file into rows. */
function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Token Jaccard over lower-cased words: the published word-overlap baseline. */
export function wordOverlap(a: string, b: string): number {
  const sa = new Set(tokenize(a).map((t) => t.lower));
  const sb = new Set(tokenize(b).map((t) => t.lower));
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return sa.size + sb.size === 0 ? 0 : shared / (sa.size + sb.size - shared);
}

/** Average ranks (ties share their mean rank). */
function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation. */
export function spearman(x: number[], y: number[]): number {
  const rx = ranks(x); const ry = ranks(y);
  const n = x.length; const mx = (n - 1) / 2;
  let num = 0; let dx = 0; let dy = 0;
  for (let i = 0; i < n; i++) { num += (rx[i]! - mx) * (ry[i]! - mx); dx += (rx[i]! - mx) ** 2; dy += (ry[i]! - mx) ** 2; }
  return num / Math.sqrt(dx * dy);
}

/** ROC-AUC of scores against binary labels (Mann–Whitney with tie correction). */
export function rocAuc(scores: number[], labels: number[]): number {
  const r = ranks(scores);
  const pos = labels.filter((l) => l === 1).length;
  const neg = labels.length - pos;
  const sumPos = labels.reduce((s, l, i) => s + (l === 1 ? r[i]! + 1 : 0), 0);
  return (sumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Accuracy and F1 of decisions. */
function accuracyF1(decisions: boolean[], labels: number[]): { acc: number; f1: number } {
  let tp = 0; let fp = 0; let fn = 0; let right = 0;
  decisions.forEach((d, i) => {
    const y = labels[i] === 1;
    if (d === y) right++;
    if (d && y) tp++; else if (d) fp++; else if (y) fn++;
  });
  return { acc: right / labels.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

/** The threshold with the best accuracy on the given scores (fit on training pairs only). */
function bestThreshold(scores: number[], labels: number[]): number {
  let best = { acc: -1, t: 0 };
  for (let t = 0; t <= 1; t += 0.005) {
    const { acc } = accuracyF1(scores.map((s) => s >= t), labels);
    if (acc > best.acc) best = { acc, t };
  }
  return best.t;
}

/** Runs the section; null when the data is absent. */
export async function run(options: SectionOptions): Promise<ReportSection | null> {
  const msrpFile = dataFile('paraphrase-dev/msrp-train.jsonl');
  const stsTrainFile = dataFile('paraphrase-dev/sts-train.jsonl');
  const stsDevFile = dataFile('paraphrase-dev/sts-dev.jsonl');
  const ecbFile = dataFile('ecbplus-dev/sentence-pairs.jsonl');
  for (const f of [msrpFile, stsTrainFile, stsDevFile, ecbFile]) if ('missing' in f) { console.log(f.missing); return null; }
  const path = (f: typeof msrpFile) => ('path' in f ? f.path : '');
  const threshold = createMatcher().threshold;
  /** Scores pairs as `concord pairs` does: one matcher per file, word weights blended with the file's own IDF. */
  const concord = (pairs: Pair[]) => {
    const matcher = createMatcher({ corpus: pairs.flatMap((p) => [p.a, p.b]) });
    return matcher.judgeAll(pairs.map((p) => [p.a, p.b] as const));
  };
  const overlap = (pairs: Pair[]) => pairs.map((p) => ({ score: wordOverlap(p.a, p.b), same: false }));
  const step = options.quick ? 5 : 1;
  const msrp: Pair[] = jsonl(path(msrpFile)).map((r) => ({
    a: String(r.sentence1), b: String(r.sentence2), gold: Number(r.label),
    fit: createHash('sha1').update(`${String(r.id1)}-${String(r.id2)}`).digest()[0]! < 128,
  }));
  const sts = (f: typeof msrpFile): Pair[] => jsonl(path(f)).map((r) => ({ a: String(r.sentence1), b: String(r.sentence2), gold: Number(r.score) }));
  const ecbAll = jsonl(path(ecbFile)).filter((_, i) => i % step === 0);
  /* each ECB+ split is scored as its own batch (own file), as the held-out pairs will be */
  const ecb = (split: string): Pair[] => ecbAll.filter((r) => r.split === split).map((r) => ({ a: String(r.text1), b: String(r.text2), gold: r.shares_event ? 1 : 0, sub: r.same_subtopic === true, topic: Number(r.topic) }));
  const rows: string[] = [];
  const started = Date.now();
  let scored = 0;
  for (const [name, score] of [['Concord matcher', concord], ['word overlap (token Jaccard)', overlap]] as const) {
    const judged = (pairs: Pair[]) => { scored += pairs.length; return score(pairs); };
    const s = (pairs: Pair[]) => judged(pairs).map((j) => j.score);
    const msrpJudged = judged(msrp);
    const concordHead = name === 'Concord matcher';
    const fitScores = msrpJudged.filter((_, i) => msrp[i]!.fit).map((j) => j.score);
    const t = concordHead ? threshold : bestThreshold(fitScores, msrp.filter((p) => p.fit).map((p) => p.gold));
    /* Concord's decision is its `same()` (decision head); the baseline's is its score against the fitted threshold */
    const decide = (keep: (p: Pair) => boolean) => {
      const idx = msrp.map((p, i) => (keep(p) ? i : -1)).filter((i) => i >= 0);
      return accuracyF1(idx.map((i) => (concordHead ? msrpJudged[i]!.same : msrpJudged[i]!.score >= t)), idx.map((i) => msrp[i]!.gold));
    };
    const mFit = decide((p) => p.fit === true);
    const mRest = decide((p) => !p.fit);
    const mAll = decide(() => true);
    const stsTrain = sts(stsTrainFile); const stsDev = sts(stsDevFile);
    const ecbTrain = ecb('train'); const ecbDev = ecb('dev');
    rows.push(`| ${name} | ${fixed(t, 3)} | ${fixed(mAll.acc)} / ${fixed(mAll.f1)} | ${fixed(mFit.acc)} / ${fixed(mFit.f1)} | ${fixed(mRest.acc)} / ${fixed(mRest.f1)} | `
      + `${fixed(spearman(s(stsTrain), stsTrain.map((p) => p.gold)))} | ${fixed(spearman(s(stsDev), stsDev.map((p) => p.gold)))} | `
      + `${fixed(rocAuc(s(ecbTrain), ecbTrain.map((p) => p.gold)))} | ${fixed(rocAuc(s(ecbDev), ecbDev.map((p) => p.gold)))} |`);
  }
  /* where the ECB+ errors lie: same-subtopic (same real event kind and instance) vs cross-subtopic pairs */
  const ecbDev = ecb('dev');
  const devScores = concord(ecbDev).map((j) => j.score);
  const within = ecbDev.map((p, i) => (p.sub ? i : -1)).filter((i) => i >= 0);
  const withinAuc = rocAuc(within.map((i) => devScores[i]!), within.map((i) => ecbDev[i]!.gold));
  const subAuc = rocAuc(devScores, ecbDev.map((p) => (p.sub ? 1 : 0)));
  const topics = [...new Set(ecbDev.map((p) => p.topic))];
  const topicAucs = topics.map((t) => {
    const idx = ecbDev.map((p, i) => (p.topic === t ? i : -1)).filter((i) => i >= 0);
    return rocAuc(idx.map((i) => devScores[i]!), idx.map((i) => ecbDev[i]!.gold));
  }).filter((v) => Number.isFinite(v));
  const meanTopicAuc = topicAucs.reduce((x, y) => x + y, 0) / Math.max(1, topicAucs.length);
  const crossPositive = ecbDev.filter((p) => !p.sub && p.gold === 1).length / Math.max(1, ecbDev.filter((p) => !p.sub).length);
  const seconds = (Date.now() - started) / 1000;
  return {
    title: 'Sentence pairs: same statement?',
    markdown: `Command: \`npm run eval -- --only pairs\`${options.quick ? ' --quick (every 5th ECB+ pair)' : ''}. Data: \`paraphrase-dev/msrp-train.jsonl\` `
      + `(split by a hash of the ids into a *fit* half, on which the matcher's weights and threshold were fitted by \`scripts/build-idf.mjs --fit\`, `
      + `and a *held-out* half), \`paraphrase-dev/sts-{train,dev}.jsonl\` (Spearman ρ of the score against the 0–5 gold), `
      + `\`ecbplus-dev/sentence-pairs.jsonl\` (ROC-AUC of \`shares_event\`, train and dev splits). Each file (each ECB+ split) is scored as one batch, as \`concord pairs FILE\` does. Concord's MSRP decision is its \`same()\`; its other columns use \`score()\`. The baseline's threshold is fitted on the MSRP fit half too.

What each head is fitted on (\`scripts/build-idf.mjs --fit\`, logistic regression by Newton's method, weights in \`src/corpus/match/lexicon/model.ts\`): **\`score\`** (graded head) reads all ${FEATURE_NAMES.length} features — the paraphrase ones (alignment, n-grams, names, numbers) and the ${INSTANCE_FEATURE_NAMES.length} same-instance ones (name spans found or missing on each side, the lead name of each sentence, counts of one thing, years, weekdays, months, word mass by kind, batch-IDF overlap) — and is fitted on the MSRP fit half, STS train (score / 5, example weight 0.5) and every ECB+ *train* pair; STS dev, the MSRP held-out half and ECB+ *dev* are never fitted on. **\`same\`** (decision head) reads the ${FEATURE_NAMES.length - INSTANCE_FEATURE_NAMES.length} paraphrase features only and is fitted on the MSRP fit half alone; its threshold is the one that clears both MSRP targets by the widest margin on 5-fold cross-validated fit-half probabilities. **Batch refinement** (\`judgeAll\`, what \`concord pairs\` runs; \`src/corpus/match/07-batch.ts\`): the file's distinct sentences and its pairs form a graph; for each pair, the correlation of the two sentences' score profiles over their common neighbours (each centred on its own mean) is added to the score's log-odds in ${BATCH_ROUNDS.length} rounds whose weights (\`lexicon/batch-model.ts\`, \`scripts/build-idf.mjs --fit-batch\`) are fitted on ECB+ *train* only; it uses no labels, and a pair whose sentences share fewer than ${MIN_COMMON} neighbours keeps its score (every MSRP and STS pair: those files name each sentence about once). Word IDF (\`lexicon/idf.ts\`) comes from the sentences, without labels, of MSRP train (both halves), STS train and the ECB+ train documents, blended half and half with the scored file's own IDF.

| scorer | threshold | MSRP all acc / F1 | MSRP fit half | MSRP held-out half | STS train ρ | STS dev ρ | ECB+ train AUC | ECB+ dev AUC |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

ECB+ dev diagnostics (Concord score): ROC-AUC within same-subtopic pairs ${fixed(withinAuc)}; ROC-AUC of the score for \`same_subtopic\` (telling the topic's two real events apart) ${fixed(subAuc)}; share of cross-subtopic pairs that share an event ${fixed(crossPositive, 3)}; mean of the per-topic ROC-AUCs over its ${topicAucs.length} topics ${fixed(meanTopicAuc)} (from ${fixed(Math.min(...topicAucs))} to ${fixed(Math.max(...topicAucs))}).

Targets: MSRP accuracy ≥ 0.75, F1 ≥ 0.83; STS ρ ≥ 0.72; ECB+ AUC ≥ 0.82. ${scored} pairs scored in ${fixed(seconds, 1)} s.`,
  };
}
