/** Small made-up articles for store tests (no outside text), and the records the store takes. */
import type { Article, ArticleAnalysis } from '../../src/core/index.js';
import { contentHash, type ArticleRecord } from '../../src/store/index.js';

const PLACES = ['Northport', 'Lindenfeld', 'Marrow Bay', 'Quillon', 'East Ardent', 'Tessaly'];
const EVENTS: [string, string][] = [
  ['bridge closure', 'engineers found cracks in the steel girders of the river bridge'],
  ['harbour strike', 'dock workers walked out over unpaid overtime at the container terminal'],
  ['library fire', 'firefighters battled flames in the reading room of the old library'],
  ['council vote', 'councillors voted on a budget for schools and parks'],
  ['flood warning', 'forecasters warned the river could burst its banks after heavy rain'],
  ['rail delay', 'commuters waited for hours after a signal failure on the main line'],
];
const OUTLETS = ['Daily Lantern', 'Harbour Post', 'Valley Courier', 'Morning Ledger'];

/** A made-up article number `n`; articles with the same `topic` (n mod 36) tell the same event in the same place. */
export function makeArticle(n: number, overrides: Partial<Article> = {}, topic = n % (PLACES.length * EVENTS.length)): Article {
  const place = PLACES[topic % PLACES.length]!;
  const [event, detail] = EVENTS[(topic + Math.floor(topic / PLACES.length)) % EVENTS.length]!;
  const outlet = OUTLETS[n % OUTLETS.length]!;
  const title = `${place} ${event}: day ${n % 7 + 1}`;
  const text = `${title}\n\nIn ${place}, ${detail}, report ${n} of the ${outlet} says.`;
  return {
    id: `a${n}`, source: `fixtures/a${n}.txt`, outlet, title, published: new Date(Date.UTC(2026, 0, 1 + (topic % 28), n % 24)).toISOString(),
    author: null, language: 'en', url: `https://example.test/${topic}/${n}`, text, headings: [{ start: 0, end: title.length }],
    diagnostics: [], ...overrides,
  };
}

/** An analysis with one sentence per line, enough to check it is stored with its article. */
export function simpleAnalysis(article: Article): ArticleAnalysis {
  const sentences = [...article.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, heading: m.index === 0 }));
  return { article: article.id, sentences, entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] };
}

/** The record putArticle takes for an article. */
export function recordOf(article: Article): ArticleRecord {
  return { article, analysis: simpleAnalysis(article), contentHash: contentHash(article) };
}
