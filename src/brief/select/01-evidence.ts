/** Evidence helpers: which outlet an article is, the sentence a citation sits in, and who reports what. */
import type { Article, Citation, Lineage } from '../../core/index.js';
import type { BriefMemo } from './cache.js';

/** Articles by id, plus the outlet key each one counts as (its outlet name, else its own id). */
export interface EvidenceIndex {
  articles: Map<string, Article>;
  /** Outlet key per article id: copies of one outlet count once. */
  outletOf(articleId: string): string;
  /** Human name of an outlet key, or null when the article carries no outlet name. */
  outletName(key: string): string | null;
  /** The story's brief memo, when parts may be reused from earlier refreshes. */
  memo?: BriefMemo;
}

/** Follows `copy` lineage back to the original article, so a copy counts as its source (not as a second outlet). */
function originOf(lineage: Lineage[]): (id: string) => string {
  const parent = new Map(lineage.filter((l) => l.kind === 'copy' && l.from !== l.to).map((l) => [l.to, l.from]));
  return (id) => {
    let at = id;
    for (let hops = 0; parent.has(at) && hops < 50; hops++) at = parent.get(at)!;
    return at;
  };
}

/** Builds the evidence index of a story's articles; copies (by lineage) count as their source's outlet. */
export function indexEvidence(articles: Article[], lineage: Lineage[] = [], memo?: BriefMemo): EvidenceIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const names = new Map<string, string | null>();
  const origin = originOf(lineage);
  const keyOf = (articleId: string): string => {
    const id = origin(articleId);
    const outlet = byId.get(id)?.outlet?.trim();
    const key = outlet ? `outlet:${outlet.toLowerCase()}` : `article:${id}`;
    if (!names.has(key)) names.set(key, outlet ? outlet : null);
    return key;
  };
  return { articles: byId, outletOf: keyOf, outletName: (key) => names.get(key) ?? null, memo };
}

/** The distinct outlet keys behind a list of citations, in first-seen order. */
export function outletsOf(citations: Citation[], index: EvidenceIndex): string[] {
  const seen: string[] = [];
  for (const c of citations) {
    const key = index.outletOf(c.article);
    if (!seen.includes(key)) seen.push(key);
  }
  return seen;
}

/** Union of citation lists without exact duplicates, keeping order. */
export function mergeCitations(...lists: Citation[][]): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const c of list) {
      const key = `${c.article}\u0000${c.start}\u0000${c.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}

/** A sentence of an article around a citation: its span and text (a citation of a clause grows to its sentence). */
export interface CitedSentence {
  article: Article;
  start: number;
  end: number;
  text: string;
  /** Where in the article it sits, 0 (top) to 1 (bottom). */
  position: number;
}

/** Expands a citation to the sentence that holds it: back to the previous terminator or line break, on to the next. */
export function sentenceAround(article: Article, citation: Citation): CitedSentence | null {
  const text = article.text;
  if (citation.start < 0 || citation.end > text.length || citation.start >= citation.end) return null;
  let start = citation.start;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?]["”’)]?\s$/.test(text.slice(Math.max(0, start - 3), start)))) start--;
  let end = citation.end;
  const terminator = /[.!?]["”’)]?(?=\s|$)/g;
  terminator.lastIndex = Math.max(citation.end - 2, start);
  const lineEnd = text.indexOf('\n', citation.end);
  const stop = lineEnd < 0 ? text.length : lineEnd;
  const found = terminator.exec(text);
  end = found && found.index < stop ? found.index + found[0].length : Math.max(stop, citation.end);
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trail = slice.length - slice.trimEnd().length;
  start += lead;
  end -= trail;
  return { article, start, end, text: text.slice(start, end), position: text.length === 0 ? 0 : start / text.length };
}

/** True when a span overlaps one of the article's headings. */
export function overlapsHeading(article: Article, start: number, end: number): boolean {
  return article.headings.some((h) => h.start < end && start < h.end);
}
