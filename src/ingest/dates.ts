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
  for (const candidate of [text, tidy(text), text.replace(/ /, 'T')]) {
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
