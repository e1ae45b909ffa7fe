/** A participle cue that opens its sentence: "Claiming the vote was rigged, Orlov left." → Orlov claims "the vote was rigged". */
import { isQuoteMark, type Cue } from './02-cues.js';
import { phraseAfter } from './03-phrases.js';
import { contentAfter, type Scope } from './04-content.js';
import type { RawAttribution } from './05-attribute.js';

/** How far the comma closing the participle phrase is looked for, in tokens. */
const MAX_PHRASE = 40;

/** Attributes a sentence-initial "-ing" cue to the subject after its phrase's comma; null for any other shape. */
export function frontedParticiple(scope: Scope, cue: Cue, end: number): RawAttribution | null {
  const { tokens, sentence, quoteOf } = scope;
  if (cue.kind !== 'verb' || cue.first !== sentence.first || !/ing$/u.test(tokens[cue.verb]!.lower)) return null;
  let comma = -1;
  for (let k = cue.last + 1; k < Math.min(end - 1, cue.last + MAX_PHRASE); k++) {
    if (tokens[k]!.text !== ',') continue;
    if (quoteOf[k]! < 0) { comma = k; break; }
    // A comma inside the closing mark: "Bemoaning the “phony system,” Orlov …".
    if (isQuoteMark(tokens[k + 1]) && quoteOf[k + 2]! < 0) { comma = k + 1; break; }
  }
  if (comma < 0) return null;
  const source = phraseAfter(tokens, comma + 1, end);
  const content = contentAfter(scope, cue.last, comma);
  if (!source || !content) return null;
  const verb = tokens[source.last];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX' && verb.pos !== 'ADV')) return null; // the subject must go on to a verb
  return { cue, source, content: [content], venueRange: null, tail: end };
}
