/** Finds cues outside quotations: reporting verbs ("said", "told"), "according to", "was quoted as saying". */
import type { SentenceRange, Token } from '../sentences/index.js';
import { AS_VERBS, CLAUSE_ONLY, COGNITION_VERBS, CUE_PREFIX, CUE_VERBS, OBJECT_CUES, PARTICLE_CUES } from './lexicon/cues.js';
import { asFollows, bareClauseFollows, objectInfinitiveFollows } from './12-bare-clauses.js';
import { OBJECT_INFINITIVE } from './lexicon/stance.js';
import { isNominalCue } from './13-nominal-cues.js';
import { isAsPutIt } from './15-as-clauses.js';

/** How a cue relates its source and content. */
export type CueKind = 'verb' | 'according' | 'passive-quote' | 'participle' | 'nominal';

/** A cue: its token range [first, last), the reporting verb's index, and its kind. */
export interface Cue {
  first: number;
  last: number;
  verb: number;
  kind: CueKind;
  sentence: number;
}

/** Quote-mark tokens (a Set, not a regex: tested for many tokens of every sentence). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '"', "''", "'", '„', '«', '»']);

/** True for a quote-mark token. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARKS.has(token.text);
}

/** True when a clause-only verb is followed by a clause or quotation ("found that …", "continued: “…”"). */
function clauseFollows(tokens: Token[], at: number, last: number): boolean {
  for (let k = at; k < Math.min(last, at + 3); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || t.text === ':' || isQuoteMark(t) || (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'ADP' && t.text !== ',') return false;
  }
  return false;
}

/** Verbs that take clauses without reporting anything ("make sure that", "so that"). */
const NOT_CUES = new Set(['continues', 'continuing', 'signs', 'demands', 'expressed', 'defended', 'wanted', 'accusing', 'support', 'continued', 'think', 'thinks', 'thought', 'tell', 'continue', 'plans', 'plan', 'planned', 'make', 'makes', 'made', 'ensure', 'ensures', 'ensured', 'mean', 'means', 'meant', 'is', 'was', 'be', 'so', 'given', 'such', 'seem', 'seems', 'get', 'got', 'go', 'went', 'do', 'did', 'does', 'have', 'has', 'had', 'let', 'took', 'take', 'put', 'used', 'use']);

/** Any verb right before a quotation or a "that" clause reports something ("scolded him: “…”", "understood that …"). */
function genericCue(tokens: Token[], at: number, last: number, quoteOf: Int32Array): boolean {
  let k = at + 1;
  if (tokens[k]?.pos === 'PRON' && tokens[k]!.lower !== 'that') k++; // "told him", "scolded him"
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
  const t = tokens[k];
  if (!t || k >= last) return false;
  if (isQuoteMark(t) && quoteOf[k]! >= 0) return true;
  return t.lower === 'that' && t.pos === 'SCONJ';
}

/** True when a short subject and a closing quotation come right before a verb: "“…,” she continued." */
function afterQuotation(tokens: Token[], at: number, floor: number, quoteOf: Int32Array): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 5); k--) {
    const t = tokens[k]!;
    if (isQuoteMark(t) && quoteOf[k]! >= 0) return k < at - 1 && /^(?:[.,!?;:]|\p{Pd}|\s)*$/u.test(tokens[at + 1]?.text ?? '.');
    if (!/^(?:PRON|PROPN|NOUN|DET|ADJ)$/u.test(t.pos) && t.text !== '.') return false;
  }
  return false;
}

/** wink-nlp tags some participles as adjectives: "is promising lower taxes", ", promising to act" (not "a promising start"). */
function adjectiveParticiple(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  const before = tokens[at - 1];
  if (t.pos !== 'ADJ' || !/ing$/u.test(t.lower) || !CUE_VERBS.has(t.lower) || !before) return false;
  return before.pos === 'AUX' || before.text === ',' || (before.pos === 'ADV' && tokens[at - 2]?.pos === 'AUX');
}

/** Lists the cues of one sentence in token order; `quoteOf` masks tokens inside quotations. */
export function findCues(tokens: Token[], sentence: SentenceRange, index: number, quoteOf: Int32Array): Cue[] {
  const out: Cue[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i]!;
    if (quoteOf[i]! >= 0 || t.type !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({ first: i, last: i + 2, verb: i, kind: 'according', sentence: index });
      i++;
      continue;
    }
    if (isNominalCue(tokens, i, sentence.first)) {
      out.push({ first: i, last: i + 1, verb: i, kind: 'nominal', sentence: index });
      continue;
    }
    if (isAsPutIt(tokens, i, sentence.first)) {
      out.push({ first: i, last: i + 2, verb: i, kind: 'verb', sentence: index });
      i++;
      continue;
    }
    const reporting = CUE_VERBS.has(t.lower); // looked up once: this runs for every word token
    const generic = t.pos === 'VERB' && !NOT_CUES.has(t.lower) && genericCue(tokens, i, sentence.last, quoteOf);
    // "“…,” she continued." and "Holt continued: “…”": a reporting verb next to a quotation or a colon reports it.
    const tag = reporting && t.pos === 'VERB' && (tokens[i + 1]?.text === ':' || afterQuotation(tokens, i, sentence.first, quoteOf));
    if (!tag && ((!reporting && !PARTICLE_CUES.has(t.lower) && !generic) || (NOT_CUES.has(t.lower) && !generic))) continue;
    // wink-nlp tags some reporting verbs as nouns ("The Post reports that …"): accept them before a clause.
    const ahead = tokens[i + 1];
    const nounCue = t.pos === 'NOUN' && reporting && /s$/u.test(t.lower) && /^(?:PROPN|NOUN|PRON)$/u.test(tokens[i - 1]?.pos ?? '') &&
      (ahead?.lower === 'that' || ahead?.text === ':' || isQuoteMark(ahead) || (ahead?.text === '.' && tokens[i - 1]!.pos === 'PROPN'));
    if (t.pos !== 'VERB' && !nounCue && !(t.pos === 'NOUN' && /^(?:says|said)$/u.test(t.lower)) && !adjectiveParticiple(tokens, i)) continue;
    const before = tokens[i - 1];
    if (before?.lower === 'to' && i - 1 >= sentence.first) continue; // "declined to say": no report yet
    let last = i + 1;
    const particles = PARTICLE_CUES.get(t.lower);
    if (particles) {
      if (particles.has(tokens[i + 1]?.lower ?? '')) last = i + 2;
      else if (!OBJECT_CUES.has(t.lower) && !(tag && CLAUSE_ONLY.has(t.lower))) continue; // "She spoke: “…”" keeps its cue
    } else if (CLAUSE_ONLY.has(t.lower) && !tag && !clauseFollows(tokens, i + 1, sentence.last) &&
      !(COGNITION_VERBS.has(t.lower) && bareClauseFollows(tokens, i + 1, sentence.last)) && !(AS_VERBS.has(t.lower) && asFollows(tokens, i + 1, sentence.last)) &&
      !(OBJECT_INFINITIVE.has(t.lower) && objectInfinitiveFollows(tokens, i + 1, sentence.last))) continue;
    let kind: CueKind = 'verb';
    let first = i;
    while (first - 1 >= sentence.first && (CUE_PREFIX.has(tokens[first - 1]!.lower) || (tokens[first - 1]!.pos === 'ADV' && /ly$/u.test(tokens[first - 1]!.lower))) && quoteOf[first - 1]! < 0) first--;
    if (t.lower === 'quoted' && first < i && /^(?:was|is|were|been|are|being)$/u.test(tokens[i - 1]!.lower)) {
      kind = 'passive-quote';
      if (tokens[i + 1]?.lower === 'as' && tokens[i + 2]?.lower === 'saying') last = i + 3;
    } else if (/ing$/u.test(t.lower) && before && (before.text === ',' || before.lower === 'and' || before.lower === 'while' || before.lower === 'before' || before.lower === 'after')) {
      kind = 'participle';
    }
    const last_ = out[out.length - 1];
    if (t.lower === 'saying' && last_ && /^quot/u.test(tokens[last_.verb]!.lower) && i - last_.verb < 9) continue; // "quoted X (as) saying": one cue
    out.push({ first, last, verb: i, kind, sentence: index });
    i = last - 1;
  }
  return out;
}
