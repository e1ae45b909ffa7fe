/** Optional reading metadata that ingest attaches to an article beyond the core fields. */
import type { Article } from './article.js';

/** An article as ingest returns it: the core Article plus optional fields a reader may set. */
export interface IngestedArticle extends Article {
  /** The dateline stripped from the start of the body ("New Delhi" from "New Delhi: Russia has …"). */
  dateline?: string;
}
