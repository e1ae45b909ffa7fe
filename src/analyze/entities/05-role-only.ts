/** Role-only mentions ("President", "Ukrainian President", "U.S. Official"): the one person holding that role, or none. */
import type { ArticleEntity } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import { isRoleOnly, type Candidate } from './01-candidates.js';
import { isKnownName } from './02-classify.js';
import type { ResolvedMention } from './03-resolve.js';

/**
 * Starts of role-only candidates written as a role nominal ("the Ukrainian President"). These keep their own entity for
 * now: linking them to the role holder re-attributes "He suggested …" in the seeds, after which the brief builder stops
 * showing the outlets' disagreement (see the report); 04-role-nominals still records the nominal on the holder.
 */
function roleNominalStarts(tokens: Token[], candidates: Candidate[]): Set<number> {
  const out = new Set<number>();
  for (const c of candidates) {
    let k = c.first - 1;
    while (k >= 0 && k > c.first - 5 && tokens[k]!.type === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
    if (tokens[k]?.lower === 'the') out.add(c.start);
  }
  return out;
}

/** Splits candidates into names and role-only mentions, which must not become people of their own. */
export function splitRoleOnly(candidates: Candidate[], tokens: Token[]): { names: Candidate[]; roles: Candidate[] } {
  const names: Candidate[] = [];
  const roles: Candidate[] = [];
  const nominal = roleNominalStarts(tokens, candidates);
  for (const c of candidates) (isRoleOnly(tokens, c.first, c.last) && !isKnownName(c.name) && !nominal.has(c.start) ? roles : names).push(c);
  return { names, roles };
}

/** The lower-case words of a role without stop words: "the Ukrainian President" → ["ukrainian", "president"]. */
function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter((w) => w.length > 0 && w !== 'the' && w !== 'of');
}

/**
 * Links each role-only mention to the single person whose recorded roles contain all its words ("Ukrainian President" →
 * the person seen as "Ukrainian President Volodymyr Zelenskyy"); a mention that fits no one, or several people, is dropped.
 * Mentions already covered by another mention (a role nominal "the Ukrainian President") are skipped.
 */
export function linkRoleOnly(roles: Candidate[], entities: ArticleEntity[], mentions: ResolvedMention[]): ResolvedMention[] {
  if (roles.length === 0) return mentions;
  const people = entities.map((e, at) => ({ e, at, roles: e.roles.map(words) })).filter((p) => p.e.kind === 'person' && p.roles.length > 0);
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.candidate.first; t < m.candidate.last; t++) covered.add(t);
  const added: ResolvedMention[] = [];
  for (const candidate of roles) {
    if (covered.has(candidate.first)) continue;
    const wanted = [...candidate.roles.flatMap(words), ...words(candidate.name)];
    const holders = people.filter((p) => p.roles.some((r) => wanted.every((w) => r.includes(w))));
    if (holders.length !== 1) continue;
    const entity = holders[0]!.e;
    entity.mentions.push({ start: candidate.start, end: candidate.end });
    if (!entity.aliases.includes(candidate.name)) entity.aliases.push(candidate.name);
    added.push({ candidate, entity: holders[0]!.at });
  }
  if (added.length === 0) return mentions;
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return [...mentions, ...added].sort((a, b) => a.candidate.start - b.candidate.start);
}
