/** `concord export`: writes the whole store as JSONL (backup, or moving between PGlite and PostgreSQL). */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { EngineError } from '../../core/index.js';
import { exportLines } from '../../store/index.js';
import { openStoreAt, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom } from '../../engine/index.js';
import type { Command } from '../command.js';

/** Writes one chunk, waiting when the stream is full. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** The `export` command. */
export const command: Command = {
  name: 'export',
  summary: 'Write the store as JSONL (backup, or moving between backends)',
  usage: `Usage: concord export [OPTIONS]

Writes one JSON object per line: a header, every article with its analysis and story, every story with its
facts, quotes, lineage and brief, and the ingest log. \`concord import\` reads it back into either backend.

Options:
${STORE_CLI_USAGE}
  --output FILE         write to FILE (atomically) instead of standard output
`,
  options: { ...STORE_CLI_OPTIONS, output: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length > 0) throw new EngineError('E_USAGE', `export takes no arguments, got \`${args.positionals[0]}\``);
    const output = typeof args.values.output === 'string' ? resolve(io.cwd, args.values.output) : null;
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    const temp = output === null ? null : `${output}.tmp-${process.pid}`;
    try {
      const stream = temp === null ? io.stdout : createWriteStream(temp);
      let lines = 0;
      for await (const line of exportLines(store)) {
        await write(stream, `${line}\n`);
        lines++;
      }
      if (temp !== null && output !== null) {
        (stream as NodeJS.WritableStream).end();
        await once(stream, 'finish');
        await rename(temp, output);
        io.stderr.write(`concord export: ${lines} lines written to ${output}\n`);
      }
      return 0;
    } catch (error) {
      if (temp !== null) await rm(temp, { force: true });
      throw error;
    } finally {
      await store.close();
    }
  },
};
