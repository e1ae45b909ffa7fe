/** A fact's citations read sentence by sentence: the wording each offers and what it says. */
import type { Article, Citation } from '../../core/index.js';
import { remember, textKeyOf } from './cache.js';
import { containment, contentStems } from '../text/tokenize.js';
import { sentenceAround, type EvidenceIndex } from './01-evidence.js';
import { clarity, refuseSentence, stripDateline } from './02-screen.js';
import { countsIn } from './disputes.js';

/** One citation of a fact with the sentence around it; `wording` is null when that sentence may not appear in a brief. */
export interface Entry { citation: Citation; wording: string | null; text: string; stems: string[]; clarity: number; position: number; counts: Set<string> }

/** The entry of one citation of an article; null when the citation holds no sentence. */
function entryOf(article: Article, citation: Citation): Entry | null {
  const sentence = sentenceAround(article, citation);
  if (!sentence) return null;
  const wording = refuseSentence(sentence) === null ? stripDateline(sentence.text) : null;
  const text = wording ?? sentence.text;
  return { citation: { ...citation }, wording, text, stems: contentStems(text), clarity: wording ? clarity(wording) : 0, position: sentence.position, counts: countsIn(text) };
}

/** The entries of a list of citations (from the index's memo when it has one). */
export function entriesOf(citations: Citation[], index: EvidenceIndex): Entry[] {
  const out: Entry[] = [];
  const memo = index.memo;
  for (const citation of citations) {
    const article = index.articles.get(citation.article);
    if (!article) continue;
    const entry = memo ? remember(memo.entries, `${textKeyOf(memo, article)}\u0000${citation.start}\u0000${citation.end}`, () => entryOf(article, citation)) : entryOf(article, citation);
    if (entry) out.push(entry);
  }
  return out;
}

/** True when entry `e` reports what wording `w` says: much the same content words and no other numbers. */
export function supports(w: Entry, e: Entry): boolean {
  if (w.text === e.text) return true;
  if (w.counts.size > 0 && e.counts.size > 0 && ![...w.counts].some((n) => e.counts.has(n))) return false;
  return containment(w.stems, e.stems) >= 0.4;
}

/** Mean of a list (0.5 when empty). */
export function mean(values: number[]): number {
  return values.length === 0 ? 0.5 : values.reduce((a, b) => a + b, 0) / values.length;
}

