/** Titles and institutions, not persons: a speaker called only "President" or "Foreign Ministry" cannot be one side of a who-said clash. */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'prime', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chancellor', 'king', 'queen',
  'governor', 'mayor', 'general', 'secretary', 'senator', 'ambassador', 'chief', 'director', 'chairman', 'chairwoman', 'foreign', 'deputy',
  'the', 'vice', 'aide', 'adviser', 'advisor', 'leader', 'premier',
  'ministry', 'office', 'government', 'department', 'agency', 'committee', 'council', 'kremlin', 'administration',
]);

/** True when a name is made only of titles ("President", "the Prime Minister"). */
export function isBareTitle(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TITLES.has(w));
}
