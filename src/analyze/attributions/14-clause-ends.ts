/**
 * Where reported words end when the cue sits in a subordinate clause: "While aides insisted that X, the campaign did Y"
 * ends at the comma before the main clause; "Obama, who understood that X, told aides …" ends before the main verb.
 */
import type { Token } from '../sentences/index.js';
import { bareClauseFollows } from './12-bare-clauses.js';
import type { Range } from './03-phrases.js';
import type { Scope } from './04-content.js';

/** Words that open a subordinate clause or a framing phrase at the start of a sentence. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'when', 'after', 'before',
  'once', 'unless', 'until', 'even', 'despite', 'contrary', 'unlike', 'amid']);
const RELATIVES = new Set(['who', 'which']);
/** How far the main clause is looked for after a cue, in tokens: keeps the work per cue constant. */
const MAX_CLAUSE = 80;

/** True when the sentence opens with a subordinator, after at most one conjunction ("But while …"). */
function opensSubordinate(tokens: Token[], first: number, cueFirst: number): boolean {
  let k = first;
  if (tokens[k]?.pos === 'CCONJ') k++;
  return k < cueFirst && SUBORDINATORS.has(tokens[k]!.lower);
}

/** The end of the content after a cue in [from, end): the comma where the main clause resumes, or `end`. */
export function subordinateEnd(scope: Scope, source: Range | null, cueFirst: number, from: number, end: number): number {
  const { tokens, quoteOf, sentence } = scope;
  const relative = source !== null && source.last - source.first === 1 && RELATIVES.has(tokens[source.first]!.lower) && tokens[source.first - 1]?.text === ',';
  if (!relative && !opensSubordinate(tokens, sentence.first, cueFirst)) return end;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_CLAUSE); k++) {
    if (tokens[k]!.text !== ',' || quoteOf[k]! >= 0 || quoteOf[k + 1]! >= 0) continue;
    const next = tokens[k + 1]!;
    if (relative ? next.pos === 'VERB' || next.pos === 'AUX' : bareClauseFollows(tokens, k + 1, end)) return k;
  }
  return end;
}

/** Words that open an adverbial clause fronted inside reported words ("that if …, …"). */
const FRONTED = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'once', 'unless', 'after', 'before', 'since', 'as']);

/** True when the words after a cue open with "that" and a fronted adverbial: "that if …", "that at one meeting, …". */
export function frontedAdverbial(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'that') return false;
  const next = tokens[at + 1];
  return next !== undefined && (FRONTED.has(next.lower) || next.pos === 'ADP');
}
