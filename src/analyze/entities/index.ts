/** Entities of one article: people, organisations and places from proper-noun runs, resolved within the article. */
import type { ArticleEntity, Mention } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import { findCandidates } from './01-candidates.js';
import { resolveCandidates } from './03-resolve.js';
import { linkRoleNominals } from './04-role-nominals.js';
import { linkRoleOnly, splitRoleOnly } from './05-role-only.js';

export { canonicalKey } from './canonical-key.js';
export { isAgency } from './02-classify.js';
export { AGENCIES } from './lexicon/organizations.js';

/** What the entity step found: entities, their mentions, and for each token the entity it belongs to (or -1). */
export interface EntityResult {
  entities: ArticleEntity[];
  mentions: Mention[];
  tokenEntity: Int32Array;
}

/** Finds and resolves the entities of a tokenized article. */
export function findEntities(tokens: Token[], sentences: SentenceRange[]): EntityResult {
  // Role-only mentions ("President") are linked to the person holding the role after names are resolved, never made people.
  const { names, roles } = splitRoleOnly(findCandidates(tokens, sentences), tokens);
  const resolved = resolveCandidates(names, tokens);
  const all = linkRoleOnly(roles, resolved.entities, linkRoleNominals(tokens, sentences, resolved.entities, resolved.mentions));
  const tokenEntity = new Int32Array(tokens.length).fill(-1);
  const mentions: Mention[] = [];
  for (const m of all) {
    mentions.push({ start: m.candidate.start, end: m.candidate.end, entity: m.entity });
    for (let t = m.candidate.first; t < m.candidate.last; t++) tokenEntity[t] = m.entity;
  }
  return { entities: resolved.entities, mentions, tokenEntity };
}
