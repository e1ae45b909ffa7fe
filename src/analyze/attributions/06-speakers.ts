/** Resolves sources to entities ("Kremlin spokesman Dmitry Peskov" → Peskov; "he" → the last person named) and venues. */
import type { ArticleEntity } from '../../core/index.js';
import type { Token } from '../sentences/index.js';
import { AGENCIES } from '../entities/index.js';
import type { Range } from './03-phrases.js';

/** The entity step's output that speaker resolution reads. */
export interface EntityView {
  entities: ArticleEntity[];
  tokenEntity: Int32Array;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const COLLECTIVE = new Set(['it', 'they', 'we']);
const RELATIVE = new Set(['who', 'which', 'that']);

/** The entity a source names: its head word's entity, or the name beside an apposition ("Flynn, a top adviser,", "an aide, Ana Ruiz,"). */
export function sourceEntity(tokens: Token[], source: Range, view: EntityView): number | null {
  const end = headEnd(tokens, source);
  const head = view.tokenEntity[end - 1]!;
  if (head >= 0) return head;
  for (let k = source.first; k < source.last; k++) {
    if (tokens[k]!.text !== ',') continue;
    const before = view.tokenEntity[k - 1]!;
    if (before >= 0) return before;
    // "The Kremlin's foreign policy aide, Yuri Ushakov": a role first, the person's name in the apposition after it.
    for (let j = k + 1; j < source.last && tokens[j]!.text !== ','; j++) {
      const at = view.tokenEntity[j]!;
      if (at >= 0 && view.entities[at]!.kind === 'person') return at;
    }
    return null;
  }
  return null;
}

/** Where a phrase's head ends: before its first preposition ("an aide to Putin" → "an aide"). */
function headEnd(tokens: Token[], range: Range): number {
  for (let k = range.first + 1; k < range.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' && t.lower !== 'of' || t.text === ',' || t.text === '(') return k;
  }
  return range.last;
}

/** True when a source is a single pronoun ("he", "they", "who"). */
export function isPronoun(tokens: Token[], source: Range): boolean {
  const lower = tokens[source.first]!.lower;
  return source.last - source.first === 1 && (PERSONAL.has(lower) || COLLECTIVE.has(lower) || RELATIVE.has(lower));
}

/** Resolves a pronoun source to the nearest earlier entity of a fitting kind ("he" → last person, "it" → last organisation). */
export function resolvePronoun(tokens: Token[], source: Range, view: EntityView, lastSpeaker: number | null = null): number | null {
  const lower = tokens[source.first]!.lower;
  if (lastSpeaker !== null && PERSONAL.has(lower) && view.entities[lastSpeaker]!.kind === 'person') return lastSpeaker;
  const fits = (at: number): boolean => {
    const kind = view.entities[at]!.kind;
    if (PERSONAL.has(lower)) return kind === 'person';
    if (COLLECTIVE.has(lower)) return kind === 'organization' || (lower !== 'it' && kind === 'person');
    return kind === 'person' || kind === 'organization';
  };
  const limit = RELATIVE.has(lower) ? Math.max(0, source.first - 4) : Math.max(0, source.first - 600);
  for (let k = source.first - 1; k >= limit; k--) {
    const at = view.tokenEntity[k]!;
    if (at >= 0 && fits(at)) return at;
  }
  return null;
}

/** The venue a range names: an organisation entity or a known agency inside it ("Russian news agency TASS" → "TASS"). */
export function venueName(tokens: Token[], range: Range | null, view: EntityView): string | null {
  if (!range) return null;
  for (let k = headEnd(tokens, range) - 1; k >= range.first; k--) {
    const at = view.tokenEntity[k]!;
    if (at < 0) continue;
    const entity = view.entities[at]!;
    if (entity.kind === 'organization' || AGENCIES.has(entity.name.toLowerCase())) return entity.name;
  }
  const text = tokens.slice(range.first, range.last).map((t) => t.lower).join(' ');
  for (const agency of agenciesEnding(text)) {
    const words = tokens.slice(range.last - agency.split(' ').length, range.last);
    if (words.every((t) => t.lower === 'the' || /^\p{Lu}/u.test(t.text))) return words.map((t) => t.text).join(' ');
  }
  return null;
}

/** Each agency's place in AGENCIES, so matches are tried in the lexicon's order. */
const AGENCY_ORDER: ReadonlyMap<string, number> = new Map([...AGENCIES].map((agency, i) => [agency, i]));

/** The agencies `text` is, or ends with after a space, in AGENCIES order (a set look-up per word, not a scan of the lexicon). */
function agenciesEnding(text: string): string[] {
  const found: string[] = [];
  if (AGENCIES.has(text)) found.push(text);
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    const tail = text.slice(at + 1);
    if (AGENCIES.has(tail) && !found.includes(tail)) found.push(tail);
  }
  return found.length > 1 ? found.sort((a, b) => AGENCY_ORDER.get(a)! - AGENCY_ORDER.get(b)!) : found;
}
