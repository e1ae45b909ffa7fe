/** Honorifics, titles and role nouns: they mark the name that follows as a person and are kept as roles. */

/** Honorifics before a name ("Mr. Biden", "Dr. Lee"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'madam',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'gov.', 'sen.', 'rep.', 'rev.', 'pres.', 'amb.',
]);

/** Titles that may stand capitalised before a name ("President Vladimir Putin", "Foreign Minister Andrii Sybiha"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'deputy', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'senator', 'governor', 'mayor', 'secretary', 'general', 'colonel', 'lieutenant',
  'major', 'captain', 'sergeant', 'admiral', 'commander', 'chief', 'ambassador', 'envoy', 'special', 'speaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'congressman', 'congresswoman', 'judge', 'justice',
  'attorney', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'premier', 'sheikh', 'emir', 'crown',
  'patriarch', 'bishop', 'cardinal', 'father', 'officer', 'state', 'interior', 'finance', 'economy', 'first', 'lady',
  'former', 'acting', 'aide', 'adviser', 'advisor', 'nominee', 'candidate', 'democratic', 'republican', 'presidential',
  'national', 'security', 'policy', 'press', 'white', 'house',
]);

/** Role nouns that, lower-case, describe a person ("Kremlin spokesman", "Putin's aide", "a US official"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'minister', 'official',
  'officials', 'envoy', 'ambassador', 'leader', 'chief', 'secretary', 'senator', 'governor', 'mayor', 'general',
  'commander', 'head', 'director', 'chairman', 'negotiator', 'diplomat', 'lawmaker', 'prosecutor', 'candidate',
  'nominee', 'representative', 'premier', 'chancellor', 'king', 'deputy', 'analyst', 'expert', 'professor',
  'surrogate', 'strategist', 'manager', 'correspondent', 'reporter', 'editor', 'founder', 'ceo', 'executive',
]);

/** Calendar words: capitalised, but never names ("Thursday", "January"). */
export const CALENDAR: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.',
  'nov.', 'dec.', 'advertisement', 'read', 'also', 'photo', 'image', 'video', 'watch', 'click', 'subscribe',
]);
