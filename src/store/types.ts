/** The store's public shapes: how to open it, the handle, and what its queries return. */
import type pg from 'pg';
import type { Article, ArticleAnalysis, BriefSentence, Fact, Lineage, StoryEntity, StoryQuote } from '../core/index.js';

/** Which engine holds the data: embedded PGlite (a directory) or a PostgreSQL server (a URL). */
export type Backend = 'pglite' | 'postgres';

/** Where the store is: a PGlite data directory, or a PostgreSQL connection string. Exactly one. */
export interface StoreOptions {
  /** PGlite data directory (created when missing). */
  dir?: string;
  /** PostgreSQL connection string (`postgres://user:pass@host:5432/db`). */
  url?: string;
  /** PostgreSQL schema to use (created when missing); tests use one per test. */
  schema?: string;
  /** Most PostgreSQL connections to hold (default 4); PGlite always has one. */
  maxConnections?: number;
}

/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** An open store; close it when done. */
export interface Store {
  backend: Backend;
  /** The directory, or the URL without its password. */
  location: string;
  /** The pg pool (PGlite's through its node-postgres adapter). */
  pool: pg.Pool;
  /** Milliseconds it took to open and migrate. */
  openedInMs: number;
  /** Runs `fn` in one transaction on one client: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (db: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What storing one article did. */
export type IngestAction = 'new' | 'duplicate' | 'updated' | 'failed';

/** An article as stored, with its identity and version. */
export interface StoredArticle {
  article: Article;
  key: string;
  contentHash: string;
  version: number;
  storyId: string | null;
}

/** The result of putArticle: what happened, and the id the article has in the store. */
export interface PutOutcome {
  action: Exclude<IngestAction, 'failed'>;
  id: string;
  /** The hash the update replaced (for `updated`). */
  previousHash: string | null;
  /** The story the stored article already belongs to (null for `new`). */
  storyId: string | null;
}

/** An article plus its analysis, ready to store. */
export interface ArticleRecord {
  article: Article;
  analysis: ArticleAnalysis;
  contentHash: string;
}

/** One line of `concord stories`. */
export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: string;
  /** True when facts and brief reflect the current membership. */
  aligned: boolean;
}

/** Everything stored about one story (its cross-article results may lag behind membership; see `aligned`). */
export interface StoredStory {
  id: string;
  title: string;
  articles: string[];
  entities: StoryEntity[];
  quotes: StoryQuote[];
  facts: Fact[];
  lineage: Lineage[];
  brief: BriefSentence[];
  revision: number;
  alignedRevision: number;
}

/** One row of the ingest log. */
export interface LogEntry {
  seq: number;
  at: string;
  action: IngestAction;
  articleId: string | null;
  key: string | null;
  source: string;
  contentHash: string | null;
  previousHash: string | null;
  detail: string | null;
}
