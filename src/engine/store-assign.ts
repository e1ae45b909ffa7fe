/**
 * Story assignment that survives restarts and other processes: the online clusterer lives in memory, is rebuilt
 * from the stored assignments of the recent window, and before each assignment catches up (under the
 * assignment advisory lock) with what other processes assigned since. Stored story ids stay stable; the
 * clusterer's own story names are mapped onto them.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleAnalysis } from '../core/index.js';
import { assignArticle, loadArticles, lockAssignment, membershipsAfter, recentMemberships, type Membership, type Queryable } from '../store/index.js';
import type { StoreStages } from './store-stages.js';

/** How many recent assignments rebuild the clusterer at start (its time window closes older stories anyway). */
export const DEFAULT_ASSIGN_WINDOW = 5000;

/** Assigns stored articles to stories. */
export interface StoryAssigner {
  /** Puts a just-stored article in a story; call inside the article's transaction. Returns the story id. */
  assign(db: Queryable, article: Article, analysis: ArticleAnalysis): Promise<string>;
  /** Forgets the in-memory state (after a rolled-back transaction); the next assign rebuilds it. */
  reset(): void;
}

/** The stored id of a story started by `articleId` (stable, so a re-run names stories the same). */
export function storyIdFor(articleId: string): string {
  return `story-${createHash('sha256').update(articleId).digest('hex').slice(0, 12)}`;
}

/** Creates an assigner over the given stages; `window` bounds the rebuild. */
export function createStoryAssigner(stages: Pick<StoreStages, 'createClusterer' | 'clusterDocFrom'>, options: { window?: number } = {}): StoryAssigner {
  const window = options.window ?? DEFAULT_ASSIGN_WINDOW;
  let state: { clusterer: ReturnType<StoreStages['createClusterer']>; toStored: Map<string, string>; lastSeq: number } | null = null;

  /** Feeds stored assignments to the clusterer, mapping its story names onto stored ids. */
  async function replay(db: Queryable, memberships: Membership[]): Promise<void> {
    const s = state!;
    for (let i = 0; i < memberships.length; i += 500) {
      const chunk = memberships.slice(i, i + 500);
      const loaded = new Map((await loadArticles(db, chunk.map((m) => m.articleId))).map((x) => [x.article.id, x]));
      for (const m of chunk) {
        const found = loaded.get(m.articleId);
        if (found) {
          const local = s.clusterer.add(stages.clusterDocFrom(found.article, found.analysis ?? undefined)).story;
          if (!s.toStored.has(local)) s.toStored.set(local, m.storyId);
        }
        s.lastSeq = Math.max(s.lastSeq, m.seq);
      }
    }
  }

  return {
    async assign(db, article, analysis) {
      await lockAssignment(db);
      if (state === null) {
        state = { clusterer: stages.createClusterer(), toStored: new Map(), lastSeq: 0 };
        await replay(db, await recentMemberships(db, window));
      }
      await replay(db, await membershipsAfter(db, state.lastSeq));
      const local = state.clusterer.add(stages.clusterDocFrom(article, analysis)).story;
      const storyId = state.toStored.get(local) ?? storyIdFor(article.id);
      state.toStored.set(local, storyId);
      state.lastSeq = await assignArticle(db, article.id, storyId, article.title ?? article.text.slice(0, 80));
      return storyId;
    },
    reset() {
      state = null;
    },
  };
}
