/** Detects an article's language with franc-min, restricted to a whitelist of news languages. */
import { franc } from 'franc-min';

/** ISO 639-3 codes franc may answer, mapped to the ISO 639-1 codes articles carry. */
const WHITELIST: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  tur: 'tr', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', bul: 'bg',
  bel: 'be', srp: 'sr', hrv: 'hr', pes: 'fa', urd: 'ur', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el',
  tha: 'th', heb: 'he', swh: 'sw', tgl: 'tl', mar: 'mr', tam: 'ta', tel: 'te', kaz: 'kk', azj: 'az', uzn: 'uz',
};

/** The 639-1 codes we answer with. */
const KNOWN = new Set(Object.values(WHITELIST));

/** Shortest text (characters) franc is asked about; below it the declared language wins. */
const MIN_LENGTH = 60;

/** A declared language tag ("en-GB", "EN_us") reduced to a known 639-1 code, or null. */
export function languageFromTag(tag: string | null | undefined): string | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return KNOWN.has(code) ? code : null;
}

/** The language of a text (639-1), falling back to the declared tag when the text is short or unclear. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const fallback = languageFromTag(declared);
  if (text.length < MIN_LENGTH) return fallback;
  const code = franc(text.slice(0, 1000), { only: Object.keys(WHITELIST), minLength: MIN_LENGTH });
  return WHITELIST[code] ?? fallback;
}
