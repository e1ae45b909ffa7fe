/** The ferry story as a full AnalysisResult (brief built by the real brief step), for renderer tests. */
import type { AnalysisResult, Article } from '../../core/index.js';
import { buildBrief } from '../build-brief.js';
import { ferryArticles, ferryStory, makeArticle } from './ferry-story.js';

/** Public article shape of an article. */
export function publicArticle(a: Article): AnalysisResult['articles'][number] {
  return { id: a.id, source: a.source, outlet: a.outlet, title: a.title, published: a.published, author: a.author, language: a.language, text: a.text };
}

/** The ferry result; `hostile` adds an article whose text, outlet and id try to inject markup. */
export function ferryResult(hostile = false): AnalysisResult {
  const articles = ferryArticles();
  if (hostile) {
    articles.push(makeArticle('evil"><b>x', '<img src=x onerror=alert(1)>', 'A fire broke out on the ferry Aurora <script>alert("x")</script> [click](javascript:alert(1)) in Velmora harbour on Tuesday.\n\n# Not a heading\n\nFour people were injured in the blaze, the port authority said.'));
  }
  const story = ferryStory(articles.slice(0, 4));
  if (hostile) {
    const evil = articles[4]!;
    story.articles.push(evil.id);
    story.facts[0]!.citations.push({ article: evil.id, start: 0, end: evil.text.indexOf('Velmora harbour on Tuesday.') + 27 });
  }
  const brief = buildBrief()(story, articles);
  return { articles: articles.map(publicArticle), stories: [{ ...story, brief }], diagnostics: [{ severity: 'warning', rule: 'no-speaker', reason: 'A quote <em>without</em> a speaker.' }] };
}
