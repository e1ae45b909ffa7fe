/** Server-rendered pages: story list, story, article, ingest (with a form that works without script). */
import { Hono } from 'hono';
import type { Story } from '../../core/index.js';
import type { IngestRunner } from '../announce.js';
import type { JobTable } from '../jobs.js';
import type { Repository } from '../repository.js';
import { checkWrite, type WriteGuard } from '../security.js';
import { articlePageView, highlightMark } from '../views/article-page.js';
import { ingestPageView, ingestResultView } from '../views/ingest-page.js';
import { page } from '../views/layout.js';
import { storyListView } from '../views/story-list.js';
import { storyPageView } from '../views/story-page.js';
import { paging } from '../query.js';
import { checkUrls, jobError, readIngestRequest, uploadLimit, type IngestLimits } from './ingest.js';
import { idParam, noControl, storyQuery, whole } from './params.js';

/**
 * Reuses a rendering while the repository hands back the same object (the store repository caches its answers
 * until data changes; a repository that builds new objects each time simply gets no reuse).
 */
function renderCache<K extends object>(): (key: K, render: () => string) => string {
  const cache = new WeakMap<K, string>();
  return (key, render) => {
    let markup = cache.get(key);
    if (markup === undefined) cache.set(key, (markup = render()));
    return markup;
  };
}

/** The page routes. */
export function pageRoutes(repository: Repository, run: IngestRunner, jobs: JobTable, guard: WriteGuard, limits: IngestLimits, liveSince: (() => number) | null): Hono {
  const pages = new Hono();
  const tokenRequired = guard.required;
  const storyPages = renderCache<object>();
  const listPages = renderCache<object>();
  pages.get('/', async (c) => {
    const query = storyQuery(c);
    const { limit, offset } = paging(query);
    const result = await repository.listStories({ ...query, limit, offset });
    return c.html(listPages(result, () => page({ title: 'Stories', section: 'stories', body: storyListView(query, result, limit, offset), tokenRequired, live: liveSince?.() ?? null })));
  });
  pages.get('/stories/:id', async (c) => {
    const from = whole(c, 'from', 0, 10_000_000) ?? 0;
    const view = await repository.getStory(idParam(c));
    const render = () => page({ title: view.story.title, section: 'stories', body: storyPageView(view, from), tokenRequired, live: liveSince?.() ?? null });
    return c.html(from === 0 ? storyPages(view, render) : render());
  });
  pages.get('/articles/:id', async (c) => {
    const view = await repository.getArticle(idParam(c));
    const asked = noControl(c.req.query('story') ?? '', 'story');
    const storyId = asked && view.stories.includes(asked) ? asked : view.stories[0];
    const story: Story | null = storyId ? (await repository.getStory(storyId)).story : null;
    const highlight = highlightMark(c.req.query('start'), c.req.query('end'), view.article.text.length);
    return c.html(page({ title: view.article.title ?? view.article.id, section: 'stories', body: articlePageView(view, story, highlight), tokenRequired, live: liveSince?.() ?? null }));
  });
  pages.get('/ingest', (c) => c.html(page({ title: 'Add articles', section: 'ingest', body: ingestPageView({ tokenRequired, maxBytes: limits.maxBytes }), tokenRequired, live: liveSince?.() ?? null })));
  pages.post('/ingest', uploadLimit(limits.maxBytes), async (c) => {
    const { request, token } = await readIngestRequest(c, limits);
    checkWrite(guard, token);
    await checkUrls(request, limits);
    const done = await jobs.start((progress) => run(request, progress)).finished;
    if (done.state === 'failed' || !done.result) throw jobError(done);
    return c.html(page({ title: 'Added', section: 'ingest', body: ingestResultView(done.result), tokenRequired, live: liveSince?.() ?? null }));
  });
  return pages;
}
