/** Runs an ingest and announces the stories it touched on the live-events bus, so open pages can offer a reload. */
import type { LiveEvent } from '../core/index.js';
import type { StoryEvents } from './live/index.js';
import type { IngestProgress, IngestRequest, IngestResult, Repository } from './repository.js';

/** What the ingest routes call: the repository's ingest, plus announcements when a bus is given. */
export type IngestRunner = (request: IngestRequest, progress: IngestProgress) => Promise<IngestResult>;

/**
 * Wraps `repository.ingest`: after it succeeds, publishes one `story` event per touched story (title and article
 * count read back; `revision` is 0 because the repository interface does not expose store revisions).
 */
export function ingestRunner(repository: Repository, events: StoryEvents | null, now: () => Date = () => new Date()): IngestRunner {
  return async (request, progress) => {
    const result = await repository.ingest(request, progress);
    if (events) {
      for (const id of result.stories) {
        const view = await repository.getStory(id).catch(() => null);
        if (!view) continue;
        const event: LiveEvent = { kind: 'story', story: id, article: null, title: view.story.title, articles: view.story.articles.length, revision: 0, at: now().toISOString() };
        events.publish(event);
      }
    }
    return result;
  };
}
