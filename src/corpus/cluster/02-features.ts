/** Builds a ClusterDoc from an article: key terms, entities, numbers and dates, headline and time. */
import type { Article, ArticleAnalysis } from '../../core/index.js';
import type { ClusterDoc } from './types.js';
import { tokenize, isCapitalised, isTitleCase, stem, type Token } from './01-tokens.js';
import { STOPWORDS, NOT_NAMES } from './lexicon/stopwords.js';
import { MONTHS, WEEKDAYS, NUMBER_WORDS } from './lexicon/calendar.js';

/** The article fields the clusterer reads; a full Article fits, and so does a headline alone. */
export type ClusterSource = Pick<Article, 'id'> & Partial<Pick<Article, 'title' | 'text' | 'published'>>;

/** How many times a headline's terms count, because the headline names the event. */
const HEADLINE_BOOST = 2;

/** Features of one article; entities come from `analysis` when given, else from capitalised runs. */
export function clusterDocFrom(article: ClusterSource, analysis?: ArticleAnalysis): ClusterDoc {
  const title = article.title ?? '';
  const text = article.text ?? '';
  const titleTokens = tokenize(title);
  const bodyTokens = tokenize(text);
  const titleIsCaps = isTitleCase(titleTokens);
  const terms: string[] = [];
  for (let i = 0; i < HEADLINE_BOOST; i++) terms.push(...termsOf(titleTokens));
  terms.push(...termsOf(bodyTokens));
  // Capitalised runs always count; the analysis adds canonical keys that join spellings ("Zelenskyy"/"Zelensky").
  const entities = [...namesOf(titleIsCaps ? [] : titleTokens, bodyTokens), ...namesOf(bodyTokens, titleIsCaps ? [] : titleTokens)];
  if (analysis) entities.push(...entitiesFromAnalysis(analysis));
  if (entities.length === 0 && titleIsCaps) entities.push(...titleCaseNames(titleTokens, bodyTokens));
  const numbers = [...numbersOf(titleTokens), ...numbersOf(bodyTokens)];
  const time = article.published ? Date.parse(article.published) : NaN;
  return { id: article.id, terms, entities, numbers, time: Number.isFinite(time) ? time : null };
}

/** Content words, lower-cased and stemmed. */
function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase().replace(/['’]s$/u, '');
    if (w.length < 2 || STOPWORDS.has(w) || /^\p{N}/u.test(w) || MONTHS.has(w) || WEEKDAYS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * Entity keys from capitalised runs ("Tara Reid" → "tara reid", "reid"); a sentence-initial word counts only if
 * `other` or the text capitalises it elsewhere, or when there is no other text (a headline alone: "Harlowby closes…").
 */
function namesOf(tokens: Token[], other: Token[]): string[] {
  const alone = other.length === 0 && tokens.length <= 30;
  const midCaps = new Set<string>();
  for (const t of [...tokens, ...other]) if (!t.initial && isCapitalised(t.text)) midCaps.add(t.text.toLowerCase());
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) out.push(run.join(' '));
    for (const w of run) out.push(w);
    run = [];
  };
  for (const t of tokens) {
    const w = t.text.toLowerCase().replace(/['’]s$/u, '');
    const name = isCapitalised(t.text) && !NOT_NAMES.has(w) && !MONTHS.has(w) && !/^\p{N}/u.test(w) && (!t.initial || alone || midCaps.has(w));
    if (name && !STOPWORDS.has(w)) run.push(w.replace(/\.$/u, ''));
    else flush();
  }
  flush();
  return out;
}

/** For a Title Case headline: words the body also capitalises, or (headline only) capitalised non-stopwords. */
function titleCaseNames(title: Token[], body: Token[]): string[] {
  const bodyCaps = new Set(body.filter((t) => !t.initial && isCapitalised(t.text)).map((t) => t.text.toLowerCase()));
  return title
    .map((t) => t.text.toLowerCase())
    .filter((w) => !STOPWORDS.has(w) && !NOT_NAMES.has(w) && (body.length === 0 || bodyCaps.has(w)));
}

/** Entity keys from the analysis: each entity's key plus the last word of person names ("peskov"). */
function entitiesFromAnalysis(analysis: ArticleAnalysis): string[] {
  const out: string[] = [];
  for (const e of analysis.entities) {
    const key = e.key.toLowerCase();
    for (let i = 0; i < Math.max(1, e.mentions.length); i++) out.push(key);
    const parts = key.split(/\s+/u);
    if (e.kind === 'person' && parts.length > 1) out.push(parts[parts.length - 1]!);
  }
  return out;
}

/** Numbers and dates: "33" → "n:33", "2008" → "y:2008", "December 12" → "d:12-12", "Friday" → "w:fri". */
function numbersOf(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    const month = MONTHS.get(w);
    if (month !== undefined && (w.length > 3 || isCapitalised(t.text))) {
      // "December 12" and "12 December" both name a day.
      const next = tokens[i + 1]?.text ?? '';
      const prev = tokens[i - 1]?.text ?? '';
      const day = /^\d{1,2}$/u.test(next) ? Number(next) : /^\d{1,2}$/u.test(prev) ? Number(prev) : NaN;
      out.push(day >= 1 && day <= 31 ? `d:${month}-${day}` : `m:${month}`);
      return;
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday) { out.push(`w:${weekday}`); return; }
    const word = NUMBER_WORDS.get(w);
    if (word !== undefined) { out.push(`n:${word}`); return; }
    if (!/^\d[\d,.]*$/u.test(w)) return;
    const value = Number(w.replace(/,/gu, ''));
    if (!Number.isFinite(value)) return;
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) out.push(`y:${value}`);
    else if (value > 1) out.push(`n:${value}`);
  });
  return out;
}
