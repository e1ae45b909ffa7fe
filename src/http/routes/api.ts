/** The JSON API: stories, one story, one article, search. */
import { Hono } from 'hono';
import type { Repository } from '../repository.js';
import { idParam, storyQuery, whole } from './params.js';

/** Most articles listed in one story answer (page on with `?limit` and `?offset`). */
export const MAX_STORY_ARTICLES = 200;

/** Read-only JSON routes over the repository, mounted at /api. */
export function apiRoutes(repository: Repository): Hono {
  const api = new Hono();
  api.get('/stories', async (c) => c.json(await repository.listStories(storyQuery(c))));
  api.get('/stories/:id', async (c) => {
    const limit = whole(c, 'limit', 1, MAX_STORY_ARTICLES) ?? MAX_STORY_ARTICLES;
    const offset = whole(c, 'offset', 0, 10_000_000) ?? 0;
    const view = await repository.getStory(idParam(c));
    const total = view.articles.length;
    return c.json({ ...view.story, sources: view.articles.slice(offset, offset + limit), sourcesTotal: total, sourcesOffset: offset });
  });
  api.get('/articles/:id', async (c) => {
    const view = await repository.getArticle(idParam(c));
    return c.json({ ...view.article, stories: view.stories });
  });
  api.get('/search', async (c) => c.json(await repository.search(storyQuery(c))));
  return api;
}
