/** Removes page furniture left in the body: "Published 1 day ago", "Updated: 5 Jan 2024", "By Jane Doe", "/*". */
import { wordCount, type CleanRule } from './rule.js';

/** Timestamps and bylines standing alone ("Last updated on 3 March", "By Jane Doe and John Roe"). */
const META = [
  /^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(?:\d|a |an |\w+ \d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/i,
  /^(?:[Bb]y|BY)\s+(?:[\p{Lu}][\p{L}.'’-]+\s?){1,4}(?:(?:,|and|&)\s*(?:[\p{Lu}][\p{L}.'’-]+\s?){1,4})*(?:[|,-]\s*[\p{L} ]+)?$/u,
  /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|[\p{Lu}])/iu,
  /\ball rights reserved\.?$/i,
  /^\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?$/i,
];

/** True for a furniture line: a timestamp, byline or copyright notice, or a line without letters or digits. */
export function isMetaLine(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  return wordCount(text) <= 16 && META.some((p) => p.test(text.trim()));
}

/** Drops furniture lines. */
export const metaLines: CleanRule = {
  name: 'meta-lines',
  removes: 'timestamps, bylines and copyright lines',
  apply: (blocks) => blocks.filter((b) => !isMetaLine(b.text)),
};
