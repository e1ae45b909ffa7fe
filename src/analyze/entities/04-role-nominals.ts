/** Links role nominals to the person who holds the role: "the Kremlin spokesman" → Dmitry Peskov. */
import type { ArticleEntity } from '../../core/index.js';
import type { SentenceRange, Token } from '../sentences/index.js';
import type { Candidate } from './01-candidates.js';
import type { ResolvedMention } from './03-resolve.js';
import { ROLE_NOUNS } from './lexicon/people.js';

/** Role nouns that name the same job ("spokesman" and "spokesperson"). */
const SAME_ROLE: Record<string, string> = { spokesman: 'spokes', spokeswoman: 'spokes', spokesperson: 'spokes', adviser: 'advis', advisor: 'advis' };

function roleStem(word: string): string {
  return SAME_ROLE[word] ?? word;
}

/** Adds a mention for each "the <qualifier> <role>" whose role matches exactly one person's recorded roles. */
export function linkRoleNominals(tokens: Token[], sentences: SentenceRange[], entities: ArticleEntity[], mentions: ResolvedMention[]): ResolvedMention[] {
  const holders = new Map<string, Set<number>>();
  entities.forEach((entity, at) => {
    if (entity.kind !== 'person') return;
    for (const role of entity.roles) {
      const words = role.toLowerCase().split(/\s+/u);
      const stem = roleStem(words[words.length - 1]!);
      if (!holders.has(stem)) holders.set(stem, new Set());
      holders.get(stem)!.add(at);
    }
  });
  const added: ResolvedMention[] = [];
  sentences.forEach((sentence, index) => {
    for (let i = sentence.first; i < sentence.last; i++) {
      if (tokens[i]!.lower !== 'the') continue;
      let j = i + 1;
      while (j < sentence.last && j < i + 4 && !ROLE_NOUNS.has(tokens[j]!.lower) && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN')) j++;
      const head = tokens[j];
      if (!head || j >= sentence.last || !ROLE_NOUNS.has(head.lower)) continue;
      const next = tokens[j + 1];
      if (next && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') continue; // "the spokesman Dmitry Peskov": the name is the mention
      const qualifiers = tokens.slice(i + 1, j).map((t) => t.lower);
      const candidates = [...(holders.get(roleStem(head.lower)) ?? [])].filter((at) =>
        qualifiers.every((q) => entities[at]!.roles.some((r) => r.toLowerCase().includes(q))));
      if (candidates.length !== 1) continue;
      const entity = candidates[0]!;
      const text = tokens.slice(i, j + 1).map((t) => t.text).join(' ');
      const candidate: Candidate = { first: i, last: j + 1, start: tokens[i]!.start, end: head.end, name: text, roles: [], titled: true, sentence: index, weak: false };
      entities[entity]!.mentions.push({ start: candidate.start, end: candidate.end });
      if (!entities[entity]!.aliases.includes(text)) entities[entity]!.aliases.push(text);
      added.push({ candidate, entity });
      i = j;
    }
  });
  if (added.length === 0) return mentions;
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return [...mentions, ...added].sort((a, b) => a.candidate.start - b.candidate.start);
}
