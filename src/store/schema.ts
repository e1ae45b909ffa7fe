/**
 * The whole database schema, as numbered migrations applied in order at open (append only; never edit a shipped one).
 * Plain PostgreSQL: the same SQL runs on PGlite and on a PostgreSQL server.
 */

/** One schema step: its number, a name for the log, and the SQL it runs (in one transaction). */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
-- One row per stored article. "key" is what makes two inputs the same article: the canonical URL when known,
-- else the article id. "content_hash" is the SHA-256 of the article's content, so identical bytes under two
-- names are stored once.
CREATE TABLE articles (
  id            text PRIMARY KEY,
  key           text NOT NULL UNIQUE,
  content_hash  text NOT NULL UNIQUE,
  source        text NOT NULL,
  url           text,
  outlet        text,
  title         text,
  published     text,
  author        text,
  language      text,
  text          text NOT NULL,
  headings      jsonb NOT NULL DEFAULT '[]',
  diagnostics   jsonb NOT NULL DEFAULT '[]',
  extra         jsonb NOT NULL DEFAULT '{}',   -- optional fields a reader adds beyond the core Article (dateline …)
  version       integer NOT NULL DEFAULT 1,
  ingested_at   timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_outlet ON articles (outlet);

-- The per-article analysis (sentences, entities, attributions, quantities) as produced by analyzeArticle.
CREATE TABLE analyses (
  article_id    text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  analysis      jsonb NOT NULL,
  analyzed_at   timestamptz NOT NULL DEFAULT now()
);

-- A story; "revision" grows with every membership change, "aligned_revision" says which one the
-- facts/quotes/lineage/brief rows were computed from (behind means: realign before showing).
CREATE TABLE stories (
  id                text PRIMARY KEY,
  title             text NOT NULL DEFAULT '',
  article_count     integer NOT NULL DEFAULT 0,
  revision          integer NOT NULL DEFAULT 0,
  aligned_revision  integer NOT NULL DEFAULT -1,
  entities          jsonb NOT NULL DEFAULT '[]',
  brief             jsonb NOT NULL DEFAULT '[]',
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Story membership: an article belongs to exactly one story. "seq" orders assignments, which are made under
-- one advisory lock, so a process can catch up with assignments other processes made since it last looked.
CREATE TABLE story_articles (
  article_id    text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id      text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq           bigserial NOT NULL UNIQUE,
  assigned_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE facts (
  story_id      text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  id            text NOT NULL,
  ord           integer NOT NULL,
  text          text NOT NULL,
  status        text NOT NULL CHECK (status IN ('corroborated', 'single-source', 'disputed')),
  outlets       integer NOT NULL,
  citations     jsonb NOT NULL,
  conflicts     jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (story_id, id)
);

CREATE TABLE quotes (
  story_id      text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  id            text NOT NULL,
  ord           integer NOT NULL,
  text          text NOT NULL,
  speaker       text,
  speaker_name  text,
  cue           text,
  venue         text,
  direct        boolean NOT NULL,
  citations     jsonb NOT NULL,
  PRIMARY KEY (story_id, id)
);

CREATE TABLE lineage (
  story_id      text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  from_article  text NOT NULL,
  to_article    text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('copy', 'rewrite')),
  score         double precision NOT NULL,
  PRIMARY KEY (story_id, from_article, to_article)
);

-- What every ingest did with every input: new, duplicate, updated (with the hash it replaced) or failed.
CREATE TABLE ingest_log (
  seq           bigserial PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT now(),
  action        text NOT NULL CHECK (action IN ('new', 'duplicate', 'updated', 'failed')),
  article_id    text,
  key           text,
  source        text NOT NULL,
  content_hash  text,
  previous_hash text,
  detail        text
);
CREATE INDEX ingest_log_article ON ingest_log (article_id);
`,
  },
  {
    version: 2,
    name: 'watch cursors and search',
    sql: `
-- Per-source cursors of \`concord watch\` (file mtime/size/hash, feed validators and seen ids), written in the
-- transaction of the article that completes the source. IF NOT EXISTS: older watches created it at run time.
CREATE TABLE IF NOT EXISTS watch_cursors (
  key         text PRIMARY KEY,
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- A publication time as a timestamp, or NULL when the stored text is not an ISO date (never an error).
CREATE OR REPLACE FUNCTION concord_time(value text) RETURNS timestamptz LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  IF value IS NULL OR value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN RETURN NULL; END IF;
  BEGIN
    RETURN value::timestamptz;
  EXCEPTION WHEN others THEN
    RETURN NULL;
  END;
END
$fn$;

-- Full-text search over article titles and bodies ('simple': no stemming, no stop words, any language).
-- Queries must use exactly this expression (see ARTICLE_TSV in search.ts) for the index to apply.
CREATE INDEX articles_search ON articles USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text));
-- The story list orders by latest publication; the live poll reads stories changed since a time.
CREATE INDEX stories_updated ON stories (updated_at);
`,
  },
  {
    version: 3,
    name: 'assignment documents',
    sql: `
-- The clusterer document an assignment was made from (terms, entity keys, numbers, time): another worker sharing
-- the database replays it into its own clusterer without loading and re-reading the article. NULL for rows
-- written before this column or by bulk loaders; those are replayed from the article.
ALTER TABLE story_articles ADD COLUMN doc jsonb;
`,
  },
];

/** The schema version a fully migrated store has. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
