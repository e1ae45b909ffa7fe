/** Cross-site-scripting payloads placed in titles, text, outlet names and URLs; each sets a window flag or opens a dialog if it runs. */
import type { Article, Citation, Story } from '../../src/core/index.js';

/** Name of the window property a payload sets when it runs. */
export const FLAG = '__concordXss';

/** Payloads for one place (`where` tags the flag so a failure says which field leaked). */
export function xssPayloads(where: string): string[] {
  const set = `window.${FLAG}=(window.${FLAG}||[]).concat('${where}')`;
  return [
    `<script>${set}</script>`,
    `<img src=x onerror="${set}">`,
    `<svg/onload=${set}>`,
    `"><script>${set}</script>`,
    `'><img src=x onerror=${set}>`,
    `</title><script>${set}</script>`,
    `</textarea><script>${set}</script>`,
    `</style><script>${set}</script>`,
    `<!--<script>${set}</script>-->`,
    `<iframe srcdoc="<script>parent.${FLAG}='${where}'</script>"></iframe>`,
    `<details open ontoggle="${set}">`,
    `<a href="javascript:${set}">x</a>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${set}">`,
    `<body onload=alert('${where}')>`,
    `\u003cscript\u003ealert('${where}')\u003c/script\u003e`,
    `&lt;script&gt;alert('${where}')&lt;/script&gt;`,
  ];
}

/** URL payloads (an article's `url` field): schemes that run script if rendered as a link. */
export function urlPayloads(where: string): string[] {
  return [
    `javascript:window.${FLAG}='${where}'`,
    ` JaVaScRiPt:alert('${where}')`,
    `data:text/html,<script>alert('${where}')</script>`,
    `https://ex.example/a"onmouseover="window.${FLAG}='${where}'`,
    `vbscript:msgbox('${where}')`,
  ];
}

/** A corpus of hostile articles: every payload in every field, with enough shared prose for analysis to cluster them. */
export function xssArticles(): Article[] {
  const base = 'Negotiators met in Veltham on Tuesday to resume the harbour talks, officials said.';
  const out: Article[] = [];
  const title = xssPayloads('title');
  const text = xssPayloads('text');
  const outlet = xssPayloads('outlet');
  const urls = urlPayloads('url');
  for (let i = 0; i < title.length; i++) {
    const body = `${base}\n\n"${text[i]} We are close," the envoy Mara Ilves told reporters ${text[(i + 1) % text.length]}.\n\nAbout 40 per cent of the 1,200 workers walked out.`;
    out.push({
      id: `xss-${i}`, source: `xss-${i}.txt`, outlet: `Outlet ${i} ${outlet[i]}`, title: `Harbour talks ${title[i]}`, published: `2026-05-0${1 + (i % 9)}T12:00:00Z`,
      author: `Author ${outlet[(i + 3) % outlet.length]}`, language: 'en', url: urls[i % urls.length]!, text: body, headings: [], diagnostics: [],
    });
  }
  return out;
}

/** A story over the hostile articles built by hand (payloads in title, brief, facts, quotes, entities), independent of the pipeline. */
export function xssStory(articles: Article[]): Story {
  const p = xssPayloads('story');
  const phrase = 'Negotiators met in Veltham on Tuesday';
  const cites: Citation[] = articles.map((a) => ({ article: a.id, start: a.text.indexOf(phrase), end: a.text.indexOf(phrase) + phrase.length }));
  return {
    id: 'xss-story', title: `Story ${p[0]}${p[3]}`, articles: articles.map((a) => a.id),
    entities: [{ id: 'e-1', name: `Mara ${p[1]}`, kind: 'person', aliases: [p[4]!], mentions: cites.slice(0, 2) }],
    quotes: [{ id: 'q-1', text: `${p[2]} We are close,`, speaker: 'e-1', speakerName: `Envoy ${p[5]}`, cue: p[6]!, venue: p[7]!, direct: true, citations: cites.slice(0, 1) }],
    facts: [{ id: 'f-1', text: `Talks ${p[8]}`, status: 'disputed', outlets: 2, citations: cites.slice(0, 2), conflicts: [{ reason: `reason ${p[9]}`, citations: cites.slice(1, 2) }] }],
    lineage: [{ from: articles[0]!.id, to: articles[1]!.id, kind: 'copy', score: 1 }],
    brief: [{ text: `Brief ${p[10]} ${p[11]}`, citations: cites.slice(0, 2) }],
  };
}
