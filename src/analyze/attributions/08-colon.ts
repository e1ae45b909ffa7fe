/** A cue that ends its line with a colon takes the next paragraph as content: "He said:\n\n“We have a situation …”". */
import type { SentenceRange } from '../sentences/index.js';
import type { Cue } from './02-cues.js';
import { phraseBefore } from './03-phrases.js';
import { contentAfter, type Scope } from './04-content.js';
import type { RawAttribution } from './05-attribute.js';

/** Attributes "X said:" at a sentence end to the sentence that follows, or returns null. */
export function attributeColon(scope: Scope, cue: Cue, next: SentenceRange | undefined): RawAttribution | null {
  const { tokens, sentence } = scope;
  const colon = tokens[cue.last];
  if (!next || colon?.text !== ':' || cue.last + 1 < sentence.last) return null;
  const source = phraseBefore(tokens, cue.first, sentence.first);
  if (!source) return null;
  const content = contentAfter({ ...scope, sentence: next }, next.first, next.last);
  return content ? { cue, source, content: [content], venueRange: null, tail: cue.last + 1 } : null;
}
