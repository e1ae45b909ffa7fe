/**
 * The stage functions the store pipeline calls, found through each folder's index.ts under the names agreed in
 * HELPERS.md. A stage whose folder does not export its function yet is replaced by the small fallback in
 * store-fallbacks.ts, and `fallbacks` names it, so the CLI can say so and tests can see it.
 */
import type { AnalysisResult, Article, ArticleAnalysis, BriefSentence, Context, Fact, Lineage, Story, StoryEntity, StoryQuote } from '../core/index.js';
import { clusterDocFrom, createClusterer } from '../corpus/cluster/index.js';
import { fallbackAlign, fallbackAnalyze, fallbackReadSources, fallbackRender } from './store-fallbacks.js';

/** `readSources` as agreed: paths, directories, URLs or `-` → articles. */
export type ReadSourcesFn = (inputs: string[], ctx: Context, options?: { outlet?: string; stdin?: Uint8Array }) => AsyncGenerator<Article>;
/** One article's analysis. */
export type AnalyzeFn = (article: Article, ctx?: Context) => ArticleAnalysis;
/** What alignStory returns for a story. */
export interface Alignment { entities: StoryEntity[]; quotes: StoryQuote[]; facts: Fact[]; lineage: Lineage[] }
/** `alignStory(options)` applied. */
export type AlignFn = (input: { articles: Article[]; analyses: ArticleAnalysis[] }) => Alignment;
/** `buildBrief(options)` applied. */
export type BriefFn = (story: Omit<Story, 'brief'>, articles: Article[]) => BriefSentence[];
/** A renderer of the public result. */
export type RenderFn = (result: AnalysisResult) => string;

/** Every stage the store pipeline uses. */
export interface StoreStages {
  readSources: ReadSourcesFn;
  analyze: AnalyzeFn;
  align: AlignFn;
  brief: BriefFn;
  renderMarkdown: RenderFn;
  renderHtml: RenderFn;
  createClusterer: typeof createClusterer;
  clusterDocFrom: typeof clusterDocFrom;
  /** Names of stages running on a fallback because their folder does not export them yet. */
  fallbacks: string[];
}

/** Why each folder that failed to load did (a folder still being written may not load yet). */
const loadErrors = new Map<string, string>();

/** Imports a folder's index.ts, or null when it is missing or broken (specifier in a variable: it may not exist at build time). */
async function load(specifier: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    loadErrors.set(specifier, error instanceof Error ? error.message.split('\n')[0]! : String(error));
    return null;
  }
}

/** Why stage folders could not be loaded (specifier → first line of the error), for `--debug`-style notes. */
export function stageLoadErrors(): ReadonlyMap<string, string> {
  return loadErrors;
}

let cached: Promise<StoreStages> | undefined;

/** Loads the stages once per process. */
export function loadStoreStages(): Promise<StoreStages> {
  cached ??= (async () => {
    const [ingest, analyze, align, brief] = await Promise.all(['../ingest/index.js', '../analyze/index.js', '../corpus/align/index.js', '../brief/index.js'].map(load));
    const fallbacks: string[] = [];
    const pick = <T>(module: Record<string, unknown> | null, name: string, fallback: T): T => {
      if (typeof module?.[name] === 'function') return module[name] as T;
      fallbacks.push(name);
      return fallback;
    };
    const analyzeFactory = pick<((o?: unknown) => AnalyzeFn) | null>(analyze, 'analyzeArticle', null);
    const alignFactory = pick<((o?: unknown) => AlignFn) | null>(align, 'alignStory', null);
    const briefFactory = pick<((o?: unknown) => BriefFn) | null>(brief, 'buildBrief', null);
    return {
      readSources: pick<ReadSourcesFn>(ingest, 'readSources', fallbackReadSources),
      analyze: analyzeFactory ? analyzeFactory() : fallbackAnalyze,
      align: alignFactory ? alignFactory() : fallbackAlign,
      brief: briefFactory ? briefFactory() : () => [],
      renderMarkdown: pick<RenderFn>(brief, 'renderMarkdown', (r) => fallbackRender(r, 'md')),
      renderHtml: pick<RenderFn>(brief, 'renderHtml', (r) => fallbackRender(r, 'html')),
      createClusterer,
      clusterDocFrom,
      fallbacks,
    };
  })();
  return cached;
}
