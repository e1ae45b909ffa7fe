/** Live updates: what `concord watch` announces as articles arrive and stories change (server-sent to pages). */

/** What happened: an article was stored and its story changed, or a story's facts and brief were recomputed. */
export type LiveEventKind = 'article' | 'story';

/** One live update about one story. */
export interface LiveEvent {
  kind: LiveEventKind;
  /** The story the event is about. */
  story: string;
  /** The article that arrived (for `article`), else null. */
  article: string | null;
  /** The story's title as of the event. */
  title: string;
  /** Articles in the story as of the event. */
  articles: number;
  /** The story's membership revision the event reflects. */
  revision: number;
  /** ISO 8601 time of the event. */
  at: string;
}
