/** Limits on reading and analysing sources that a user may set (CLI flags, server options); stages read them from `Context.limits`. */

/** Source-reading and analysis limits; an absent field keeps the library default. */
export interface SourceLimits {
  /** Most bytes a `.gz` input (or gzip page or feed) may inflate to (default 32 MiB, `MAX_INFLATED_BYTES`). */
  maxInflatedBytes?: number;
  /** Most item pages fetched per feed (default 100). */
  maxPageFetches?: number;
  /** Most characters (UTF-16 units) of one article analysed; the rest is kept but not analysed (default 256,000, `MAX_ANALYSED_CHARS`). */
  maxAnalysedChars?: number;
}
