/** Character-class tests shared by the readers and the analysis, on UTF-16 codes rather than regexes (hot loops). */

/**
 * True for a UTF-16 code that JavaScript's `\s` matches (and `String.prototype.trim` removes): ASCII white space, the
 * Unicode space separators, line and paragraph separators and the byte-order mark. All of them are in the BMP.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
