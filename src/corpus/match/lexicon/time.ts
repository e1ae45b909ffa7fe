/** Month and weekday names with their abbreviations, each mapped to the full name ("feb" → "february", "tues" → "tuesday"). */

/** Reads "full:short,short full …" into a map from every spelling to the full name. */
function spellings(list: string): ReadonlyMap<string, string> {
  return new Map(list.split(/\s+/).filter(Boolean).flatMap((entry) => {
    const [full, short] = entry.split(':') as [string, string | undefined];
    return [[full, full], ...(short ?? '').split(',').filter(Boolean).map((s) => [s, full])] as [string, string][];
  }));
}

/** Month names and their abbreviations, each mapped to the month ("feb" → "february"). */
export const MONTHS = spellings(`january:jan february:feb march:mar april:apr may june:jun july:jul august:aug september:sep,sept
  october:oct november:nov december:dec`);

/** Weekday names and their unambiguous abbreviations, each mapped to the day ("tues" → "tuesday"). */
export const WEEKDAYS = spellings('monday:mon tuesday:tue,tues wednesday:wed thursday:thu,thur,thurs friday:fri saturday sunday');
