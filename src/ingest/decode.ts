/** Bytes to text: gunzips, rejects binary input, and decodes UTF-8 or the charset a page or feed declares. */
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { diagnostic, type Diagnostic } from '../core/index.js';

/** The text of a document, or the reason it has none. */
export type Decoded = { text: string; diagnostics: Diagnostic[] } | { text: null; diagnostics: Diagnostic[] };

/** Default cap on the bytes one gzip member may inflate to (a 48 KB gzip bomb inflates to 48 MB). */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

/** True for gzip bytes (magic 1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** UTF-16 without a byte-order mark, told by the zero bytes around "<" ('<\\0?\\0' little-endian, '\\0<\\0?' big-endian). */
export function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

/** True when the bytes look like binary data: NUL bytes or many control characters in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The charset a page or feed declares in its first bytes (`<meta charset>`, `<?xml encoding>`), lower-case. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
    ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes with iconv-lite when it knows the charset, else null. */
function decodeAs(bytes: Uint8Array, charset: string): string | null {
  if (!iconv.encodingExists(charset)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/**
 * Decodes a document's bytes. Markup (HTML, feeds) that is not valid UTF-8 is decoded with its declared charset,
 * else as windows-1252 with a warning; plain text that is not valid UTF-8 is refused with a diagnostic.
 */
export function decodeBytes(input: Uint8Array, source: string, markup: boolean | 'auto', headerCharset?: string | null, maxInflatedBytes = MAX_INFLATED_BYTES): Decoded {
  const diagnostics: Diagnostic[] = [];
  let bytes = input;
  if (isGzip(bytes)) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxInflatedBytes }));
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        return { text: null, diagnostics: [diagnostic('error', 'too-large', `${source}: the gzip data inflates past ${maxInflatedBytes} bytes`, { source })] };
      }
      return { text: null, diagnostics: [diagnostic('error', 'bad-gzip', `${source}: the gzip data is corrupt`, { source })] };
    }
  }
  const wide = utf16Without(bytes);
  if (wide !== null) return { text: new TextDecoder(wide).decode(bytes), diagnostics };
  if (looksBinary(bytes)) {
    return { text: null, diagnostics: [diagnostic('error', 'binary-input', `${source}: looks like binary data, not text`, { source })] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), diagnostics };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), diagnostics };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), diagnostics };
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const isMarkup = markup === 'auto' ? /^\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512))) : markup;
  if (!isMarkup) {
    return { text: null, diagnostics: [diagnostic('error', 'invalid-utf8', `${source}: is not valid UTF-8 text`, { source })] };
  }
  const charset = headerCharset?.toLowerCase() ?? declaredCharset(bytes);
  const declared = charset && !/^utf-?8$/.test(charset) ? decodeAs(bytes, charset) : null;
  if (declared !== null) return { text: declared, diagnostics };
  diagnostics.push(diagnostic('warning', 'invalid-utf8', `${source}: is not valid UTF-8${charset ? ` although it declares ${charset}` : ''}; read as windows-1252`, { source }));
  return { text: decodeAs(bytes, 'windows-1252') ?? new TextDecoder('latin1').decode(bytes), diagnostics };
}
