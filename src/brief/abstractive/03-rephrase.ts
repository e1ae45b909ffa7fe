/** The optional abstractive brief: rephrases plain cited facts through a model server and keeps only supported sentences. */
import { diagnostic, isEngineError, type Article, type BriefSentence, type Context } from '../../core/index.js';
import { indexEvidence, sentenceAround } from '../select/01-evidence.js';
import { lowerFirst } from '../select/06-phrase.js';
import { requestRephrasings, type AbstractiveOptions, type RephraseItem } from './01-request.js';
import { unsupported } from './02-support.js';

/** What the abstractive pass did: the new brief, and each generated sentence it refused with the reason. */
export interface AbstractiveResult {
  brief: BriefSentence[];
  rephrased: number;
  dropped: { text: string; reason: string }[];
}

/** "According to one outlet, …" kept aside so the mark survives the rewrite. */
const MARK = /^(According to [^,]{1,80}, )/;

/** The source sentences behind a brief sentence's citations. */
function sourcesOf(sentence: BriefSentence, articles: Article[]): string[] {
  const index = indexEvidence(articles);
  const out: string[] = [];
  for (const c of sentence.citations) {
    const article = index.articles.get(c.article);
    const around = article ? sentenceAround(article, c) : null;
    if (around && !out.includes(around.text)) out.push(around.text);
  }
  return out;
}

/**
 * Rephrases the brief's plain fact sentences (quotes and disputes stay verbatim). A generated sentence that
 * its citations do not support is dropped and the extractive sentence stays in its place. When the server
 * fails, the extractive brief is returned and a diagnostic reported; a bad URL throws E_BAD_URL.
 */
export function rephraseBrief(options: AbstractiveOptions): (brief: BriefSentence[], articles: Article[], ctx: Context) => Promise<AbstractiveResult> {
  return async (brief, articles, ctx) => {
    const items: (RephraseItem & { mark: string })[] = [];
    brief.forEach((s, i) => {
      if (/[“”"]/.test(s.text) || /^Accounts differ:/.test(s.text)) return;
      const mark = MARK.exec(s.text)?.[1] ?? '';
      items.push({ id: i + 1, text: s.text.slice(mark.length), sources: sourcesOf(s, articles), mark });
    });
    if (items.length === 0) return { brief, rephrased: 0, dropped: [] };
    let answers: Map<number, string>;
    try {
      answers = await requestRephrasings(items.map(({ mark: _m, ...item }) => item), options, ctx);
    } catch (error) {
      if (isEngineError(error) && error.code === 'E_BAD_URL') throw error;
      ctx.report(diagnostic('warning', 'abstractive-unavailable', `The model server could not rephrase the brief: ${(error as Error).message}`));
      return { brief, rephrased: 0, dropped: [] };
    }
    const out = brief.map((s) => ({ ...s }));
    const dropped: AbstractiveResult['dropped'] = [];
    let rephrased = 0;
    for (const item of items) {
      const generated = answers.get(item.id);
      if (!generated) continue;
      const reason = unsupported(generated, [...item.sources, item.text]);
      if (reason) {
        dropped.push({ text: generated, reason });
        continue;
      }
      const body = item.mark ? lowerFirst(generated) : generated;
      out[item.id - 1] = { text: `${item.mark}${body}`, citations: brief[item.id - 1]!.citations };
      rephrased++;
    }
    return { brief: out, rephrased, dropped };
  };
}
