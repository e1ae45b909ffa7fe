/** Joins each article's entities across the story by canonical key, and a lone surname to the one full name it ends ("Peskov" → "Dmitry Peskov"). */
import type { ArticleAnalysis, Citation, EntityKind, StoryEntity } from '../../core/index.js';

/** The story's entities, and the story entity id of each article's entity index. */
export interface JoinedEntities {
  entities: StoryEntity[];
  /** idOf[articleIndex][entityIndex] → story entity id. */
  idOf: string[][];
}

/** A url-safe id from a key ("dmitry peskov" → "ent-dmitry-peskov"). */
function slug(key: string): string {
  return `ent-${key.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
}

/** Most frequent value, ties to the longest. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

/** Joins entities; `articleIds[i]` is the id of the article analysed in `analyses[i]`. */
export function joinEntities(analyses: ArticleAnalysis[], articleIds: string[]): JoinedEntities {
  const keyOf = new Map<string, string>();
  const allKeys = new Set(analyses.flatMap((a) => a.entities.map((e) => e.key)));
  const multi = [...allKeys].filter((k) => k.includes(' '));
  for (const key of allKeys) {
    const endsIt = key.includes(' ') ? [] : multi.filter((m) => m.endsWith(` ${key}`));
    keyOf.set(key, endsIt.length === 1 ? endsIt[0]! : key);
  }
  const groups = new Map<string, { names: string[]; kinds: EntityKind[]; aliases: Set<string>; roles: Set<string>; mentions: Citation[] }>();
  const idOf: string[][] = analyses.map((analysis, ai) => analysis.entities.map((entity) => {
    const key = keyOf.get(entity.key) ?? entity.key;
    let group = groups.get(key);
    if (group === undefined) {
      group = { names: [], kinds: [], aliases: new Set(), roles: new Set(), mentions: [] };
      groups.set(key, group);
    }
    group.names.push(entity.name);
    group.kinds.push(entity.kind);
    for (const alias of [entity.name, ...entity.aliases]) group.aliases.add(alias);
    for (const role of entity.roles) group.roles.add(role);
    for (const m of entity.mentions) group.mentions.push({ article: articleIds[ai]!, start: m.start, end: m.end });
    return slug(key);
  }));
  const entities: StoryEntity[] = [...groups].map(([key, g]) => {
    const fullest = Math.max(...g.names.map((n) => n.split(/\s+/).length));
    const name = mostCommon(g.names.filter((n) => n.split(/\s+/).length === fullest));
    const typed = g.kinds.filter((k) => k !== 'other');
    const entity: StoryEntity = {
      id: slug(key), name, kind: typed.length > 0 ? (mostCommon(typed) as EntityKind) : 'other',
      aliases: [...g.aliases].filter((a) => a !== name).sort(), mentions: g.mentions,
    };
    if (g.roles.size > 0) entity.roles = [...g.roles].sort();
    return entity;
  });
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  return { entities, idOf };
}
