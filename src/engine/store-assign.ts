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

/** A clusterer document, computed from an article before any lock is taken. */
export type AssignDoc = ReturnType<StoreStages['clusterDocFrom']>;

/** What the assigner spent, for benchmarks: time waiting for the lock, and assignments replayed from other processes. */
export interface AssignStats {
  lockWaitMs: number;
  /** Time inside the lock (replay of the last few assignments, clusterer step, insert), up to the insert's return. */
  lockedMs: number;
  replayed: number;
  /** Of those, replayed while holding the lock (the rest were caught up before taking it). */
  replayedLocked: number;
}

/** Assigns stored articles to stories. */
export interface StoryAssigner {
  /**
   * Puts a just-stored article in a story; call inside the article's transaction. Returns the story id. `doc` is
   * the article's clusterer document when made beforehand (outside the lock).
   */
  assign(db: Queryable, article: Article, analysis: ArticleAnalysis, doc?: AssignDoc): Promise<string>;
  /**
   * Replays what other processes assigned since this one last looked, without any lock (call before the article's
   * transaction), so the locked part only replays the few assignments made meanwhile.
   */
  catchUp(db: Queryable): Promise<void>;
  /** The clusterer document of an article (pure; call outside the lock). */
  docOf(article: Article, analysis: ArticleAnalysis): AssignDoc;
  /** Forgets the in-memory state (after a rolled-back transaction); the next assign rebuilds it. */
  reset(): void;
  readonly stats: AssignStats;
}

/** True when a stored value has the shape of a clusterer document. */
function isDoc(value: unknown): value is AssignDoc {
  const d = value as AssignDoc | null | undefined;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && Array.isArray(d.terms) && Array.isArray(d.entities) && Array.isArray(d.numbers);
}

/** The stored id of a story started by `articleId` (stable, so a re-run names stories the same). */
export function storyIdFor(articleId: string): string {
  return `story-${createHash('sha256').update(articleId).digest('hex').slice(0, 12)}`;
}

/** Creates an assigner over the given stages; `window` bounds the rebuild. */
export function createStoryAssigner(stages: Pick<StoreStages, 'createClusterer' | 'clusterDocFrom'>, options: { window?: number } = {}): StoryAssigner {
  const window = options.window ?? DEFAULT_ASSIGN_WINDOW;
  let state: { clusterer: ReturnType<StoreStages['createClusterer']>; toStored: Map<string, string>; lastSeq: number } | null = null;

  /** Feeds stored assignments to the clusterer (from their stored documents, else from the articles), mapping its story names onto stored ids. */
  async function replay(db: Queryable, memberships: Membership[]): Promise<void> {
    const s = state!;
    for (let i = 0; i < memberships.length; i += 500) {
      const chunk = memberships.slice(i, i + 500);
      const missing = chunk.filter((m) => !isDoc(m.doc)).map((m) => m.articleId);
      const loaded = missing.length === 0 ? new Map() : new Map((await loadArticles(db, missing)).map((x) => [x.article.id, x]));
      for (const m of chunk) {
        const found = isDoc(m.doc) ? null : loaded.get(m.articleId);
        const doc = isDoc(m.doc) ? m.doc : found ? stages.clusterDocFrom(found.article, found.analysis ?? undefined) : null;
        if (doc) {
          const local = s.clusterer.add(doc).story;
          if (!s.toStored.has(local)) s.toStored.set(local, m.storyId);
        }
        s.lastSeq = Math.max(s.lastSeq, m.seq);
      }
    }
  }

  const stats: AssignStats = { lockWaitMs: 0, lockedMs: 0, replayed: 0, replayedLocked: 0 };

  /** Builds the clusterer from the recent window when there is none, then replays everything assigned since. */
  async function sync(db: Queryable): Promise<number> {
    if (state === null) {
      state = { clusterer: stages.createClusterer(), toStored: new Map(), lastSeq: 0 };
      await replay(db, await recentMemberships(db, window));
    }
    const after = await membershipsAfter(db, state.lastSeq);
    await replay(db, after);
    stats.replayed += after.length;
    return after.length;
  }

  return {
    stats,
    async assign(db, article, analysis, doc) {
      const t0 = performance.now();
      await lockAssignment(db);
      const t1 = performance.now();
      stats.lockWaitMs += t1 - t0;
      stats.replayedLocked += await sync(db);
      const made = doc ?? stages.clusterDocFrom(article, analysis);
      const local = state!.clusterer.add(made).story;
      const storyId = state!.toStored.get(local) ?? storyIdFor(article.id);
      state!.toStored.set(local, storyId);
      state!.lastSeq = await assignArticle(db, article.id, storyId, article.title ?? article.text.slice(0, 80), made);
      stats.lockedMs += performance.now() - t1;
      return storyId;
    },
    async catchUp(db) {
      await sync(db);
    },
    docOf(article, analysis) {
      return stages.clusterDocFrom(article, analysis);
    },
    reset() {
      state = null;
    },
  };
}
