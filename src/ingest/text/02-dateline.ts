/** The dateline at the start of a body: "New Delhi:", "WASHINGTON (Reuters) -", "LONDON, Jan 5 (AP) —". */

/** Label words that look like a dateline but are not places ("Update:", "Editor's note:"). */
const NOT_PLACES = new Set([
  'update', 'updated', 'note', 'editor', "editor's note", 'editors note', 'correction', 'exclusive', 'breaking', 'watch',
  'listen', 'read', 'also read', 'opinion', 'analysis', 'summary', 'warning', 'disclaimer', 'live', 'video', 'photo',
  'q', 'a', 'answer', 'question', 'transcript', 'source', 'sources', 'key points', 'highlights', 'context', 'background',
]);

const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ -]\\p{Lu}[\\p{L}.'’-]*){0,3}";
const DATE = '(?:,\\s*(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?)(?:,?\\s+\\d{4})?)?';
const AGENCY = '(?:\\s*\\([\\p{L} .&-]{2,30}\\))?';
/** Place (optional ", Region"), optional date, optional "(Agency)", then ":" or a dash, then the body. */
const DATELINE = new RegExp(`^(${PLACE}(?:,\\s*${PLACE})?${DATE}${AGENCY})\\s*(?::|\\s[-–—]{1,2})\\s+(?=[\\p{Lu}\\p{N}"“‘'])`, 'u');

/** Splits a dateline off the first paragraph: "New Delhi: Russia has …" → { dateline: "New Delhi", rest: "Russia has …" }. */
export function splitDateline(paragraph: string): { dateline: string; rest: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const dateline = m[1]!.trim();
  const place = dateline.replace(/\s*\(.*\)$/, '').split(',')[0]!.toLowerCase();
  if (NOT_PLACES.has(place) || place.split(/\s+/).length > 4) return null;
  return { dateline, rest: paragraph.slice(m[0].length) };
}
