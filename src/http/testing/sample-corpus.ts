/** A small invented corpus (one multi-outlet story with a quote, a conflict and a rewrite, plus two small stories). */
import type { Article, Story } from '../../core/index.js';
import { citeAll, citeIn, emptyStory, sampleArticle } from './build.js';

/** The sample articles and stories. */
export interface SampleCorpus {
  articles: Article[];
  stories: Story[];
}

/** The bridge story: three outlets, one agency quote, a dispute over the injured, one rewrite. */
function bridgeStory(): SampleCorpus {
  const herald = sampleArticle('herald-bridge', 'Coastal Herald', 'Brackwater bridge shut after ferry strikes pier', '2026-03-04T08:10:00Z',
    'Brackwater bridge shut after ferry strikes pier\n\nThe Brackwater harbour bridge was closed on Tuesday after a cargo ferry struck one of its piers. '
    + 'Two people were injured, the harbour police said.\n\n"We will reopen the bridge within a week," Mayor Elena Marsh told Radio Brackwater. '
    + 'Engineers from the Port Authority began inspecting the pier overnight.');
  const ledger = sampleArticle('ledger-bridge', 'Daily Ledger', 'Ferry crash closes Brackwater harbour bridge', '2026-03-04T10:45:00Z',
    'Ferry crash closes Brackwater harbour bridge\n\nA cargo ferry struck a pier of the Brackwater harbour bridge on Tuesday, and the bridge was closed. '
    + 'Three people were injured, according to the hospital.\n\nMayor Elena Marsh said "We will reopen the bridge within a week," in remarks first carried by Radio Brackwater. '
    + 'The ferry operator Northline said its captain was cooperating with investigators.');
  const wire = sampleArticle('wire-bridge', 'Lantern Wire', 'Brackwater bridge closed after ferry hits pier', '2026-03-04T11:30:00Z',
    'Brackwater bridge closed after ferry hits pier\n\nThe Brackwater harbour bridge was shut on Tuesday after a cargo ferry hit one of its piers. '
    + 'Two people were hurt, the harbour police said.\n\n"We will reopen the bridge within a week," Mayor Elena Marsh told Radio Brackwater. '
    + 'Port Authority engineers started checking the pier overnight.');
  const articles = [herald, ledger, wire];
  const story = emptyStory('bridge', 'Brackwater harbour bridge closed after ferry strikes pier', articles);
  story.entities = [
    { id: 'e-marsh', name: 'Elena Marsh', kind: 'person', aliases: ['Marsh', 'Mayor Elena Marsh'], mentions: citeAll(articles, 'Elena Marsh'), roles: ['Mayor'] },
    { id: 'e-brackwater', name: 'Brackwater', kind: 'place', aliases: [], mentions: citeAll(articles, 'Brackwater harbour bridge') },
    { id: 'e-port', name: 'Port Authority', kind: 'organization', aliases: [], mentions: citeAll(articles, 'Port Authority') },
    { id: 'e-northline', name: 'Northline', kind: 'organization', aliases: [], mentions: citeAll(articles, 'Northline') },
  ];
  story.quotes = [{
    id: 'q-reopen', text: 'We will reopen the bridge within a week,', speaker: 'e-marsh', speakerName: 'Elena Marsh', cue: 'told', venue: 'Radio Brackwater', direct: true,
    citations: citeAll(articles, 'We will reopen the bridge within a week,'),
  }];
  const closed = [citeIn(herald, 'The Brackwater harbour bridge was closed on Tuesday'), citeIn(ledger, 'the bridge was closed'), citeIn(wire, 'The Brackwater harbour bridge was shut on Tuesday')];
  const twoInjured = [citeIn(herald, 'Two people were injured'), citeIn(wire, 'Two people were hurt')];
  story.facts = [
    { id: 'f-closed', text: 'The Brackwater harbour bridge was closed on Tuesday after a cargo ferry struck a pier.', status: 'corroborated', outlets: 2, citations: closed, conflicts: [] },
    { id: 'f-injured', text: 'Two people were injured.', status: 'disputed', outlets: 2, citations: twoInjured,
      conflicts: [{ reason: 'the number of injured differs: two against three', citations: [...twoInjured, citeIn(ledger, 'Three people were injured')] }] },
    { id: 'f-northline', text: 'Northline said its captain was cooperating with investigators.', status: 'single-source', outlets: 1,
      citations: [citeIn(ledger, 'The ferry operator Northline said its captain was cooperating with investigators.')], conflicts: [] },
  ];
  story.lineage = [{ from: 'herald-bridge', to: 'wire-bridge', kind: 'rewrite', score: 0.82 }];
  story.brief = [
    { text: 'The Brackwater harbour bridge was closed on Tuesday after a cargo ferry struck one of its piers.', citations: closed },
    { text: 'Outlets disagree on the injured: two according to the harbour police, three according to the hospital.', citations: [twoInjured[0]!, citeIn(ledger, 'Three people were injured')] },
    { text: 'Mayor Elena Marsh told Radio Brackwater the bridge would reopen within a week.', citations: story.quotes[0]!.citations },
  ];
  return { articles, stories: [story] };
}

/** Two one-outlet stories so the list has several rows and dates. */
function smallStories(): SampleCorpus {
  const a = sampleArticle('herald-library', 'Coastal Herald', 'Oakridge library extends opening hours', '2026-03-02T09:00:00Z',
    'Oakridge library extends opening hours\n\nThe public library in Oakridge will open until nine in the evening from April, librarian Tomas Brandt said.');
  const b = sampleArticle('ledger-rail', 'Daily Ledger', 'New rail timetable for Fenmouth', null,
    'New rail timetable for Fenmouth\n\nTrains between Fenmouth and Brackwater will run every twenty minutes under the new timetable.');
  const s1 = emptyStory('library', a.title!, [a]);
  s1.entities = [
    { id: 'e-brandt', name: 'Tomas Brandt', kind: 'person', aliases: [], mentions: citeAll([a], 'Tomas Brandt') },
    { id: 'e-oakridge', name: 'Oakridge', kind: 'place', aliases: [], mentions: citeAll([a], 'Oakridge') },
  ];
  s1.brief = [{ text: 'The Oakridge library will open until nine in the evening from April.', citations: [citeIn(a, 'The public library in Oakridge will open until nine in the evening from April')] }];
  const s2 = emptyStory('rail', b.title!, [b]);
  s2.entities = [{ id: 'e-fenmouth', name: 'Fenmouth', kind: 'place', aliases: [], mentions: citeAll([b], 'Fenmouth') }];
  return { articles: [a, b], stories: [s1, s2] };
}

/** The whole sample corpus. */
export function sampleCorpus(): SampleCorpus {
  const parts = [bridgeStory(), smallStories()];
  return { articles: parts.flatMap((p) => p.articles), stories: parts.flatMap((p) => p.stories) };
}
