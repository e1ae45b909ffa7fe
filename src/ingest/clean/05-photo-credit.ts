/** Removes photo credits and captions: "Photo: Reuters", "(AP Photo/Jane Doe, File)", "Image credit: Getty Images". */
import type { CleanRule } from './rule.js';

/** A credit label at the start: "Photo: …", "Image credit — …", "File photo | …". */
const LABEL = /^[([]?\s*(?:(?:file |representative |representational |feature |top |main |lead )?(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|video)(?: credits?)?|credits?|courtesy|source)\s*(?:[:|/—–]|by\b)/i;
/** A credit at the end: "(AP Photo/Alan Diaz, File)", "/ Reuters", "(Getty Images)". */
const TRAILER = /(?:\((?:[\w .'-]*\b(?:photo|photos|images|pic|file|credit)\b[^)]*|ap|afp|reuters|pti|ani|ians|epa|getty images|shutterstock)\)|\/\s*(?:reuters|afp|ap|getty images|shutterstock|epa|pti|ani)|\bgetty images|\bshutterstock)\s*\.?$/i;

/** Longest caption (characters) removed; a longer block is body text that merely ends in a credit. */
const MAX_CAPTION = 300;

/** True for a photo credit or a caption ending in one. */
export function isPhotoCredit(text: string): boolean {
  if (text.length > MAX_CAPTION) return false;
  return LABEL.test(text) || TRAILER.test(text);
}

/** Drops photo credits and captions. */
export const photoCredit: CleanRule = {
  name: 'photo-credit',
  removes: 'photo credits and captions',
  apply: (blocks) => blocks.filter((b) => !isPhotoCredit(b.text)),
};
