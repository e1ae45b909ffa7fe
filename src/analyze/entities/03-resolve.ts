/** Groups candidates into the article's entities: same canonical key, or a surname of a person named in full. */
import type { ArticleEntity, EntityKind } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import type { Candidate } from './01-candidates.js';
import { classify, isKnownName, type Guess } from './02-classify.js';
import { canonicalKey } from './canonical-key.js';

/** A mention while resolving: its candidate and the index of its entity. */
export interface ResolvedMention {
  candidate: Candidate;
  entity: number;
}

/** Builds entities from candidates: "Dmitry Peskov" … "Peskov" become one person, named by the fullest form. */
export function resolveCandidates(all: Candidate[], tokens: Token[]): { entities: ArticleEntity[]; mentions: ResolvedMention[] } {
  const candidates = confirmWeak(all);
  const guesses = candidates.map((c) => classify(c, tokens));
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const entities: ArticleEntity[] = [];
  const kinds: Guess[] = [];
  // Full names first, so a lone "Peskov" before "Dmitry Peskov" still finds its person.
  const order = candidates.map((_, i) => i).sort((a, b) => (candidates[b]!.last - candidates[b]!.first) - (candidates[a]!.last - candidates[a]!.first) || a - b);
  const entityOf = new Array<number>(candidates.length);
  for (const i of order) {
    const candidate = candidates[i]!;
    const key = canonicalKey(candidate.name); // memoised in canonical-key.ts
    if (key.length === 0) { entityOf[i] = -1; continue; }
    let at = byKey.get(key) ?? (key.includes(' ') ? undefined : bySurname.get(key));
    if (at === undefined) {
      at = entities.length;
      entities.push({ name: candidate.name, kind: 'other', key, aliases: [], roles: [], mentions: [] });
      kinds.push(guesses[i]!);
      byKey.set(key, at);
      if (guesses[i] === 'person' && key.includes(' ')) {
        const parts = key.split(' ');
        const surname = parts[parts.length - 1]!;
        if (!bySurname.has(surname)) bySurname.set(surname, at);
      }
    } else if (kinds[at] === 'unknown' || kinds[at] === 'other') {
      if (guesses[i] !== 'unknown') kinds[at] = guesses[i]!;
    }
    entityOf[i] = at;
  }
  const mentions: ResolvedMention[] = [];
  candidates.forEach((candidate, i) => {
    const at = entityOf[i]!;
    if (at < 0) return;
    const entity = entities[at]!;
    entity.mentions.push({ start: candidate.start, end: candidate.end });
    if (candidate.name !== entity.name && !entity.aliases.includes(candidate.name)) entity.aliases.push(candidate.name);
    for (const role of candidate.roles) if (!entity.roles.includes(role)) entity.roles.push(role);
    if (candidate.titled && (kinds[at] === 'unknown' || kinds[at] === 'other')) kinds[at] = 'person';
    mentions.push({ candidate, entity: at });
  });
  entities.forEach((entity, at) => { entity.kind = settle(kinds[at]!, entity); });
  return { entities, mentions };
}

/** Settles a lone unknown name: one that carries a role is a person, else `other`. */
function settle(guess: Guess, entity: ArticleEntity): EntityKind {
  if (guess !== 'unknown') return guess;
  return entity.roles.length > 0 ? 'person' : 'other';
}

/** Drops title-case candidates the body never confirms: a lexicon name, or a key or surname seen in a body sentence. */
function confirmWeak(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.weak)) return candidates;
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.weak) continue;
    const key = canonicalKey(c.name);
    seen.add(key);
    for (const word of key.split(' ')) seen.add(word);
  }
  return candidates.filter((c) => !c.weak || isKnownName(c.name) || canonicalKey(c.name).split(' ').every((w) => seen.has(w)));
}
