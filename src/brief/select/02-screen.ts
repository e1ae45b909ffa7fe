/** Screens wordings: no headings, page furniture, biographies or questions; and scores how clearly one reads alone. */
import { BIOGRAPHY, FURNITURE } from '../lexicon/boilerplate.js';
import { COMMENTARY, DANGLING_OPENERS } from '../lexicon/cues.js';
import { wordCount } from '../text/tokenize.js';
import { overlapsHeading, type CitedSentence } from './01-evidence.js';

/** Why a wording was refused, or null when it may appear in a brief. */
export function refusal(text: string): string | null {
  const t = text.trim();
  if (t.length === 0) return 'empty';
  if (/\?["”’)]?$/.test(t)) return 'question';
  if (!/[.!"”’)]$/.test(t)) return 'no terminal punctuation (a heading or fragment)';
  if (FURNITURE.some((r) => r.test(t))) return 'page furniture';
  if (BIOGRAPHY.some((r) => r.test(t))) return 'reporter biography';
  const words = wordCount(t);
  if (words < 6) return 'too short';
  if (words > 70) return 'too long';
  return null;
}

/** Refuses a cited sentence that is (part of) a heading, or whose text fails `refusal`. */
export function refuseSentence(sentence: CitedSentence): string | null {
  if (overlapsHeading(sentence.article, sentence.start, sentence.end)) return 'heading';
  return refusal(sentence.text);
}

/** Removes a dateline ("New Delhi: Russia has …" → "Russia has …") so the sentence reads as a brief sentence. */
export function stripDateline(text: string): string {
  const m = /^([\p{Lu}][\p{L}.' -]{1,30}?)(?:,\s[\p{Lu}][\p{L}.' -]{1,20})?\s?(?::|—|--|–)\s+(?=[\p{Lu}"“])/u.exec(text);
  return m && m[1]!.split(/\s+/).length <= 4 ? text.slice(m[0].length) : text;
}

/**
 * How well a wording reads on its own, roughly 0–1: a plain declarative sentence of 12–35 words scores best;
 * openings that lean on context ("He added …"), commentary ("This may be because …"), broken text ("On , a …")
 * and embedded quotation marks score lower.
 */
export function clarity(text: string): number {
  let score = 1;
  const words = wordCount(text);
  if (words < 10) score -= (10 - words) * 0.05;
  if (words > 35) score -= Math.min(0.5, (words - 35) * 0.02);
  if (DANGLING_OPENERS.test(text)) score -= 0.6;
  if (COMMENTARY.some((r) => r.test(text))) score -= 0.5;
  if (/\s[,.;:]|\b(on|in|at|by|of)\s*[,.]/i.test(text)) score -= 0.4;
  if (/["“”]/.test(text)) score -= 0.15;
  if (/\(|\)|\[|\]/.test(text)) score -= 0.1;
  if (/\b(\w+) \1\b/i.test(text)) score -= 0.2;
  if (/^[\p{Ll}]/u.test(text)) score -= 0.3;
  return Math.max(0, score);
}
