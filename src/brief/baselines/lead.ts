/** The lead baseline for multi-document summaries: lead sentences of each document in turn, up to a word budget. */
import { splitSentences, wordCount, contentStems, containment } from '../text/tokenize.js';

/** Sentences of a document worth a baseline's attention (at least five words: no headline fragments). */
export function baselineSentences(text: string): string[] {
  return splitSentences(text).filter((s) => wordCount(s) >= 5);
}

/** Cuts a list of sentences to a word budget, the last one truncated mid-sentence as ROUGE evaluations do. */
export function truncateToWords(sentences: string[], budget: number): string {
  const words: string[] = [];
  for (const s of sentences) {
    for (const w of s.split(/\s+/).filter(Boolean)) {
      if (words.length >= budget) return words.join(' ');
      words.push(w);
    }
  }
  return words.join(' ');
}

/**
 * Round-robin lead: sentence 1 of every document, then sentence 2 …, skipping near-repeats, until `budget` words.
 * With one document this is the classic lead-N baseline.
 */
export function leadBaseline(documents: string[], budget: number): string[] {
  const split = documents.map(baselineSentences);
  const chosen: string[] = [];
  const stems: string[][] = [];
  let words = 0;
  for (let rank = 0; words < budget && split.some((d) => d.length > rank); rank++) {
    for (const doc of split) {
      const s = doc[rank];
      if (s === undefined || words >= budget) continue;
      const st = contentStems(s);
      if (stems.some((x) => containment(x, st) >= 0.8)) continue;
      chosen.push(s);
      stems.push(st);
      words += wordCount(s);
    }
  }
  return chosen;
}
