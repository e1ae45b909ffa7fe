/** Reads a command's standard input whole, refusing more than the file size limit with E_TOO_LARGE. */
import { EngineError } from '../core/index.js';
import { DEFAULT_MAX_FILE_BYTES } from '../engine/index.js';
import type { CliIo } from './command.js';

/** Reads all of stdin as bytes; past `maxBytes` (default: the 64 MiB file limit) stops with E_TOO_LARGE naming stdin. */
export async function readStdin(io: Pick<CliIo, 'stdin'>, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new EngineError('E_TOO_LARGE', `stdin: more than ${maxBytes} bytes exceeds the limit`, { subject: 'stdin' });
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads all of stdin as UTF-8 text, with the same limit as readStdin. */
export async function readStdinText(io: Pick<CliIo, 'stdin'>, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  return new TextDecoder().decode(await readStdin(io, maxBytes));
}
