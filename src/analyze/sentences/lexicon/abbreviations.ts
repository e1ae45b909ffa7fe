/** Abbreviations that end in a period but rarely end a sentence ("Jan. 5", "Mr. Peskov", "U.S. officials"). */

/** Lower-cased abbreviations after which a sentence continues. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'gov.', 'sen.', 'rep.',
  'rev.', 'st.', 'sr.', 'jr.', 'pres.', 'amb.', 'supt.', 'no.', 'vs.', 'v.', 'etc.', 'e.g.', 'i.e.', 'approx.', 'est.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.',
  'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'okla.', 'ore.', 'pa.', 'tenn.', 'tex.',
  'va.', 'vt.', 'wash.', 'wis.', 'wyo.', 'corp.', 'inc.', 'ltd.', 'co.',
]);

/** Dotted initialisms ("U.S.", "U.K.") end a sentence only when a capitalised sentence-starter follows. */
export const INITIALISM = /^(?:[A-Za-z]\.){2,}$/;

/** Words that usually start a new sentence after "U.S." ("… in the U.S. The talks …"). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in',
  'on', 'at', 'for', 'if', 'when', 'while', 'however', 'meanwhile', 'there', 'his', 'her', 'their', 'its', 'our',
  'as', 'after', 'before', 'since', 'so', 'yet', 'still', 'also', 'earlier', 'later',
]);

/** Reporting verbs that, right after a closing quote, continue its sentence ("“… country?” Clinton said."). */
export const SPEECH_AFTER_QUOTE: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'recalled', 'explained',
  'continued', 'noted', 'argued', 'insisted', 'replied', 'responded', 'declared', 'warned', 'tweeted', 'shouted', 'quipped',
]);
