/** Turns a story's facts, disputes and quotes into brief candidates, each with its clearest wording. */
import type { Citation, Fact, Story, StoryQuote } from '../../core/index.js';
import { NEXT_CUES } from '../lexicon/cues.js';
import { contentStems, wordCount } from '../text/tokenize.js';
import { mergeCitations, outletsOf, sentenceAround, type EvidenceIndex } from './01-evidence.js';
import { clarity, refusal, refuseSentence, stripDateline } from './02-screen.js';

/** Where a sentence belongs in a reader's order. */
export type Section = 'happened' | 'said' | 'disputed' | 'next';

/** One side of a disagreement: who reports it and how. */
export interface Side {
  outlets: string[];
  text: string;
  citations: Citation[];
}

/** A possible brief sentence before it is chosen and phrased. */
export interface Candidate {
  kind: 'fact' | 'quote' | 'dispute';
  /** The fact or quote it comes from. */
  source: string;
  section: Section;
  /** The chosen wording, unphrased (a sentence from one outlet, or the quoted words). */
  text: string;
  citations: Citation[];
  outlets: string[];
  /** Mean place in the articles, 0 (top) to 1 (bottom). */
  position: number;
  clarity: number;
  stems: string[];
  score: number;
  /** For quotes: the speaker as the brief names them, and how the words reached readers. */
  quote?: { speaker: string | null; label: string; venue: string | null; cue: string | null };
  /** For disputes: the sides. */
  sides?: Side[];
}

type StoryInput = Omit<Story, 'brief'>;

/** A wording with its clarity and place, taken from the sentence around one citation. */
interface Wording { text: string; clarity: number; position: number }

/** The acceptable wordings of a list of citations (sentences around them, datelines removed). */
function wordings(citations: Citation[], index: EvidenceIndex): Wording[] {
  const out: Wording[] = [];
  for (const c of citations) {
    const article = index.articles.get(c.article);
    const sentence = article ? sentenceAround(article, c) : null;
    if (!sentence || refuseSentence(sentence) !== null) continue;
    const text = stripDateline(sentence.text);
    if (out.some((w) => w.text === text)) continue;
    out.push({ text, clarity: clarity(text), position: sentence.position });
  }
  return out;
}

/** The clearest wording (ties go to the shorter one). */
function clearest(options: Wording[]): Wording | undefined {
  return [...options].sort((a, b) => b.clarity - a.clarity || a.text.length - b.text.length)[0];
}

/** Mean of a list (0.5 when empty). */
function mean(values: number[]): number {
  return values.length === 0 ? 0.5 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** True when a sentence reports speech ("Peskov said", "told Interfax", "according to"). */
function isAttribution(text: string): boolean {
  return /\b(said|says|told|stated|added|warned|according to|quoted|announced|confirmed|described|argued)\b/i.test(text);
}

/** A fact becomes a candidate when at least one outlet words it as a clean sentence. */
export function factCandidate(fact: Fact, index: EvidenceIndex): Candidate | null {
  const options = wordings(fact.citations, index);
  if (options.length === 0 && refusal(fact.text) === null) options.push({ text: stripDateline(fact.text.trim()), clarity: clarity(fact.text), position: 0.5 });
  const best = clearest(options);
  if (!best) return null;
  const section: Section = NEXT_CUES.some((r) => r.test(best.text)) ? 'next' : isAttribution(best.text) ? 'said' : 'happened';
  return {
    kind: 'fact', source: fact.id, section, text: best.text, citations: fact.citations,
    outlets: outletsOf(fact.citations, index), position: mean(options.map((o) => o.position)),
    clarity: best.clarity, stems: contentStems(best.text), score: 0,
  };
}

/** A disputed fact becomes a dispute: each side (the fact's own reports, then each conflict) with its clearest wording. */
export function disputeCandidate(fact: Fact, index: EvidenceIndex): Candidate | null {
  const conflictCitations = fact.conflicts.flatMap((c) => c.citations);
  const conflictKeys = new Set(conflictCitations.map((c) => `${c.article}:${c.start}`));
  const groups = [fact.citations.filter((c) => !conflictKeys.has(`${c.article}:${c.start}`)), ...fact.conflicts.map((c) => c.citations)];
  const sides: Side[] = [];
  for (const group of groups) {
    const best = clearest(wordings(group, index));
    if (!best || group.length === 0) continue;
    const outlets = outletsOf(group, index).filter((o) => !sides.some((s) => s.outlets.includes(o)));
    if (outlets.length === 0 || sides.some((s) => s.text === best.text)) continue;
    sides.push({ outlets, text: best.text, citations: group });
  }
  if (sides.length < 2) return null;
  const citations = mergeCitations(...sides.map((s) => s.citations));
  const text = sides.map((s) => s.text).join(' ');
  return {
    kind: 'dispute', source: fact.id, section: 'disputed', text, citations, outlets: outletsOf(citations, index),
    position: 0.5, clarity: Math.min(...sides.map((s) => clarity(s.text))), stems: contentStems(text), score: 0, sides,
  };
}

/** How the brief names a speaker: "Kremlin spokesman Dmitry Peskov" or "Ramzan Kadyrov, the leader of Chechnya,". */
export function speakerLabel(name: string, role: string | undefined): string {
  if (!role || role.length > 60 || name.toLowerCase().includes(role.toLowerCase())) return name;
  const short = role.split(/\s+/).length <= 4 && !/\b(of|for|in|at|who|which)\b/i.test(role) && !/^(the|a|an)\b/i.test(role);
  return short ? `${role.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${name}` : `${name}, ${role.replace(/[,.]+$/, '')},`;
}

/** A direct quote with a named speaker becomes a candidate; questions, fragments and very long quotes do not. */
export function quoteCandidate(quote: StoryQuote, story: StoryInput, index: EvidenceIndex): Candidate | null {
  const words = wordCount(quote.text);
  if (!quote.direct || !quote.speakerName || words < 4 || words > 60 || /\?\s*$/.test(quote.text.trim())) return null;
  const entity = story.entities.find((e) => e.id === quote.speaker);
  const role = entity?.roles?.find((r) => r.trim().length > 0);
  const positions = quote.citations.map((c) => {
    const article = index.articles.get(c.article);
    return article && article.text.length > 0 ? c.start / article.text.length : 0.5;
  });
  return {
    kind: 'quote', source: quote.id, section: 'said', text: quote.text.trim(), citations: quote.citations,
    outlets: outletsOf(quote.citations, index), position: mean(positions), clarity: 1, stems: contentStems(quote.text), score: 0,
    quote: { speaker: quote.speaker, label: speakerLabel(entity?.name ?? quote.speakerName, role), venue: quote.venue, cue: quote.cue },
  };
}

/** All candidates of a story. */
export function candidates(story: StoryInput, index: EvidenceIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of story.facts) {
    const disputed = fact.status === 'disputed' || fact.conflicts.length > 0;
    const candidate = disputed ? disputeCandidate(fact, index) ?? factCandidate(fact, index) : factCandidate(fact, index);
    if (candidate) out.push(candidate);
  }
  for (const quote of story.quotes) {
    const candidate = quoteCandidate(quote, story, index);
    if (candidate) out.push(candidate);
  }
  return out;
}
