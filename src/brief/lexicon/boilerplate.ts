/** Lines that are page furniture, not news: ads, calls to action, reporter biographies. */

/** Whole-sentence furniture ("Advertisement", "Read more", "Click here to subscribe"). */
export const FURNITURE: readonly RegExp[] = [
  /^(advertisement|sponsored|promoted|ad)\.?$/i,
  /^(read|see) (more|also)\b/i,
  /\b(click|tap) here\b/i,
  /\bsubscribe (to|now|for)\b/i,
  /\bsign up (for|to)\b.*\bnewsletter\b/i,
  /\bfollow us on\b/i,
  /\ball rights reserved\b/i,
  /\b(download|get) (our|the) app\b/i,
  /^(share|share this|comments?|related( articles| stories)?|trending|also read)\b/i,
  /\bcopyright\b|©/i,
];

/**
 * Reporter biographies ("Ana Ruiz is a journalist with over five years of experience …",
 * "She believes that every voice matters").
 */
export const BIOGRAPHY: readonly RegExp[] = [
  /\bis an? (senior |staff |freelance |political |chief )?(journalist|reporter|correspondent|editor|writer|columnist)\b/i,
  /\b(over|more than) \w+ years of experience\b/i,
  /^(she|he|they) (believes?|is committed|enjoys?|loves?|has covered|holds? a degree)\b/i,
  /\b(music|travel|food|book) (enthusiast|lover)\b/i,
  /\bbeyond (her|his|their) work\b/i,
  /\b(reporting|writing) by\b.*\bediting by\b/i,
];
