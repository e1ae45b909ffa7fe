/** Attributions of one article: who said what (direct, indirect, mixed), with cue, speaker entity and venue. */
import { diagnostic, type ArticleId, type Attribution, type Diagnostic, type Span } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import { findQuotations, quotationOfTokens, type Quotation } from './01-quote-marks.js';
import { findCues } from './02-cues.js';
import { attributeCue, type RawAttribution } from './05-attribute.js';
import { isPronoun, resolvePronoun, sourceEntity, venueName, type EntityView } from './06-speakers.js';
import { freeQuotations } from './07-continuations.js';
import { attributeColon } from './08-colon.js';
import { attributeByline } from './09-bylines.js';
import { AGENCIES } from '../entities/index.js';
import type { Scope } from './04-content.js';

export { findQuotations, type Quotation } from './01-quote-marks.js';
export type { EntityView } from './06-speakers.js';

/** Options of the attribution step. */
export interface AttributionOptions {
  /** Keep quotations nobody is credited with, each with a `no-speaker` diagnostic (default true). */
  keepUnattributed?: boolean;
}

/** What the step returns: attributions in text order and the diagnostics it raised. */
export interface AttributionResult {
  attributions: Attribution[];
  diagnostics: Diagnostic[];
}

/** Finds the raw attributions of every sentence, each tagged with its sentence index. */
function rawAttributions(text: string, tokens: Token[], sentences: SentenceRange[], quotations: Quotation[]): Array<RawAttribution & { sentence: number }> {
  const quoteOf = quotationOfTokens(tokens, quotations);
  const out: Array<RawAttribution & { sentence: number }> = [];
  sentences.forEach((sentence, s) => {
    const scope: Scope = { tokens, quotations, quoteOf, sentence };
    const cues = findCues(tokens, sentence, s, quoteOf);
    const byline = attributeByline(text, tokens, sentence, quotations, quoteOf);
    if (byline) out.push(inSentence(byline, s));
    let previous: RawAttribution | null = null;
    cues.forEach((_, i) => {
      const raw = attributeCue(scope, cues, i, previous) ?? (i === cues.length - 1 ? attributeColon(scope, cues[i]!, sentences[s + 1], paragraphEnd(text, sentences, s)) : null);
      if (raw) { out.push(inSentence(raw, s)); previous = raw; }
    });
  });
  return out;
}

/** Tags a fresh raw attribution with its sentence index in place (no copy: each is built for one sentence). */
function inSentence(raw: RawAttribution, sentence: number): RawAttribution & { sentence: number } {
  const tagged = raw as RawAttribution & { sentence: number };
  tagged.sentence = sentence;
  return tagged;
}

/** When sentence `s` ends its line, the last sentence of the paragraph after it (sentences up to the next line break). */
function paragraphEnd(text: string, sentences: SentenceRange[], s: number): SentenceRange | undefined {
  const next = sentences[s + 1];
  if (!next || !text.slice(sentences[s]!.end, next.start).includes('\n')) return undefined;
  let k = s + 1;
  while (k + 1 < sentences.length && !sentences[k + 1]!.heading && !text.slice(sentences[k]!.end, sentences[k + 1]!.start).includes('\n')) k++;
  return sentences[k];
}

/** Appends "“B.”" to the attribution of "“A,” he said." when B opens the next sentence of the same paragraph. */
function addContinuations(text: string, raws: Array<RawAttribution & { sentence: number }>, sentences: SentenceRange[], tokens: Token[], quotations: Quotation[]): Quotation[] {
  const free = freeQuotations(quotations, raws, sentences, tokens);
  const left: Quotation[] = [];
  const lastOfSentence = new Map<number, RawAttribution>();
  // The sentence's last attribution, or its last quoted one: "“A,” she said, adding that …. “B.”" continues A, not the addition.
  const quotedStart = (r: RawAttribution) => /["“”'‘’«»„]/u.test(text[r.content[r.content.length - 1]!.start - 1] ?? '');
  for (const r of raws) {
    const kept = lastOfSentence.get(r.sentence);
    if (!kept || quotedStart(r) || !quotedStart(kept)) lastOfSentence.set(r.sentence, r);
  }
  for (const { quote, sentence, short } of free) {
    // The speaker's sentence, or the one before it when a sentence without attributions sits between ("“A,” X said. He paused. “B.”").
    const from = lastOfSentence.has(sentence - 1) ? sentence - 1 : sentence - 2;
    const owner = lastOfSentence.get(from);
    const gap = owner ? text.slice(sentences[from]!.end, quote.start) : '\n';
    if (owner && !gap.includes('\n') && owner.content.length < 3) owner.content.push({ start: quote.innerStart, end: quote.innerEnd });
    else if (!short) left.push(quote);
  }
  return left;
}

/** Finds the attributions of a tokenized article; `view` links speakers to the article's entities. */
export function findAttributions(article: { id: ArticleId; text: string }, tokens: Token[], sentences: SentenceRange[], view: EntityView, options: AttributionOptions = {}): AttributionResult {
  const quotations = findQuotations(article.text);
  const raws = rawAttributions(article.text, tokens, sentences, quotations);
  const unclaimed = addContinuations(article.text, raws, sentences, tokens, quotations);
  const slice = (span: Span) => article.text.slice(span.start, span.end);
  const attributions: Attribution[] = [];
  const sentenceVenue = new Map<number, string>();
  for (const raw of raws) {
    const venue = venueName(tokens, raw.venueRange, view) ?? (raw.source && tokens[raw.cue.first]!.lower === 'according' ? venueName(tokens, raw.source, view) : null);
    if (venue) sentenceVenue.set(raw.sentence, venue);
  }
  const byInnerStart = [...quotations].sort((a, b) => a.innerStart - b.innerStart);
  let lastSpeaker: { entity: number; sentence: number } | null = null;
  for (const raw of raws) {
    const source = raw.source;
    const pronoun = source !== null && isPronoun(tokens, source);
    const recent: number | null = lastSpeaker !== null && raw.sentence - lastSpeaker.sentence <= 3 ? lastSpeaker.entity : null;
    const entity: number | null = source === null ? null : pronoun ? resolvePronoun(tokens, source, view, recent) : sourceEntity(tokens, source, view);
    if (entity !== null) lastSpeaker = { entity, sentence: raw.sentence };
    if (entity !== null && !pronoun && view.entities[entity]!.kind === 'other') view.entities[entity]!.kind = 'person';
    const sourceSpan = source ? { start: tokens[source.first]!.start, end: tokens[source.last - 1]!.end } : null;
    const content = raw.content[0]!;
    const ownVenue = venueName(tokens, raw.venueRange, view);
    const sourceVenue = source && !pronoun && entity !== null && AGENCIES.has(view.entities[entity]!.name.toLowerCase()) ? view.entities[entity]!.name : null;
    const attribution: Attribution = {
      content,
      speaker: sourceSpan,
      speakerEntity: entity,
      speakerName: entity !== null ? view.entities[entity]!.name : sourceSpan && !pronoun ? slice(sourceSpan) : null,
      cue: { start: tokens[raw.cue.first]!.start, end: tokens[raw.cue.last - 1]!.end },
      venue: ownVenue ?? (sourceVenue !== null && tokens[raw.cue.first]!.lower !== 'according' ? sourceVenue : null) ?? (sentenceVenue.get(raw.sentence) !== sourceVenue ? sentenceVenue.get(raw.sentence) ?? null : null),
      direct: raw.content.every((piece) => isQuoted(piece, byInnerStart)),
    };
    if (raw.content.length > 1) attribution.pieces = raw.content;
    attributions.push(attribution);
  }
  const diagnostics: Diagnostic[] = [];
  if (options.keepUnattributed ?? true) {
    for (const quote of unclaimed) {
      const content = { start: quote.innerStart, end: quote.innerEnd };
      attributions.push({ content, speaker: null, speakerEntity: null, speakerName: null, cue: null, venue: null, direct: true });
      diagnostics.push(diagnostic('warning', 'no-speaker', `quotation “${clip(slice(content))}” has no speaker`, { article: article.id, span: content }));
    }
    attributions.sort((a, b) => a.content.start - b.content.start);
  }
  return { attributions, diagnostics };
}

/**
 * True when a span lies within one quotation's marks (quotations sorted by innerStart). Only quotations starting in
 * [span.end - 1 - length / 0.8, span.start + 1] can match, so a binary search bounds the scan (not O(quotations) per span).
 */
function isQuoted(span: Span, quotations: Quotation[]): boolean {
  const length = span.end - span.start;
  const from = span.end - 1 - length / 0.8;
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid]!.innerStart < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotations.length && quotations[i]!.innerStart <= span.start + 1; i++) {
    const q = quotations[i]!;
    if (span.end <= q.innerEnd + 1 && length >= (q.innerEnd - q.innerStart) * 0.8) return true;
  }
  return false;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
