/** Word weights: inverse document frequency from the generated lexicon, low for function words. */
import { IDF_DEFAULT, IDF_TABLE } from './lexicon/idf.js';
import type { Token } from './01-tokenize.js';

let table: Map<string, number> | null = null;

/** Loads the generated table once. */
function idfTable(): Map<string, number> {
  if (table === null) {
    table = new Map();
    for (const line of IDF_TABLE.split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return table;
}

/** The IDF of a stem; unseen stems count as rare. */
export function idf(stemmed: string): number {
  return idfTable().get(stemmed) ?? IDF_DEFAULT;
}

/** How much a token counts: its IDF (from `idfOf`, default the lexicon), damped for function words, floored for numbers. */
export function baseWeight(token: Pick<Token, 'stem' | 'stop' | 'value'>, idfOf: (stem: string) => number = idf): number {
  const w = idfOf(token.stem);
  if (token.stop) return Math.min(w, 1) * 0.3;
  if (token.value !== null) return Math.max(w, 3);
  return w;
}

/** The weight carried by a token. */
export function weightOf(token: Token): number {
  return token.weight;
}

/** Document frequencies of stems over a batch of sentences, each counted once. */
export interface LocalIdf {
  df: Map<string, number>;
  n: number;
}

/** Counts stem document frequencies over the sentences of a batch (a pairs file, a story). */
export function localIdf(sentences: Iterable<Token[]>): LocalIdf {
  const df = new Map<string, number>();
  let n = 0;
  for (const tokens of sentences) {
    n++;
    for (const s of new Set(tokens.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return { df, n };
}

/** Re-weighs tokens by blending the lexicon IDF with the batch's own IDF (words common in this batch count less); keeps the batch-only weight too. */
export function reweigh(tokens: Token[], local: LocalIdf, blend = 0.5): Token[] {
  const idfOf = (s: string) => {
    const count = local.df.get(s) ?? 0;
    return (1 - blend) * idf(s) + blend * Math.log((local.n + 1) / (count + 1));
  };
  const batchOf = (s: string) => Math.log((local.n + 1) / ((local.df.get(s) ?? 0) + 1));
  return tokens.map((t) => ({ ...t, weight: baseWeight(t, idfOf), batchWeight: baseWeight(t, batchOf) }));
}
