/** Decodes HTML character references that XML parsers and double-encoding pages leave in text ("&nbsp;", "&#8211;"). */

/** Named references seen in feeds and meta tags, beyond XML's five. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', hellip: '…', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×', divide: '÷', eacute: 'é', egrave: 'è', ecirc: 'ê',
  euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', oacute: 'ó', ograve: 'ò',
  ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', iacute: 'í',
  igrave: 'ì', icirc: 'î', iuml: 'ï', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó',
  Uacute: 'Ú', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Ccedil: 'Ç', Ntilde: 'Ñ', iexcl: '¡', iquest: '¿', shy: '',
  zwj: '', zwnj: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', sbquo: '‚', bdquo: '„', prime: '′', Prime: '″',
};

/** Replaces numeric and known named references; unknown names are left as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : match;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? match;
  });
}
