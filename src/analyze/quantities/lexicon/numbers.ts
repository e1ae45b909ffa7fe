/** Number words, multipliers, units, ordinals and calendar words used to read quantities and dates. */

/** Cardinal number words → value ("three" → 3). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
  ['dozens', 24], ['hundreds', 200], ['thousands', 2000], ['a', 1], ['an', 1],
]);

/** Multipliers that scale the number before them ("5.5 million"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['mln', 1e6], ['bn', 1e9],
]);

/** Ordinal words → value ("third" → 3). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10],
]);

/** Units of measure (lower-case). */
export const UNITS: ReadonlySet<string> = new Set([
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'm', 'kg', 'tonnes',
  'tons', 'tonne', 'ton', 'barrels', 'litres', 'liters', 'mw', 'gw', 'kwh', 'degrees', 'hectares', 'acres',
]);

/** Units of time: a number before them is a duration ("four years"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades',
]);

/** Currency words and symbols. */
export const CURRENCIES: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₽', '₴', 'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'hryvnias', 'yuan', 'usd', 'eur']);

/** Day names → normalised day. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan.', 1], ['jan', 1], ['february', 2], ['feb.', 2], ['feb', 2], ['march', 3], ['mar.', 3], ['april', 4],
  ['apr.', 4], ['may', 5], ['june', 6], ['jun.', 6], ['july', 7], ['jul.', 7], ['august', 8], ['aug.', 8], ['september', 9],
  ['sept.', 9], ['sep.', 9], ['october', 10], ['oct.', 10], ['november', 11], ['nov.', 11], ['december', 12], ['dec.', 12],
]);

/** Relative day words kept as dates ("yesterday", "today"). */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
