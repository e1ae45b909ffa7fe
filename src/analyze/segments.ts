/**
 * Long texts are analysed a segment of paragraphs at a time: memory stays bounded (one segment's tokens at a time) and
 * the cost per MB stays that of a normal article (wink-nlp and some of our rules slow down per token on huge documents).
 */
import type { ArticleAnalysis, ArticleEntity, Span } from '../core/index.js';

/** Texts longer than this many UTF-16 units are analysed in segments; shorter ones (all normal articles) whole. */
export const LONG_TEXT = 65_536;

/** Target length of one segment; a segment ends at a paragraph break between half and one and a half of it. */
export const SEGMENT = 16_384;

/** Where to cut `text` into segments: ascending offsets, first 0, last `text.length`; cuts fall on a line break where there is one. */
export function segmentBounds(text: string, target = SEGMENT): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > target * 1.5) {
    const lo = from + (target >> 1);
    const hi = from + target + (target >> 1);
    cuts.push(cutPoint(text, lo, hi));
    from = cuts[cuts.length - 1]!;
  }
  cuts.push(text.length);
  return cuts;
}

/** Best cut in [lo, hi): the last blank line, else the last line break, else a space, else hi (never inside a surrogate pair). Scans only the window. */
export function cutPoint(text: string, lo: number, hi: number): number {
  let line = -1;
  for (let i = hi - 1; i >= lo; i--) {
    if (text.charCodeAt(i) !== 10) continue;
    if (text.charCodeAt(i + 1) === 10 && i + 1 < hi) return i;
    if (line < 0) line = i;
  }
  if (line >= 0) return line;
  for (let i = (lo + hi) >> 1; i < hi; i++) if (text.charCodeAt(i) === 32) return i;
  const code = text.charCodeAt(hi);
  return code >= 0xdc00 && code <= 0xdfff ? hi - 1 : hi;
}

/** Heading spans that fall in [from, to), clipped and shifted to the segment's offsets. */
export function headingsIn(headings: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const h of headings) if (h.start < to && from < h.end) out.push({ start: Math.max(h.start, from) - from, end: Math.min(h.end, to) - from });
  return out;
}

const shift = <T extends Span>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });

/**
 * Merges the analyses of consecutive segments into one analysis of the whole text. Entities join across segments by
 * canonical key, or a lone surname joins the person named in full earlier (as within one article); every span is
 * shifted by its segment's offset and every entity index remapped.
 */
export class SegmentMerger {
  private readonly entities: ArticleEntity[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly bySurname = new Map<string, number>();
  private readonly seen: { aliases: Set<string>; roles: Set<string> }[] = [];
  private readonly out: ArticleAnalysis;

  /** Starts an empty merged analysis for article `id`. */
  constructor(id: string) {
    this.out = { article: id, sentences: [], entities: this.entities, mentions: [], attributions: [], quantities: [], diagnostics: [] };
  }

  /** Adds the analysis of the segment starting at offset `from` of the whole text. */
  add(part: ArticleAnalysis, from: number): void {
    const map = part.entities.map((e) => this.entity(e, from));
    const out = this.out;
    for (const s of part.sentences) out.sentences.push(shift(s, from));
    for (const m of part.mentions) out.mentions.push({ start: m.start + from, end: m.end + from, entity: map[m.entity]! });
    for (const q of part.quantities) out.quantities.push(shift(q, from));
    for (const a of part.attributions) {
      const entity = a.speakerEntity === null ? null : map[a.speakerEntity]!;
      const merged = { ...a, content: shift(a.content, from), speaker: a.speaker && shift(a.speaker, from), cue: a.cue && shift(a.cue, from), speakerEntity: entity };
      if (entity !== null) merged.speakerName = this.entities[entity]!.name;
      if (a.pieces) merged.pieces = a.pieces.map((p) => shift(p, from));
      out.attributions.push(merged);
    }
    for (const d of part.diagnostics) out.diagnostics.push(d.span ? { ...d, span: shift(d.span, from) } : d);
  }

  /** The merged analysis. */
  result(): ArticleAnalysis {
    return this.out;
  }

  /** The merged index of a segment's entity, creating or extending the merged entity. */
  private entity(e: ArticleEntity, from: number): number {
    let at = this.byKey.get(e.key) ?? (e.key.includes(' ') ? undefined : this.bySurname.get(e.key));
    if (at === undefined) {
      at = this.entities.length;
      this.entities.push({ name: e.name, kind: e.kind, key: e.key, aliases: [], roles: [], mentions: [] });
      this.seen.push({ aliases: new Set([e.name]), roles: new Set() });
      this.byKey.set(e.key, at);
      if (e.kind === 'person' && e.key.includes(' ')) {
        const surname = e.key.slice(e.key.lastIndexOf(' ') + 1);
        if (!this.bySurname.has(surname)) this.bySurname.set(surname, at);
      }
    }
    const target = this.entities[at]!;
    const seen = this.seen[at]!;
    if (target.kind === 'other' && e.kind !== 'other') target.kind = e.kind;
    for (const alias of [e.name, ...e.aliases]) if (!seen.aliases.has(alias)) { seen.aliases.add(alias); target.aliases.push(alias); }
    for (const role of e.roles) if (!seen.roles.has(role)) { seen.roles.add(role); target.roles.push(role); }
    for (const m of e.mentions) target.mentions.push({ start: m.start + from, end: m.end + from });
    return at;
  }
}
