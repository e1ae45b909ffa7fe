/** Phrases chosen candidates as brief sentences: quotes with their speakers, disputes with both sides, single-source marks. */
import type { BriefSentence } from '../../core/index.js';
import { COMMON_ROLE_STARTS } from '../lexicon/cues.js';
import type { EvidenceIndex } from './01-evidence.js';
import type { Candidate, Section } from './03-candidates.js';

/** Capitalised words that may be lower-cased after "According to one outlet, " (never a name). */
const LOWERABLE = /^(He|She|They|It|We|The|A|An|In|On|At|After|Before|Earlier|Later|Last|This|That|These|Those|Some|Many|Officials|Local|Negotiating|Despite|While|Meanwhile|Another|Its|His|Her|Their|Both|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Several|Most|No|Nobody|Police|Firefighters|Rescuers|Authorities|Emergency|Residents|Passengers)\b/;

/** Lower-cases the first word when it is a common word, so it can follow an attribution. */
export function lowerFirst(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const commonRole = COMMON_ROLE_STARTS.has(first.toLowerCase()) && /^\S+ \p{Ll}/u.test(text);
  return LOWERABLE.test(text) || commonRole ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Names a group of outlets: "The Hindu", "The Hindu and Reuters", "one outlet", "two outlets". */
export function nameOutlets(keys: string[], index: EvidenceIndex): string {
  const names = keys.map((k) => index.outletName(k));
  if (names.every((n): n is string => n !== null)) return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return keys.length === 1 ? 'one outlet' : `${words[keys.length] ?? String(keys.length)} outlets`;
}

/** Makes sure a sentence ends with a full stop (or its own terminal punctuation). */
function terminate(text: string): string {
  const t = text.trim();
  return /[.!?…]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** Drops a final full stop so the text can be embedded in a longer sentence. */
function unterminate(text: string): string {
  return text.trim().replace(/[.]$/, '');
}

/** Marks a claim only one outlet reports: "According to one outlet, …" (or the outlet's name). */
export function markSingleSource(text: string, outlet: string): string {
  const who = outlet === 'one outlet' ? 'one outlet' : outlet;
  if (/^according to\b/i.test(text)) return `${who === 'one outlet' ? 'One outlet' : who} reports that ${text[0]!.toLowerCase()}${text.slice(1)}`;
  return `According to ${who}, ${lowerFirst(text)}`;
}

/** "Kremlin spokesman Dmitry Peskov told TASS: “We are talking about Moscow at this point.”" */
export function phraseQuote(c: Candidate): string {
  const q = c.quote!;
  const words = terminate(c.text.replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, '').replace(/[,;:\s]+$/, ''));
  const verb = q.venue ? (q.cue && /^told$/i.test(q.cue) ? `told ${q.venue}` : `said in remarks carried by ${q.venue}`) : 'said';
  const lead = `${q.label.replace(/,$/, '')}${q.label.endsWith(',') ? ',' : ''} ${verb}`;
  return /^[\p{Ll}]/u.test(words) ? `${lead} that “${words}”` : `${lead}: “${words}”`;
}

/** "Accounts differ: one outlet reports that …, while two outlets report that …." */
export function phraseDispute(c: Candidate, index: EvidenceIndex): string {
  const parts = c.sides!.map((s, i) => {
    const named = nameOutlets(s.outlets, index);
    const who = i > 0 && named === 'one outlet' ? 'another' : named;
    const verb = s.outlets.length === 1 ? 'reports' : 'report';
    return `${who} ${verb} that ${lowerFirst(unterminate(s.text))}`;
  });
  return `Accounts differ: ${parts.slice(0, -1).join('; ')}, while ${parts.at(-1)}.`;
}

/** The reader's order: what happened, who said what, what is disputed, what comes next. */
export const SECTION_ORDER: readonly Section[] = ['happened', 'said', 'disputed', 'next'];

/** Orders chosen candidates by section (single-source facts with the disputed points), several outlets before one, best first, and phrases each as a cited sentence. */
export function phrase(chosen: Candidate[], index: EvidenceIndex, totalOutlets: number): BriefSentence[] {
  // An unconfirmed claim (one outlet, not a quote) is read with the disputed points, after who said what.
  const slot = (c: Candidate) => SECTION_ORDER.indexOf(c.kind === 'fact' && c.outlets.length === 1 && c.section !== 'next' ? 'disputed' : c.section);
  const single = (c: Candidate) => (c.outlets.length === 1 ? 1 : 0);
  const sorted = [...chosen].sort((a, b) => slot(a) - slot(b)
    || single(a) - single(b) || (a.section === 'next' ? a.position - b.position : b.score - a.score));
  // What happened comes first: the plain fact most outlets report leads, whatever its section.
  const lead = chosen.filter((c) => c.kind === 'fact' && c.section !== 'next')
    .sort((a, b) => b.outlets.length - a.outlets.length || b.score - a.score)[0];
  const ordered = lead ? [lead, ...sorted.filter((c) => c !== lead)] : sorted;
  return ordered.map((c) => {
    let text = c.kind === 'quote' ? phraseQuote(c) : c.kind === 'dispute' ? phraseDispute(c, index) : terminate(c.text);
    if (c.kind !== 'dispute' && c.outlets.length === 1 && totalOutlets > 1) text = markSingleSource(text, nameOutlets(c.outlets, index));
    return { text: text.replace(/^\p{Ll}/u, (x) => x.toUpperCase()), citations: c.citations };
  });
}
