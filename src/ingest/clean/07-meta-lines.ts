/** Removes page furniture left in the body: "Published 1 day ago", "Updated: 5 Jan 2024", "By Jane Doe", "/*". */
import { UI_LINES } from './lexicon/boilerplate.js';
import { bare, collapseSpaces, wordCount, type CleanRule } from './rule.js';

const UI = new Set(UI_LINES);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** Timestamps and bylines standing alone ("Last updated on 3 March", "By Jane Doe and John Roe"). */
const META = [
  /^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(?:\d|a |an |\w+ \d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/i,
  /^(?:[Bb]y|BY)\s+(?:[\p{Lu}][\p{L}.'’-]+\s?){1,4}(?:(?:,|and|&)\s*(?:[\p{Lu}][\p{L}.'’-]+\s?){1,4})*(?:[|,-]\s*[\p{L} ]+)?$/u,
  /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|[\p{Lu}])/iu,
  /\b(?:all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati)\.?$/i,
  /^(?:copyright\s*)?[©ⓒ]/iu, /무단\s*전재|版权所有|著作権/u,
  /^\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?$/i,
  /^(?:filed under|categor(?:y|ies)|tags?|topics?|posted in|kategori|categoria|catégorie|schlagwörter|etiquetas)\s*:/i,
  /\b(?:posted|published|written|publicado|publié|veröffentlicht|diterbitkan) (?:by|por|par|von|oleh)\s*:?\s*[\p{Lu}]/iu,
  /^(?:image|photo|picture|slide)\s*\d+\s*(?:of|\/)\s*\/?\s*\d+$/i,
];

/** A block that is only a date ("October 06, 2018", "05/10/2018", "Monday, 3 March 2025 10:40"). */
const DATE_ONLY = new RegExp(`^(?:[a-z]+,?\\s+)?(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?$`, 'i');

/** True for a furniture line: a timestamp, byline or copyright notice, or a line without letters or digits. */
export function isMetaLine(text: string): boolean {
  if (text.length > 200) return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const line = collapseSpaces(text.trim());
  if (line.length <= 30 && UI.has(bare(line))) return true;
  if (line.length <= 60 && DATE_ONLY.test(line)) return true;
  return wordCount(line, 16) <= 16 && META.some((p) => p.test(line));
}

/** Drops furniture lines. */
export const metaLines: CleanRule = {
  name: 'meta-lines',
  removes: 'timestamps, bylines and copyright lines',
  apply: (blocks) => blocks.filter((b) => !isMetaLine(b.text)),
};
