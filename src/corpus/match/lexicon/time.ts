/** Month names and their abbreviations, each mapped to the month ("feb" → "february"). */
export const MONTHS: ReadonlyMap<string, string> = new Map(
  `january:jan february:feb march:mar april:apr may june:jun july:jul august:aug september:sep,sept october:oct
  november:nov december:dec`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const [month, short] = entry.split(':') as [string, string | undefined];
      return [[month, month], ...(short ?? '').split(',').filter(Boolean).map((s) => [s, month])] as [string, string][];
    }),
);

/** Weekday names and their unambiguous abbreviations, each mapped to the day ("tues" → "tuesday"). */
export const WEEKDAYS: ReadonlyMap<string, string> = new Map(
  `monday:mon tuesday:tue,tues wednesday:wed thursday:thu,thur,thurs friday:fri saturday sunday`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const [day, short] = entry.split(':') as [string, string | undefined];
      return [[day, day], ...(short ?? '').split(',').filter(Boolean).map((s) => [s, day])] as [string, string][];
    }),
);
