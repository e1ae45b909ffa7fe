/** The headline of a plain-text article: a short first line followed by a blank line. */

/** Longest first line (characters) taken as a headline. */
const MAX_HEADLINE = 200;

/** Splits "Headline\n\nBody…" into the headline and the rest; returns null when the first line is not a headline. */
export function splitHeadline(text: string): { title: string; rest: string } | null {
  const m = /^[ \t]*([^\n]+?)[ \t]*\n[ \t]*\n/.exec(text);
  if (!m) return null;
  const line = m[1]!;
  const words = line.split(/\s+/).length;
  // A headline is short and has no sentence after its first one ("Kremlin renews invite. Talks resume." is body).
  if (line.length > MAX_HEADLINE || words < 2 || /[.!?]["”’]?\s+\p{Lu}/u.test(line)) return null;
  if (/[,;]$/.test(line) || /[^\p{Lu}]\.$/u.test(line)) return null;
  return { title: line.replace(/\s+/g, ' '), rest: text.slice(m[0].length) };
}
