/** Transliteration-insensitive keys for names: "Zelenskyy", "Zelensky" and "Zelenskiy" share one key. */

/** Spelling variants of the same sound in romanised Slavic and Arabic names, applied in order to a lower-cased word. */
const RULES: Array<[RegExp, string]> = [
  [/(?:yy|iy|ii|yi|ij|yj)$/u, 'y'], // Zelenskyy / Zelenskiy / Andrii → -y
  [/([aeiou])i$/u, '$1y'], // Sergei → Sergey
  [/([^aeiouy])i$/u, '$1y'], // Dmitri → Dmitry
  [/ye/gu, 'e'], // Zaporozhye → zaporozhe
  [/kh/gu, 'h'], // Kharkiv / Harkiv
  [/ph/gu, 'f'],
  [/w/gu, 'v'], // Kasparow / Kasparov
  [/j/gu, 'y'],
  [/(.)\1+/gu, '$1'], // doubled letters: Zaporizhzhia / Zaporizhia keep one key
];

/** Known exonyms and transliterations that rules cannot derive, mapped to one spelling. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'], ['kyiv', 'kyiv'], ['odessa', 'odesa'], ['lugansk', 'luhansk'], ['zaporozhe', 'zaporizhzhia'],
  ['zaporizhia', 'zaporizhzhia'], ['zaporozhye', 'zaporizhzhia'], ['u.s.', 'united states'], ['us', 'united states'], ['usa', 'united states'],
  ['america', 'united states'], ['uk', 'united kingdom'], ['britain', 'united kingdom'], ['great britain', 'united kingdom'],
  ['uae', 'united arab emirates'], ['turkiye', 'turkey'], ['donbass', 'donbas'], ['rt', 'russia today'],
  ['the associated press', 'associated press'], ['ap', 'associated press'], ['agence france-presse', 'afp'],
]);

/** Removes accents ("Élysée" → "elysee") and lower-cases. */
function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Keys already computed: a text names the same people in every segment, and each key costs a dozen regex passes. */
const memo = new Map<string, string>();
/** Most names memoised; the memo is emptied past it, so a long-running process does not grow without bound. */
const MEMO_LIMIT = 20_000;

/** The canonical key of a name: folded, punctuation dropped, each word normalised by the transliteration rules. */
export function canonicalKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeKey(name);
    memo.set(name, key);
  }
  return key;
}

/** canonicalKey without the memo. */
function computeKey(name: string): string {
  const folded = fold(name).replace(/[’']s$/u, '').replace(/[’'`]/gu, '').replace(/\s+/gu, ' ').trim();
  const known = ALIASES.get(folded);
  const base = known ?? folded;
  const words = base.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words
    .map((word) => {
      let w = word;
      for (const [pattern, replacement] of RULES) w = w.replace(pattern, replacement);
      return w;
    })
    .join(' ');
}
