/**
 * What an editor checks in the brief of the reference story (../shared/data/seeds, read at run time): outlets cited,
 * the Kremlin spokesman's and the Chechen leader's quotes with their speakers, the deaths reported once with their
 * sources, and nothing from one outlet presented as agreed by all. Shared by the test and `npm run eval`.
 */
import type { AnalysisResult, BriefSentence, Story } from '../../core/index.js';

/** One check: its name, whether it passed, and what was seen (counts only: no seed text leaves the run). */
export interface SeedCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** Distinct outlets (outlet name, else article id) a sentence cites. */
function outlets(s: BriefSentence, result: AnalysisResult): Set<string> {
  const byId = new Map(result.articles.map((a) => [a.id, a]));
  return new Set(s.citations.map((c) => byId.get(c.article)?.outlet ?? c.article));
}

/** The story holding most articles. */
export function mainStory(result: AnalysisResult): Story | undefined {
  return [...result.stories].sort((a, b) => b.articles.length - a.articles.length)[0];
}

/** True when the words inside “…” in a brief sentence appear verbatim in one of its cited articles. */
function quotesVerbatim(s: BriefSentence, result: AnalysisResult): boolean {
  const inner = /[“"]([^”"]+)[”"]/.exec(s.text)?.[1]?.replace(/[.,]$/, '');
  if (!inner) return false;
  return s.citations.some((c) => result.articles.find((a) => a.id === c.article)?.text.includes(inner));
}

/** Runs the editor's checks on the analysed seeds. */
export function seedChecks(result: AnalysisResult): SeedCheck[] {
  const story = mainStory(result);
  if (!story) return [{ name: 'one story', ok: false, detail: 'no story' }];
  const all = new Set(result.articles.map((a) => a.outlet ?? a.id));
  const cited = new Set(story.brief.flatMap((s) => [...outlets(s, result)]));
  const peskov = story.brief.filter((s) => /Peskov/.test(s.text) && /We are talking about Moscow at this point/.test(s.text));
  const kadyrov = story.brief.filter((s) => /Kadyrov/.test(s.text) && /[“"]/.test(s.text));
  const deaths = story.brief.filter((s) => /\b(three|3)\b/i.test(s.text) && /(killed|dead|death|fatalit|died)/i.test(s.text));
  const unmarked = story.brief.filter((s) => outlets(s, result).size === 1 && !/^(According to|One outlet)\b/.test(s.text));
  const sources = (list: BriefSentence[]) => list.map((s) => outlets(s, result).size).join(', ');
  return [
    { name: 'one story holds the articles', ok: story.articles.length === result.articles.length, detail: `${story.articles.length} of ${result.articles.length} articles` },
    { name: 'brief length 4–12', ok: story.brief.length >= 4 && story.brief.length <= 12, detail: `${story.brief.length} sentences` },
    { name: 'cites at least four of the five outlets', ok: cited.size >= Math.min(4, all.size), detail: `${cited.size} of ${all.size} cited` },
    { name: 'Peskov quote with its speaker', ok: peskov.length === 1 && quotesVerbatim(peskov[0]!, result), detail: `${peskov.length} sentence(s), sources: ${sources(peskov) || '–'}` },
    { name: 'Kadyrov quote with its speaker', ok: kadyrov.length >= 1 && quotesVerbatim(kadyrov[0]!, result), detail: `${kadyrov.length} sentence(s), sources: ${sources(kadyrov) || '–'}, marked single-source: ${kadyrov.filter((s) => /^According to/.test(s.text)).length}` },
    { name: 'three deaths once, with three sources', ok: deaths.length === 1 && outlets(deaths[0]!, result).size >= 3, detail: `${deaths.length} sentence(s), sources: ${sources(deaths) || '–'}` },
    { name: 'no single-outlet claim presented as agreed', ok: unmarked.length === 0, detail: `${unmarked.length} unmarked, ${story.brief.filter((s) => /^According to|^One outlet/.test(s.text)).length} marked` },
    { name: 'a disagreement between outlets is shown', ok: story.brief.some((s) => /^Accounts differ/.test(s.text)), detail: `${story.brief.filter((s) => /^Accounts differ/.test(s.text)).length} dispute sentence(s), ${story.facts.filter((f) => f.status === 'disputed').length} disputed fact(s) from align` },
  ];
}
