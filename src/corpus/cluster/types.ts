/** Plain data the clusterer works on: the features of one article, a story's state, and what an assignment says. */

/** What distinguishes one article's event: bags of features in separate channels, plus its time. */
export interface ClusterDoc {
  id: string;
  /** Key terms of the body and headline (lower-case, stemmed, stopwords removed); headline terms repeated. */
  terms: string[];
  /** Entity keys: people, organisations, places ("tara reid", "reid", "malibu"). */
  entities: string[];
  /** Numbers and dates ("n:33", "y:2008", "d:12-12", "w:fri"). */
  numbers: string[];
  /** Publication time in ms since the epoch, or null when unknown (then time plays no part). */
  time: number | null;
}

/** Why two stories became one or one became two. */
export interface StoryEvent {
  kind: 'merge' | 'split';
  /** The surviving story (merge) or the story that was split. */
  story: string;
  /** The absorbed story (merge) or the new story carved out (split). */
  other: string;
  /** The similarity that decided it. */
  score: number;
  /** One human sentence: what evidence decided it. */
  reason: string;
  /** Docs moved to `story` (merge) or to `other` (split). */
  moved: string[];
}

/** Where one added doc went. */
export interface Assignment {
  doc: string;
  story: string;
  /** Similarity to the story joined, or 0 when a new story was started. */
  score: number;
  /** True when the doc started a new story. */
  created: boolean;
  /** Stories the decision was taken among (from the inverted index). */
  candidates: number;
}

/** Tunable knobs; defaults are set once in options.ts. */
export interface ClusterOptions {
  /** Join the best story at or above this similarity, else start a new story. */
  joinThreshold: number;
  /** Merge two stories whose centroids are at least this similar. */
  mergeThreshold: number;
  /** Split a story in two when pairs across its two halves are at most this fraction as similar as pairs within a half. */
  splitThreshold: number;
  /** Channel weights of the similarity (renormalised over the channels a doc has). */
  weights: { terms: number; entities: number; numbers: number };
  /** Stories idle for longer than this (ms) leave the window: no new members, no index entries. */
  windowMs: number;
  /** Features of a doc used to look up candidate stories (highest idf first). */
  probeFeatures: number;
  /** Most recent stories read per posting list. */
  postingsPerFeature: number;
  /** Features kept per channel in a story centroid. */
  centroidCap: number;
  /** Most stories kept in the window when docs carry no time. */
  maxActiveStories: number;
  /** Stories up to this size keep their members' vectors for split checks; larger ones free them (bounded memory, bounded split cost). */
  splitMemberCap: number;
  /** A doc with fewer key terms than this is short (a headline): it carries less evidence, so it joins and merges at lower similarity. */
  shortDocTerms: number;
  /** Factor on the join and merge thresholds for short docs. */
  shortDocScale: number;
  /** Share of the similarity taken off when a doc and a story both name years and share none. */
  yearClashPenalty: number;
}
