/** Per-article analysis: sentences, entities, attributions and quantities, all as spans of the article's text. */
import type { ArticleId } from './article.js';
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

/** A sentence of the article; headings and headlines are sentences with `heading: true`. */
export interface Sentence extends Span {
  heading: boolean;
}

/** What an entity is. */
export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/** One named thing in one article ("Dmitry Peskov", "the Kremlin", "Zaporizhzhia"). */
export interface ArticleEntity {
  /** The fullest name seen in the article ("Dmitry Peskov"). */
  name: string;
  kind: EntityKind;
  /** Canonical key for joining across outlets: transliteration variants share it (Zelenskyy/Zelensky → one key). */
  key: string;
  /** Other surface forms seen in this article ("Peskov", "the Kremlin spokesman"). */
  aliases: string[];
  /** Roles and titles attached to the entity ("Kremlin spokesperson", "President"). */
  roles: string[];
  mentions: Span[];
}

/** A mention points at its entity by index into `ArticleAnalysis.entities`. */
export interface Mention extends Span {
  entity: number;
}

/** Who said what: one attribution (direct, indirect or mixed quotation). */
export interface Attribution {
  /** The reported words (without the surrounding quote marks). */
  content: Span;
  /** The words naming the speaker ("Peskov", "he", "a US official"), or null. */
  speaker: Span | null;
  /** Index of the speaker's entity in `ArticleAnalysis.entities` (pronouns resolved), or null. */
  speakerEntity: number | null;
  /** The speaker's resolved name ("Dmitry Peskov"), or null. */
  speakerName: string | null;
  /** The cue ("said", "told", "according to"), or null. */
  cue: Span | null;
  /** The medium the words were given to or carried by ("TASS" in "Peskov told TASS"), or null. */
  venue: string | null;
  /** True when the content is a verbatim quotation in quote marks. */
  direct: boolean;
  /** All pieces of a content split by its cue ("“A,” he said. “B.”" → [A, B]); `content` is the first. Absent when one piece. */
  pieces?: Span[];
}

/** What kind of quantity a number is. */
export type QuantityKind = 'count' | 'percent' | 'money' | 'measure' | 'date' | 'time' | 'duration' | 'ordinal';

/** A number, quantity or date with what it counts ("three people killed" → value 3, counts "people"). */
export interface Quantity extends Span {
  kind: QuantityKind;
  /** Numeric value where there is one (3 for "three"), else null. */
  value: number | null;
  /** Normalised form for dates and times ("2026-01-29", "thursday"), else null. */
  normalized: string | null;
  /** What is counted or measured ("people", "territory"), lower-case lemma, else null. */
  counts: string | null;
}

/** Everything the per-article stage found in one article. */
export interface ArticleAnalysis {
  article: ArticleId;
  sentences: Sentence[];
  entities: ArticleEntity[];
  mentions: Mention[];
  attributions: Attribution[];
  quantities: Quantity[];
  diagnostics: Diagnostic[];
}
