/** Per-article analysis: sentences, entities, attributions and quantities (the analyze stage's only public face). */
export { MAX_ANALYSED_CHARS, analyzeArticle, type AnalyzeOptions } from './analyze-article.js';
export { canonicalKey } from './entities/index.js';
export { articleFromRawText } from './raw-article.js';
