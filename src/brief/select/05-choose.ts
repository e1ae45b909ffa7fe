/** Chooses the brief's sentences: the best-supported first, one quote per speaker, never the same fact twice. */
import { containment, jaccard, sharedCount } from '../text/tokenize.js';
import { mergeCitations, outletsOf, type EvidenceIndex } from './01-evidence.js';
import type { Candidate, Section } from './03-candidates.js';

/** How many sentences a brief has, and how redundancy is judged. */
export interface ChooseOptions {
  minSentences: number;
  maxSentences: number;
  /** Content-word containment above which two sentences say the same thing. */
  redundancy: number;
}

/** Default choice options: 4–12 sentences. */
export const DEFAULT_CHOOSE: ChooseOptions = { minSentences: 4, maxSentences: 12, redundancy: 0.6 };

/** True when two candidates say the same thing (a quote and the sentence carrying it, two wordings of one fact). */
export function sameThing(a: Candidate, b: Candidate, threshold: number): boolean {
  if (!numbersAgree(a.stems, b.stems)) return false;
  if (a.citations.some((x) => b.citations.some((y) => x.article === y.article && x.start < y.end && y.start < x.end))
    && (a.kind !== 'dispute' && b.kind !== 'dispute')) return true;
  // A short quote ("We are talking about Moscow at this point") is contained only where all its words are.
  const enough = sharedCount(a.stems, b.stems) >= Math.min(4, new Set(a.stems).size, new Set(b.stems).size);
  return enough && (containment(a.stems, b.stems) >= threshold || jaccard(a.stems, b.stems) >= threshold * 0.75);
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundr', 'thousand', 'million']);

/** Numbers named in a stem list ("3", "three"). */
function numbers(stems: string[]): Set<string> {
  return new Set(stems.filter((s) => /^\d/.test(s) || NUMBER_WORDS.has(s)));
}

/** False when both sentences name numbers and share none ("three killed" is not "two injured"). */
function numbersAgree(a: string[], b: string[]): boolean {
  const x = numbers(a);
  const y = numbers(b);
  return x.size === 0 || y.size === 0 || [...x].some((n) => y.has(n));
}

/** How many sentences a story with this many outlets and candidates deserves. */
export function targetLength(outlets: number, available: number, options: ChooseOptions): number {
  const wanted = Math.round(3 + 1.5 * outlets);
  return Math.min(available, Math.max(options.minSentences, Math.min(options.maxSentences, wanted)));
}

/** Below this clarity a sentence ("All four were taken …") is used only to reach the minimum length. */
const MIN_CLEAR = 0.45;

/** How many quotes are placed before anything else. */
const MAX_QUOTES_FIRST = 4;

/** Containment above which a repeated fact's outlets are credited to the chosen wording. */
const MERGE_AT = 0.75;

/** Caps per section so one kind of sentence cannot crowd out the others. */
function caps(total: number): Record<Section, number> {
  return { happened: total, said: Math.max(2, Math.ceil(total / 2)), disputed: 2, next: 2 };
}

/**
 * Picks candidates (already sorted best first). A candidate that repeats a chosen one is dropped, and when both
 * are plain facts its outlets are added to the chosen one's citations (two outlets wording one fact differently);
 * a quote takes the place of a chosen sentence that merely carries it.
 */
export function choose(sorted: Candidate[], index: EvidenceIndex, totalOutlets: number, options: ChooseOptions = DEFAULT_CHOOSE): Candidate[] {
  const target = targetLength(totalOutlets, sorted.length, options);
  const cap = caps(target);
  const chosen: Candidate[] = [];
  const used: Record<Section, number> = { happened: 0, said: 0, disputed: 0, next: 0 };
  const speakers = new Set<string>();
  const singles = (kind: Candidate['kind']) => chosen.filter((c) => c.outlets.length === 1 && c.kind === kind).length;
  const maxSingles = totalOutlets <= 1 ? target : Math.max(2, Math.floor(target / 3));
  const maxSingleQuotes = totalOutlets <= 1 ? target : 2;
  /** Adds a candidate unless it repeats, crowds its section or adds one single-source claim too many. */
  const consider = (c: Candidate, strict: boolean): boolean => {
    if (chosen.length >= target || chosen.includes(c)) return false;
    const twin = chosen.find((x) => sameThing(x, c, options.redundancy));
    const speaker = c.quote?.speaker ?? c.quote?.label;
    if (twin && c.kind === 'quote' && twin.kind === 'fact' && /["“”]/.test(twin.text) && c.outlets.length >= twin.outlets.length
      && !(speaker && speakers.has(speaker)) && !chosen.some((x) => x !== twin && sameThing(x, c, options.redundancy))) {
      // The quote with its speaker reads better than the sentence that carries it ("…," Peskov told TASS).
      chosen[chosen.indexOf(twin)] = c;
      used[twin.section]--;
      used[c.section]++;
      if (speaker) speakers.add(speaker);
      return true;
    }
    if (twin) {
      if (strict && twin.kind === 'fact' && c.kind === 'fact' && containment(twin.stems, c.stems) >= MERGE_AT) {
        twin.citations = mergeCitations(twin.citations, c.citations);
        twin.outlets = outletsOf(twin.citations, index);
      }
      return false;
    }
    if (strict && speaker && speakers.has(speaker)) return false;
    if (c.kind !== 'dispute' && c.clarity < MIN_CLEAR && (strict || chosen.length >= options.minSentences)) return false;
    if (strict && used[c.section] >= cap[c.section]) return false;
    if (c.outlets.length === 1 && singles(c.kind) >= (c.kind === 'quote' ? maxSingleQuotes : maxSingles)) return false;
    chosen.push(c);
    used[c.section]++;
    if (speaker) speakers.add(speaker);
    return true;
  };
  // Who said what: the best quotes of distinct named speakers are placed first, then everything by score.
  let quotes = 0;
  for (const c of sorted) if (quotes < MAX_QUOTES_FIRST && c.kind === 'quote' && consider(c, true)) quotes++;
  for (const c of sorted) consider(c, true);
  for (const c of sorted) consider(c, false);
  return chosen;
}
