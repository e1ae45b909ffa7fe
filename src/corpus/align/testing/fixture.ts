/** Hand-built articles and analyses for the aligner's tests, so they do not depend on the analyze stage. */
import type { Article, ArticleAnalysis, ArticleEntity, Attribution, EntityKind, Quantity } from '../../../core/index.js';

/** An entity the fixture should find wherever one of its names occurs. */
export interface FixtureEntity { name: string; kind: EntityKind; key?: string; aliases?: string[] }

/** An attribution: the quoted words (found in the text) and who said them. */
export interface FixtureQuote { content: string; speaker: string | null; venue?: string | null; direct?: boolean }

/** Everything one fixture article needs. */
export interface FixtureSpec {
  id: string;
  outlet?: string | null;
  published?: string | null;
  text: string;
  entities?: FixtureEntity[];
  quotes?: FixtureQuote[];
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** Every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push({ start: at, end: at + needle.length });
  return out;
}

/** Finds counted numbers ("three people") and weekdays in a text, the way the analyze stage reports them. */
function quantitiesOf(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]+)/gi)) {
    const word = m[1]!.toLowerCase();
    const value = NUMBERS[word] ?? Number(word);
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'count', value, normalized: null, counts: m[2]!.toLowerCase().replace(/s$/, '') });
  }
  for (const m of text.matchAll(WEEKDAY)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'date', value: null, normalized: m[1]!.toLowerCase(), counts: null });
  return out;
}

/** Builds an Article and its ArticleAnalysis from a spec: sentences split at . ! ? and line breaks. */
export function fixture(spec: FixtureSpec): { article: Article; analysis: ArticleAnalysis } {
  const { text } = spec;
  const article: Article = {
    id: spec.id, source: `${spec.id}.txt`, outlet: spec.outlet ?? null, title: null, published: spec.published ?? null, author: null,
    language: 'en', url: null, text, headings: [], diagnostics: [],
  };
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]+["”]?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length, heading: false }));
  const entities: ArticleEntity[] = (spec.entities ?? []).map((e) => ({
    name: e.name, kind: e.kind, key: e.key ?? e.name.toLowerCase(), aliases: e.aliases ?? [], roles: [],
    mentions: [e.name, ...(e.aliases ?? [])].flatMap((n) => occurrences(text, n)).sort((a, b) => a.start - b.start),
  })).filter((e) => e.mentions.length > 0);
  const mentions = entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity })));
  const attributions: Attribution[] = (spec.quotes ?? []).flatMap((q) => occurrences(text, q.content).slice(0, 1).map((content) => {
    const speakerEntity = q.speaker === null ? -1 : entities.findIndex((e) => e.name === q.speaker || e.aliases.includes(q.speaker!));
    return {
      content, speaker: null, speakerEntity: speakerEntity >= 0 ? speakerEntity : null, speakerName: q.speaker,
      cue: null, venue: q.venue ?? null, direct: q.direct ?? true,
    };
  }));
  return { article, analysis: { article: spec.id, sentences, entities, mentions, attributions, quantities: quantitiesOf(text), diagnostics: [] } };
}

/** Builds the aligner's input from several specs. */
export function story(specs: FixtureSpec[]): { articles: Article[]; analyses: ArticleAnalysis[] } {
  const built = specs.map(fixture);
  return { articles: built.map((b) => b.article), analyses: built.map((b) => b.analysis) };
}
