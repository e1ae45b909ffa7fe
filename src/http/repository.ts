/** The data the web app needs, as a small interface: the real store and an in-memory copy both implement it. */
import type { Article, Diagnostic, PublicArticle, Story } from '../core/index.js';

/** Filters for the story list and search: free text, a person, a place; newest first. */
export interface StoryQuery {
  q?: string;
  person?: string;
  place?: string;
  limit?: number;
  offset?: number;
}

/** How many articles one outlet has in a story. */
export interface OutletCount {
  outlet: string;
  articles: number;
}

/** One row of the story list. */
export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  outlets: OutletCount[];
  /** Earliest and latest publication time among the story's articles (ISO 8601), or null when none is dated. */
  first: string | null;
  last: string | null;
  /** Articles per time bucket from `first` to `last`, for the coverage sparkline. */
  coverage: number[];
  people: string[];
  places: string[];
}

/** A page of the story list. */
export interface StoryPage {
  stories: StorySummary[];
  total: number;
}

/** An article as the app shows it: the public fields, its URL, and the stories it belongs to. */
export interface ArticleView {
  article: PublicArticle & { url: string | null };
  stories: string[];
}

/** Article metadata without the text, for lists. */
export type ArticleMeta = Omit<PublicArticle, 'text'>;

/** A story with the metadata of its articles (the page needs outlets and dates). */
export interface StoryView {
  story: Story;
  articles: ArticleMeta[];
}

/** One article found by text search. */
export interface ArticleHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Text around the first match. */
  snippet: string;
  stories: string[];
}

/** Search results over stories and articles. */
export interface SearchResult {
  stories: StorySummary[];
  articles: ArticleHit[];
}

/** An uploaded file handed to ingest. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** What to ingest: uploaded files, and/or URLs of pages or feeds. */
export interface IngestRequest {
  files: UploadedFile[];
  urls: string[];
  outlet?: string;
}

/** Progress callback of one ingest: `done` of `total` inputs handled so far. */
export type IngestProgress = (update: { done: number; total: number; message?: string }) => void;

/** What an ingest stored. */
export interface IngestResult {
  articles: string[];
  stories: string[];
  diagnostics: Diagnostic[];
}

/** Everything the HTTP app reads and writes. */
export interface Repository {
  listStories(query: StoryQuery): Promise<StoryPage>;
  /** The story and its articles' metadata; throws EngineError E_NOT_FOUND when there is none. */
  getStory(id: string): Promise<StoryView>;
  /** One article; throws EngineError E_NOT_FOUND when there is none. */
  getArticle(id: string): Promise<ArticleView>;
  search(query: StoryQuery): Promise<SearchResult>;
  ingest(request: IngestRequest, progress: IngestProgress): Promise<IngestResult>;
}

/** Turns ingest input into articles: supplied by the engine (readSources) or, in tests, by a simple reader. */
export type ArticleReader = (request: IngestRequest, progress: IngestProgress) => Promise<{ articles: Article[]; diagnostics: Diagnostic[] }>;
