/** A corpus whose every text field carries script and event-handler payloads, for escaping and CSP tests. */
import type { Article, Story } from '../../core/index.js';
import { citeIn, emptyStory, sampleArticle } from './build.js';
import type { SampleCorpus } from './sample-corpus.js';

/** Path prefix every payload requests or assigns; a test server counts hits on it. */
export const PWNED_PATH = '/__pwned';

/** Payloads that would run script, load a resource or break out of an attribute if printed unescaped. */
export function payloads(tag: string): string[] {
  return [
    `<script>window.__pwned='${tag}';fetch('${PWNED_PATH}/${tag}-script')</script>`,
    `<img src="${PWNED_PATH}/${tag}-img" onerror="window.__pwned='${tag}'">`,
    `"><svg onload="fetch('${PWNED_PATH}/${tag}-svg')">`,
    `' onmouseover='window.__pwned=1' x='`,
    `<a href="javascript:fetch('${PWNED_PATH}/${tag}-href')">click</a>`,
    `</textarea></title><iframe src="${PWNED_PATH}/${tag}-frame"></iframe>`,
  ];
}

/** One hostile article: payloads in the id-safe fields too (outlet, title, text). */
function hostileArticle(id: string, n: number): Article {
  const p = payloads(`a${n}`);
  const text = `${p[0]} Officials met in Harrowgate on Friday. ${p[1]}\n\n"${p[2]} We agreed," the envoy ${p[3]} said. ${p[4]} ${p[5]}`;
  return sampleArticle(id, `Outlet ${p[1]}`, `Title ${p[0]}${p[2]}`, '2026-05-01T12:00:00Z', text);
}

/** The hostile corpus: two articles and a story whose brief, facts, quotes, entities and lineage repeat the payloads. */
export function hostileCorpus(): SampleCorpus {
  const a = hostileArticle('evil-one', 1);
  const b = hostileArticle('evil-two', 2);
  const p = payloads('s');
  const story: Story = emptyStory('evil', `Story ${p[0]}${p[1]}`, [a, b]);
  const met = [citeIn(a, 'Officials met in Harrowgate on Friday.'), citeIn(b, 'Officials met in Harrowgate on Friday.')];
  story.entities = [
    { id: 'e-envoy', name: `Envoy ${p[1]}`, kind: 'person', aliases: [p[3]!], mentions: [citeIn(a, 'envoy')] },
    { id: 'e-harrowgate', name: `Harrowgate ${p[2]}`, kind: 'place', aliases: [], mentions: met },
  ];
  story.quotes = [{ id: 'q-evil', text: `${p[2]} We agreed,`, speaker: 'e-envoy', speakerName: `Envoy ${p[0]}`, cue: p[3]!, venue: p[1]!, direct: true, citations: [citeIn(a, 'We agreed,')] }];
  story.facts = [
    { id: 'f-met', text: `Officials met ${p[0]}`, status: 'disputed', outlets: 2, citations: met, conflicts: [{ reason: `reason ${p[1]}`, citations: [met[1]!] }] },
    { id: 'f-one', text: `Single ${p[4]}`, status: 'single-source', outlets: 1, citations: [met[0]!], conflicts: [] },
  ];
  story.lineage = [{ from: a.id, to: b.id, kind: 'copy', score: 1 }];
  story.brief = [{ text: `Brief ${p[0]} ${p[5]}`, citations: met }];
  return { articles: [a, b], stories: [story] };
}
