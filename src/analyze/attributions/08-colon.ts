/** A cue that ends its line with a colon takes the next paragraph as content: "He said:\n\n“We have a situation …”". */
import type { SentenceRange } from '../sentences/index.js';
import { isQuoteMark, type Cue } from './02-cues.js';
import { phraseBefore } from './03-phrases.js';
import { contentAfter, spanOf, type Scope } from './04-content.js';
import type { RawAttribution } from './05-attribute.js';

/**
 * Attributes "X said:" at a sentence end to what follows: the sentence after it, or, when the colon ends its line, the
 * whole next paragraph (`paragraph` is that paragraph's last sentence, or the next sentence itself).
 */
export function attributeColon(scope: Scope, cue: Cue, next: SentenceRange | undefined, paragraph?: SentenceRange): RawAttribution | null {
  const { tokens, sentence } = scope;
  const colon = tokens[cue.last];
  if (!next || colon?.text !== ':' || cue.last + 1 < sentence.last) return null;
  const source = phraseBefore(tokens, cue.first, sentence.first);
  if (!source) return null;
  // A whole paragraph is taken as written (its inner commas and "but"s are the speaker's); one sentence is read as content.
  const last = paragraph ?? next;
  const content = paragraph && !isQuoteMark(tokens[next.first]) ? spanOf(tokens, next.first, last.last)
    : contentAfter({ ...scope, sentence: { ...next, last: last.last, end: last.end } }, next.first, last.last);
  return content ? { cue, source, content: [content], venueRange: null, tail: cue.last + 1 } : null;
}
