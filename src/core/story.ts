/** Cross-article results: stories, their facts, quotes, lineage and brief — the public JSON contract. */
import type { ArticleId, Article } from './article.js';
import type { Citation } from './span.js';
import type { Diagnostic } from './diagnostic.js';
import type { EntityKind } from './analysis.js';

/** An entity joined across a story's articles. */
export interface StoryEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: Citation[];
  /** Roles seen in any article ("Kremlin spokesperson"); optional extension of the contract. */
  roles?: string[];
}

/** The same words reported by one or more outlets. */
export interface StoryQuote {
  id: string;
  text: string;
  speaker: string | null;
  speakerName: string | null;
  cue: string | null;
  venue: string | null;
  direct: boolean;
  citations: Citation[];
}

/** How well a fact is supported. */
export type FactStatus = 'corroborated' | 'single-source' | 'disputed';

/** A disagreement between reports of one fact. */
export interface Conflict {
  reason: string;
  citations: Citation[];
}

/** Statements of several articles that report the same thing. */
export interface Fact {
  id: string;
  text: string;
  status: FactStatus;
  /** Independent outlets reporting it (copies count once). */
  outlets: number;
  citations: Citation[];
  conflicts: Conflict[];
}

/** One article derived from another: `from` is the earlier or source article. */
export interface Lineage {
  from: ArticleId;
  to: ArticleId;
  kind: 'copy' | 'rewrite';
  score: number;
}

/** One sentence of the brief with the evidence behind it. */
export interface BriefSentence {
  text: string;
  citations: Citation[];
}

/** A story: articles about one real-world event. */
export interface Story {
  id: string;
  title: string;
  articles: ArticleId[];
  entities: StoryEntity[];
  quotes: StoryQuote[];
  facts: Fact[];
  lineage: Lineage[];
  brief: BriefSentence[];
}

/** The public article shape (DESIGN.md contract). */
export type PublicArticle = Pick<Article, 'id' | 'source' | 'outlet' | 'title' | 'published' | 'author' | 'language' | 'text'>;

/** What `concord analyze --json` prints and the API returns. */
export interface AnalysisResult {
  articles: PublicArticle[];
  stories: Story[];
  diagnostics: Diagnostic[];
}
