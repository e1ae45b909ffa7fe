/** Normalises the many date spellings of pages and feeds to ISO 8601. */

/** Time-zone abbreviations seen in feeds beyond those Date.parse knows, as offsets. */
const ZONES: Record<string, string> = {
  UTC: '+0000', UT: '+0000', GMT: '+0000', Z: '+0000', BST: '+0100', CET: '+0100', CEST: '+0200', EET: '+0200',
  EEST: '+0300', MSK: '+0300', IST: '+0530', JST: '+0900', KST: '+0900', AEST: '+1000', AEDT: '+1100',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  HKT: '+0800', SGT: '+0800', WIB: '+0700', PKT: '+0500', NZST: '+1200', NZDT: '+1300', WET: '+0000', WEST: '+0100',
};

/** Month names and abbreviations in a few languages feeds use, to English. */
const MONTHS: Record<string, string> = {
  janv: 'Jan', févr: 'Feb', fevr: 'Feb', mars: 'Mar', avr: 'Apr', mai: 'May', juin: 'Jun', juil: 'Jul', août: 'Aug',
  sept: 'Sep', déc: 'Dec', okt: 'Oct', dez: 'Dec', mär: 'Mar', mrz: 'Mar', ene: 'Jan', abr: 'Apr', ago: 'Aug', dic: 'Dec',
};

/** Rewrites a free-form date into something Date.parse understands. */
function tidy(raw: string): string {
  let s = raw.trim().replace(/\s+/g, ' ');
  s = s.replace(/^[A-Za-zéû]{2,9}\.?,\s*/, ''); // weekday: "Tue, 10 Jun 2003" → "10 Jun 2003"
  s = s.replace(/\b([A-Za-zéûä]{3,5})\.?(?=\s)/g, (m, w: string) => MONTHS[w.toLowerCase()] ?? m);
  s = s.replace(/\s([A-Z]{1,4})$/, (m, zone: string) => (ZONES[zone] ? ` ${ZONES[zone]}` : m));
  s = s.replace(/(\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}):?(\d{2})$/, '$1 $2$3');
  return s;
}

/** A plausible publication time: not before 1990, not more than two days past `now` when given. */
function plausible(date: Date, now?: Date): boolean {
  const t = date.getTime();
  if (Number.isNaN(t) || t < Date.UTC(1990, 0, 1)) return false;
  return now === undefined || t < now.getTime() + 2 * 86_400_000;
}

/** Parses a date string ("Tue, 10 Jun 2003 04:00:00 GMT", "2019-02-07T10:01:00+05:30", "2019-02-07") to ISO, or null. */
export function normalizeDate(raw: string | null | undefined, now?: Date): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (text === '') return null;
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const date = new Date(Number(text) * (text.length === 10 ? 1000 : 1));
    return plausible(date, now) ? date.toISOString() : null;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return plausible(new Date(`${text}T00:00:00Z`), now) ? `${text}T00:00:00.000Z` : null;
  // A time without a zone is read as UTC, never as the machine's local time.
  const hasClock = /\d{1,2}:\d{2}/.test(text);
  const zoned = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[A-Z]{2,4}T))$/i.test(text);
  const isoLike = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text);
  const candidates = isoLike ? [`${text.replace(' ', 'T')}Z`] : zoned ? [text, tidy(text)]
    : hasClock ? [`${tidy(text)} GMT`, `${text} GMT`] : [`${tidy(text)} 00:00 GMT`, tidy(text)];
  if (!zoned && !isoLike) candidates.push(text);
  for (const candidate of candidates) {
    const date = new Date(candidate);
    if (plausible(date, now)) return date.toISOString();
  }
  return null;
}

/** A date written in a URL path ("/2018/10/05/story"), as ISO, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const m = url ? /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url) : null;
  if (!m) return null;
  return normalizeDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "Feb 16, 2018", "16 February 2018", "2018-02-16", each with an optional "6:45 PM" nearby. */
const TEXT_DATES = [
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), month: 1, day: 2, year: 3 },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'i'), month: 2, day: 1, year: 3 },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, month: 2, day: 3, year: 1 },
];

/** A date written in running text ("Posted: Fri 6:45 PM, Feb 16, 2018"), as ISO (UTC; the time when one is written), or null. */
export function dateFromText(text: string | null | undefined, now?: Date): string | null {
  if (!text) return null;
  for (const { re, month, day, year } of TEXT_DATES) {
    const m = re.exec(text);
    if (!m) continue;
    const monthText = m[month]!;
    const mm = /^\d+$/.test(monthText) ? Number(monthText) : MONTH_NAMES.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
    const dd = Number(m[day]);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) continue;
    const clock = /\b(\d{1,2}):(\d{2})\s*([ap])\.?m\.?/i.exec(text) ?? /\b(\d{1,2}):(\d{2})\b/.exec(text);
    let hours = clock ? Number(clock[1]) % 24 : 0;
    if (clock?.[3]) hours = (hours % 12) + (clock[3].toLowerCase() === 'p' ? 12 : 0);
    const date = new Date(Date.UTC(Number(m[year]), mm - 1, dd, hours, clock ? Number(clock[2]) : 0));
    if (date.getUTCDate() !== dd) continue;
    return normalizeDate(date.toISOString(), now);
  }
  return null;
}
