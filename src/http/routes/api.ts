/** The JSON API: stories, one story, one article, search. */
import { Hono } from 'hono';
import type { Repository } from '../repository.js';
import { storyQuery } from './params.js';

/** Read-only JSON routes over the repository, mounted at /api. */
export function apiRoutes(repository: Repository): Hono {
  const api = new Hono();
  api.get('/stories', async (c) => c.json(await repository.listStories(storyQuery(c))));
  api.get('/stories/:id', async (c) => {
    const view = await repository.getStory(c.req.param('id'));
    return c.json({ ...view.story, sources: view.articles });
  });
  api.get('/articles/:id', async (c) => {
    const view = await repository.getArticle(c.req.param('id'));
    return c.json({ ...view.article, stories: view.stories });
  });
  api.get('/search', async (c) => c.json(await repository.search(storyQuery(c))));
  return api;
}
