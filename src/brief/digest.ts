/** What surrounds a brief: coverage, key people, quotes, disputed points, single-source claims and lineage. */
import type { AnalysisResult, Article, Citation, PublicArticle, Story } from '../core/index.js';
import { indexEvidence, outletsOf, sentenceAround } from './select/01-evidence.js';
import { refuseSentence } from './select/02-screen.js';

/** One outlet's coverage of a story. */
export interface OutletCoverage {
  outlet: string;
  articles: string[];
  first: string | null;
  last: string | null;
}

/** A person the story is about (organisations when it names no one), with the roles the outlets give them. */
export interface KeyPerson {
  name: string;
  roles: string[];
  mentions: number;
  outlets: number;
}

/** A claim as the digest shows it: its wording and the outlets behind it. */
export interface DigestClaim {
  text: string;
  outlets: string[];
  citations: Citation[];
}

/** The material around one story's brief. */
export interface StoryDigest {
  coverage: OutletCoverage[];
  people: KeyPerson[];
  quotes: { text: string; speaker: string | null; venue: string | null; outlets: string[]; citations: Citation[] }[];
  disputed: { text: string; reason: string; sides: DigestClaim[] }[];
  singleSource: DigestClaim[];
  lineage: { from: string; to: string; kind: string; score: number }[];
}

/** Display name of an article's outlet (its outlet, else its id). */
export function outletLabel(article: PublicArticle | undefined, id: string): string {
  return article?.outlet ?? id;
}

/** The wording of a citation: the sentence around it, or the fact's own text. */
function wordingOf(citations: Citation[], byId: Map<string, Article>, fallback: string): string {
  for (const c of citations) {
    const article = byId.get(c.article);
    const sentence = article ? sentenceAround(article, c) : null;
    if (sentence && refuseSentence(sentence) === null) return sentence.text;
  }
  return fallback;
}

/** Builds the digest of one story from the public result's articles. */
export function digestStory(story: Story, result: Pick<AnalysisResult, 'articles'>): StoryDigest {
  const articles = result.articles.filter((a) => story.articles.includes(a.id)).map((a) => ({ ...a, url: null, headings: [], diagnostics: [] }) as Article);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = indexEvidence(articles, story.lineage);
  const label = (citations: Citation[]) => [...new Set(citations.map((c) => outletLabel(byId.get(c.article), c.article)))];
  const coverage = new Map<string, OutletCoverage>();
  for (const a of articles) {
    const key = outletLabel(a, a.id);
    const entry = coverage.get(key) ?? { outlet: key, articles: [], first: null, last: null };
    entry.articles.push(a.id);
    if (a.published && (entry.first === null || a.published < entry.first)) entry.first = a.published;
    if (a.published && (entry.last === null || a.published > entry.last)) entry.last = a.published;
    coverage.set(key, entry);
  }
  const persons = story.entities.filter((e) => e.kind === 'person');
  const people = (persons.length > 0 ? persons : story.entities.filter((e) => e.kind === 'organization'))
    .map((e) => ({ name: e.name, roles: e.roles ?? [], mentions: e.mentions.length, outlets: outletsOf(e.mentions, index).length }))
    .sort((a, b) => b.outlets - a.outlets || b.mentions - a.mentions).slice(0, 12);
  // Quotes with a named speaker, verbatim ones first, then the most widely carried.
  const quotes = story.quotes.filter((q) => q.speakerName !== null)
    .sort((a, b) => Number(b.direct) - Number(a.direct) || outletsOf(b.citations, index).length - outletsOf(a.citations, index).length)
    .map((q) => ({ text: q.text, speaker: q.speakerName, venue: q.venue, outlets: label(q.citations), citations: q.citations }));
  const disputed = story.facts.filter((f) => f.status === 'disputed' || f.conflicts.length > 0).map((f) => ({
    text: f.text || wordingOf(f.citations, byId, ''),
    reason: f.conflicts.map((c) => c.reason).join('; '),
    sides: [{ text: wordingOf(f.citations, byId, f.text), outlets: label(f.citations), citations: f.citations },
      ...f.conflicts.map((c) => ({ text: wordingOf(c.citations, byId, c.reason), outlets: label(c.citations), citations: c.citations }))],
  }));
  const singleSource = story.facts.filter((f) => f.conflicts.length === 0 && outletsOf(f.citations, index).length === 1)
    .map((f) => ({ text: wordingOf(f.citations, byId, ''), outlets: label(f.citations), citations: f.citations }))
    .filter((f) => f.text.length > 0);
  return { coverage: [...coverage.values()], people, quotes, disputed, singleSource, lineage: story.lineage.map((l) => ({ ...l })) };
}
