/**
 * Turns a story's facts, disputes and quotes into brief candidates. A fact is re-checked sentence by sentence: its
 * clearest wording is kept with only the citations whose sentences say the same thing, and the rest of the fact's
 * citations form further candidates — so a loosely grouped fact never lends one outlet's claim the others' support.
 */
import type { Citation, Fact, Story, StoryQuote } from '../../core/index.js';
import { NEXT_CUES } from '../lexicon/cues.js';
import { containment, contentStems, jaccard, sharedCount, wordCount } from '../text/tokenize.js';
import { mergeCitations, outletsOf, type EvidenceIndex } from './01-evidence.js';
import { clarity, refusal, stripDateline } from './02-screen.js';
import { dispute, numberDisputes, personNames } from './disputes.js';
import { entriesOf, mean, supports, type Entry } from './entries.js';
import { remember, textKeyOf } from './cache.js';

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
  quote?: { speaker: string | null; label: string; role: string | null; venue: string | null; cue: string | null };
  /** For disputes: the sides. */
  sides?: Side[];
}

type StoryInput = Omit<Story, 'brief'>;

/** The section of a plain fact: what comes next, who said what, or what happened. */
function sectionOf(text: string): Section {
  if (NEXT_CUES.some((r) => r.test(text))) return 'next';
  return /\b(said|says|told|stated|added|warned|according to|quoted|announced|confirmed|described|argued)\b/i.test(text) ? 'said' : 'happened';
}

/** Splits a fact's entries into candidates: best-supported clear wording first, with the entries that support it. */
function decompose(source: string, pool: Entry[], index: EvidenceIndex, max = 8): Candidate[] {
  const out: Candidate[] = [];
  let left = [...pool];
  while (out.length < max) {
    let best: { w: Entry; with: Entry[]; value: number } | null = null;
    for (const w of left) {
      if (w.wording === null) continue;
      const backers = left.filter((e) => supports(w, e));
      const value = outletsOf(backers.map((e) => e.citation), index).length + 0.5 * w.clarity - (w.text.length > 300 ? 1 : 0);
      if (!best || value > best.value || (value === best.value && w.text.length < best.w.text.length)) best = { w, with: backers, value };
    }
    if (!best) break;
    const citations = best.with.map((e) => e.citation);
    out.push({
      kind: 'fact', source, section: sectionOf(best.w.text), text: best.w.wording!, citations, outlets: outletsOf(citations, index),
      position: mean(best.with.map((e) => e.position)), clarity: best.w.clarity, stems: best.w.stems, score: 0,
    });
    left = left.filter((e) => !best!.with.includes(e));
  }
  return out;
}

/** How the brief names a speaker: "Kremlin spokesman Dmitry Peskov" or "Ramzan Kadyrov, the leader of Chechnya,". */
export function speakerLabel(name: string, role: string | undefined): string {
  if (!role || role.length > 60 || name.toLowerCase().includes(role.toLowerCase())) return name;
  const short = role.split(/\s+/).length <= 4 && !/\b(of|for|in|at|who|which)\b/i.test(role) && !/^(the|a|an)\b/i.test(role);
  return short ? `${role} ${name}` : `${name}, ${role.replace(/[,.]+$/, '')},`;
}

/** A direct quote with a named speaker becomes a candidate; questions, fragments, very long quotes and unnamed speakers do not. */
export function quoteCandidate(quote: StoryQuote, story: StoryInput, index: EvidenceIndex): Candidate | null {
  const length = wordCount(quote.text);
  const entity = story.entities.find((e) => e.id === quote.speaker);
  const named = entity ? entity.kind === 'person' : !!quote.speakerName && /^\p{Lu}/u.test(quote.speakerName) && !/^(A|An|The|One|Some)\b/.test(quote.speakerName);
  if (!quote.direct || !quote.speakerName || !named || length < 4 || length > 60 || /\?\s*["”’]?$/.test(quote.text.trim())) return null;
  const role = entity?.roles?.find((r) => r.trim().length > 0);
  // Only the citations that carry these words back the quote (a loose merge must not lend it other outlets).
  const words = contentStems(quote.text);
  const citations = quote.citations.filter((c) => {
    const slice = contentStems(index.articles.get(c.article)?.text.slice(c.start, c.end) ?? '');
    return jaccard(words, slice) >= 0.5 || (containment(words, slice) >= 0.8 && sharedCount(words, slice) >= Math.min(4, new Set(words).size));
  });
  if (citations.length === 0) return null;
  const positions = citations.map((c) => {
    const article = index.articles.get(c.article);
    return article && article.text.length > 0 ? c.start / article.text.length : 0.5;
  });
  return {
    kind: 'quote', source: quote.id, section: 'said', text: quote.text.trim(), citations,
    outlets: outletsOf(citations, index), position: mean(positions), clarity: 1, stems: contentStems(quote.text), score: 0,
    quote: { speaker: quote.speaker, label: speakerLabel(entity?.name ?? quote.speakerName, role), role: role ?? null, venue: quote.venue, cue: quote.cue },
  };
}

/** The candidates of one fact: at most one dispute, then its sentences as plain candidates. */
function factCandidates(fact: Fact, index: EvidenceIndex, names: Map<string, string>): Candidate[] {
  let pool = entriesOf(mergeCitations(fact.citations, ...fact.conflicts.map((c) => c.citations)), index);
  const found = fact.conflicts.length > 0 ? dispute(fact, pool, index, names) : null;
  const out: Candidate[] = [];
  if (found) {
    out.push(found.candidate);
    pool = pool.filter((e) => !found.used.includes(e));
  }
  const plain = decompose(fact.id, pool, index);
  if (plain.length === 0 && pool.length === 0 && !found && refusal(fact.text) === null && fact.citations.length > 0) {
    const text = stripDateline(fact.text.trim());
    plain.push({ kind: 'fact', source: fact.id, section: sectionOf(text), text, citations: fact.citations, outlets: outletsOf(fact.citations, index), position: 0.5, clarity: clarity(text), stems: contentStems(text), score: 0 });
  }
  return [...out, ...plain];
}

/** All candidates of a story: at most one dispute per fact, the fact's other sentences as plain candidates, and quotes. */
export function candidates(story: StoryInput, index: EvidenceIndex): Candidate[] {
  const out: Candidate[] = [];
  const names = personNames(story.entities);
  const memo = index.memo;
  let people: string | undefined;
  for (const fact of story.facts) {
    if (!memo) { out.push(...factCandidates(fact, index, names)); continue; }
    /* everything the fact's candidates depend on: its words, citations, conflicts, the cited texts and outlets, the people */
    const cited = mergeCitations(fact.citations, ...fact.conflicts.map((c) => c.citations));
    const articles = [...new Set(cited.map((c) => c.article))].map((id) => {
      const a = index.articles.get(id);
      return [a ? textKeyOf(memo, a) : id, index.outletOf(id)];
    });
    if (fact.conflicts.length > 0) people ??= JSON.stringify([...names]);
    const key = JSON.stringify([fact.text, fact.citations, fact.conflicts, articles, fact.conflicts.length > 0 ? people : null]);
    const before = memo.facts.size;
    const kept = remember(memo.facts, key, () => factCandidates({ ...fact, id: '' }, index, names)) as Candidate[];
    if (memo.facts.size > before) memo.misses++; else memo.hits++;
    out.push(...kept.map((c) => ({ ...c, source: fact.id })));
  }
  for (const quote of story.quotes) {
    const candidate = quoteCandidate(quote, story, index);
    if (candidate) out.push(candidate);
  }
  return numberDisputes(out, index);
}
