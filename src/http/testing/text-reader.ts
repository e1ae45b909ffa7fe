/** A minimal ArticleReader for tests: each uploaded file is one plain-text article (first line is the title). */
import { EngineError, type Article } from '../../core/index.js';
import type { ArticleReader } from '../repository.js';
import { sampleArticle } from './build.js';

/** Reads uploads as text; URLs are refused (tests have no network). Reports progress per file. */
export const plainTextReader: ArticleReader = async (request, progress) => {
  if (request.urls.length > 0) throw new EngineError('E_FETCH', 'the test reader does not fetch URLs', { subject: request.urls[0] });
  const articles: Article[] = [];
  const total = request.files.length;
  for (const [i, file] of request.files.entries()) {
    const text = new TextDecoder().decode(file.bytes).replace(/\r\n/g, '\n').trim();
    const id = file.name.replace(/\.[^.]*$/, '') || `upload-${i + 1}`;
    if (text) articles.push(sampleArticle(id, request.outlet ?? null, text.split('\n')[0]!.slice(0, 200), null, text));
    progress({ done: i + 1, total, message: `read ${file.name}` });
  }
  return { articles, diagnostics: [] };
};
