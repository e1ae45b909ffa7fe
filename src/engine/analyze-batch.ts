/** One batch, no store: analyse every article, cluster them into stories, align each story and write its brief. */
import {
  EngineError, type AnalysisResult, type Article, type ArticleAnalysis, type BriefSentence, type Context, type Diagnostic,
  type Fact, type Lineage, type PublicArticle, type Story, type StoryEntity, type StoryQuote, diagnostic,
} from '../core/index.js';
import { analyzeArticle, type AnalyzeOptions } from '../analyze/index.js';
import { clusterBatch, clusterDocFrom, type ClusterOptions } from '../corpus/cluster/index.js';
import { alignStory, type AlignOptions } from '../corpus/align/index.js';
import { buildBrief, type BriefOptions } from '../brief/index.js';

/** What align returns for one story. */
export interface AlignedStory {
  entities: StoryEntity[];
  quotes: StoryQuote[];
  facts: Fact[];
  lineage: Lineage[];
}

/** The stages a batch runs; each can be replaced (tests, evaluation, a different clusterer). */
export interface BatchStages {
  analyze: (article: Article, ctx?: Context) => ArticleAnalysis;
  /** Story label per article, in input order. */
  cluster: (articles: Article[], analyses: ArticleAnalysis[]) => string[];
  align: (input: { articles: Article[]; analyses: ArticleAnalysis[] }) => AlignedStory;
  brief: (story: Omit<Story, 'brief'>, articles: Article[]) => BriefSentence[];
}

/** Options of a batch analysis. */
export interface AnalyzeBatchOptions {
  /** Treat all articles as one story (skip clustering): multi-document summarisation, `--one-story`. */
  singleStory?: boolean;
  analyze?: AnalyzeOptions;
  cluster?: Partial<ClusterOptions>;
  align?: Partial<AlignOptions>;
  brief?: BriefOptions;
  stages?: Partial<BatchStages>;
}

/** The default stages: the real analyze, cluster, align and brief steps. */
function defaultStages(options: AnalyzeBatchOptions): BatchStages {
  return {
    analyze: analyzeArticle(options.analyze),
    cluster: (articles, analyses) => clusterBatch(articles.map((a, i) => clusterDocFrom(a, analyses[i])), options.cluster),
    align: alignStory(options.align),
    brief: buildBrief(options.brief),
  };
}

/** An empty analysis, used when analysing one article fails (the batch goes on). */
function emptyAnalysis(article: Article): ArticleAnalysis {
  return { article: article.id, sentences: [], entities: [], mentions: [], attributions: [], quantities: [], diagnostics: [] };
}

/** The public shape of an article (DESIGN.md contract). */
export function publicArticle(a: Article): PublicArticle {
  return { id: a.id, source: a.source, outlet: a.outlet, title: a.title, published: a.published, author: a.author, language: a.language, text: a.text };
}

/** A story's title: the headline of its earliest article with one, else its first brief sentence, else its id. */
function titleOf(articles: Article[], brief: BriefSentence[], id: string): string {
  const titled = articles.filter((a) => a.title && a.title.trim()).sort((a, b) => (a.published ?? '9').localeCompare(b.published ?? '9'));
  if (titled[0]) return titled[0].title!.trim();
  const first = brief[0]?.text;
  return first ? (first.length > 100 ? `${first.slice(0, first.lastIndexOf(' ', 100))}…` : first) : id;
}

/** Runs one stage on one article, turning an unexpected failure into a diagnostic. */
function analyzeOne(stage: BatchStages['analyze'], article: Article, ctx: Context): ArticleAnalysis {
  try {
    return stage(article, ctx);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const d = diagnostic('error', 'analysis-failed', `Analysing the article failed: ${(error as Error)?.message ?? String(error)}`, { article: article.id });
    ctx.report(d);
    return { ...emptyAnalysis(article), diagnostics: [d] };
  }
}

/** Analyses a batch of articles into stories with facts, quotes, lineage and a cited brief. */
export function analyzeBatch(articles: Article[], ctx: Context, options: AnalyzeBatchOptions = {}): AnalysisResult {
  const stages = { ...defaultStages(options), ...(options.stages ?? {}) };
  ctx.progress.start('analyse', articles.length);
  const analyses = articles.map((a) => {
    const result = analyzeOne(stages.analyze, a, ctx);
    ctx.progress.tick();
    return result;
  });
  ctx.progress.done();
  const labels = options.singleStory || articles.length <= 1 ? articles.map(() => 'story-1') : stages.cluster(articles, analyses);
  const groups = new Map<string, number[]>();
  labels.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  ctx.progress.start('align', ordered.length);
  const stories: Story[] = ordered.map((members, n) => {
    const own = members.map((i) => articles[i]!);
    const aligned = stages.align({ articles: own, analyses: members.map((i) => analyses[i]!) });
    const id = `story-${n + 1}`;
    const base = { id, title: '', articles: own.map((a) => a.id), ...aligned };
    const brief = stages.brief(base, own);
    ctx.progress.tick();
    return { ...base, title: titleOf(own, brief, id), brief };
  });
  ctx.progress.done(`${stories.length} stories`);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const d of [...articles.flatMap((a) => a.diagnostics), ...analyses.flatMap((a) => a.diagnostics)]) {
    const key = JSON.stringify(d);
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  }
  return { articles: articles.map(publicArticle), stories, diagnostics };
}
