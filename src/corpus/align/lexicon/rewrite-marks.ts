/** Traces machine rewriting leaves: a blank where a date or name was ("On , a Russian drone strike"), doubled punctuation. */
export const REWRITE_MARKS: readonly RegExp[] = [
  /\b(?:On|on|In|in|Since|since|By|by|Until|until|From|from|As of|as of) ,/g,
  /\b(?:the|a|an|of|to) [.,;]/g,
  /[^.\s] ,\s*,/g,
  /\(\s*\)/g,
  /\[\s*(?:date|name|city|source)?\s*\]/gi,
];
