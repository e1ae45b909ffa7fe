/** A hand-built story for tests of the brief and its renderers (invented text: a ferry fire in a made-up port). */
import type { Article, Citation, Fact, Story, StoryQuote } from '../../core/index.js';

/** Builds an article from invented text; headings are the lines listed. */
export function makeArticle(id: string, outlet: string | null, text: string, headings: string[] = [], published: string | null = null): Article {
  const spans = headings.map((h) => ({ start: text.indexOf(h), end: text.indexOf(h) + h.length })).filter((s) => s.start >= 0);
  return { id, source: `${id}.txt`, outlet, title: null, published, author: null, language: 'en', url: null, text, headings: spans, diagnostics: [] };
}

/** Cites the first occurrence of `needle` in an article; throws when absent so fixtures cannot drift. */
export function citeText(article: Article, needle: string): Citation {
  const start = article.text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${article.id}`);
  return { article: article.id, start, end: start + needle.length };
}

/** The four invented articles. */
export function ferryArticles(): Article[] {
  return [
    makeArticle('harbor-1', 'Harbor Times', 'Velmora: A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night, forcing 200 passengers to evacuate.\n\nFour people were injured in the blaze, the port authority said.\n\nAdvertisement\n\n"We will find out what went wrong," Mayor Lina Ortez told North Wire.\n\nAn official inquiry will begin on Monday.', [], '2026-03-03T08:00:00Z'),
    makeArticle('coastal-2', 'Coastal Post', 'Fire on the Aurora\n\nPassengers were evacuated after a fire broke out on the ferry Aurora in Velmora harbour on Tuesday.\n\nSix people were injured, according to the fire brigade.\n\nCould this have been prevented?\n\n"We will find out what went wrong," said Mayor Lina Ortez.\n\nThe ferry operator had failed a safety inspection in March.', ['Fire on the Aurora'], '2026-03-03T09:30:00Z'),
    makeArticle('north-3', 'North Wire', 'A fire on the ferry Aurora in Velmora harbour on Tuesday forced passengers ashore.\n\nFour people were hurt in the fire, officials said.\n\nMayor Lina Ortez told North Wire: "We will find out what went wrong."\n\nCaptain Tomas Reyes said: "The crew acted quickly and calmly to save lives."\n\nAn inquiry into the fire will begin on Monday, officials said.', [], '2026-03-03T07:15:00Z'),
    makeArticle('ledger-4', 'Daily Ledger', 'A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night, forcing 200 passengers to evacuate.\n\nFour people were injured in the blaze, the port authority said.\n\nJane Doe is a journalist with over ten years of experience covering shipping.', [], '2026-03-03T10:00:00Z'),
  ];
}

/** The story as the align stage would return it, written by hand. */
export function ferryStory(articles: Article[] = ferryArticles()): Omit<Story, 'brief'> {
  const [h, c, n, l] = articles as [Article, Article, Article, Article];
  const fact = (id: string, status: Fact['status'], cites: Citation[], conflicts: Fact['conflicts'] = []): Fact => ({
    id, text: '', status, outlets: new Set(cites.map((x) => x.article)).size, citations: cites, conflicts,
  });
  const quote = (id: string, text: string, speaker: string, speakerName: string, venue: string | null, cites: Citation[], cue = 'said'): StoryQuote => ({
    id, text, speaker, speakerName, cue, venue, direct: true, citations: cites,
  });
  const facts: Fact[] = [
    fact('f1', 'corroborated', [citeText(h, 'A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night, forcing 200 passengers to evacuate.'),
      citeText(c, 'Passengers were evacuated after a fire broke out on the ferry Aurora in Velmora harbour on Tuesday.'),
      citeText(n, 'A fire on the ferry Aurora in Velmora harbour on Tuesday forced passengers ashore.'),
      citeText(l, 'A fire broke out on the ferry Aurora in Velmora harbour on Tuesday night, forcing 200 passengers to evacuate.')]),
    fact('f2', 'disputed', [citeText(h, 'Four people were injured in the blaze, the port authority said.'), citeText(n, 'Four people were hurt in the fire, officials said.')],
      [{ reason: 'injured: 4 vs 6', citations: [citeText(c, 'Six people were injured, according to the fire brigade.')] }]),
    fact('f3', 'single-source', [citeText(c, 'The ferry operator had failed a safety inspection in March.')]),
    fact('f4', 'corroborated', [citeText(h, 'An official inquiry will begin on Monday.'), citeText(n, 'An inquiry into the fire will begin on Monday, officials said.')]),
    fact('f5', 'single-source', [citeText(c, 'Could this have been prevented?')]),
    fact('f6', 'single-source', [citeText(h, 'Advertisement')]),
    fact('f7', 'single-source', [citeText(c, 'Fire on the Aurora')]),
    fact('f8', 'single-source', [citeText(l, 'Jane Doe is a journalist with over ten years of experience covering shipping.')]),
  ];
  const quotes: StoryQuote[] = [
    quote('q1', 'We will find out what went wrong', 'e1', 'Lina Ortez', 'North Wire',
      [citeText(h, 'We will find out what went wrong'), citeText(c, 'We will find out what went wrong'), citeText(n, 'We will find out what went wrong')], 'told'),
    quote('q2', 'The crew acted quickly and calmly to save lives.', 'e2', 'Tomas Reyes', null, [citeText(n, 'The crew acted quickly and calmly to save lives.')]),
  ];
  return {
    id: 'story-1', title: 'Fire on the ferry Aurora', articles: articles.map((a) => a.id),
    entities: [
      { id: 'e1', name: 'Lina Ortez', kind: 'person', aliases: ['Ortez'], mentions: [citeText(h, 'Lina Ortez'), citeText(n, 'Lina Ortez')], roles: ['Mayor'] },
      { id: 'e2', name: 'Tomas Reyes', kind: 'person', aliases: [], mentions: [citeText(n, 'Tomas Reyes')], roles: ['Captain'] },
      { id: 'e3', name: 'Velmora', kind: 'place', aliases: [], mentions: [citeText(h, 'Velmora'), citeText(c, 'Velmora')] },
    ],
    quotes, facts,
    lineage: [{ from: 'harbor-1', to: 'ledger-4', kind: 'copy', score: 0.97 }],
  };
}
