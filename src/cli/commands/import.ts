/** `concord import FILE|-`: reads a `concord export` back into the store (merging; running it twice changes nothing). */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { EngineError } from '../../core/index.js';
import { importLines } from '../../store/index.js';
import { openStoreAt, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom } from '../../engine/index.js';
import type { Command } from '../command.js';

/** Opens a file for reading, mapping a missing or unreadable file to an EngineError. */
function openFile(path: string, shown: string): Promise<NodeJS.ReadableStream> {
  return new Promise((ok, fail) => {
    const stream = createReadStream(path);
    stream.once('open', () => ok(stream));
    stream.once('error', (e: NodeJS.ErrnoException) => {
      const code = e.code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_UNREADABLE';
      fail(new EngineError(code, `${shown}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`, { subject: shown }));
    });
  });
}

/** The `import` command. */
export const command: Command = {
  name: 'import',
  summary: 'Read a JSONL export into the store',
  usage: `Usage: concord import FILE|- [OPTIONS]

Options:
${STORE_CLI_USAGE}
  --json                print the summary as JSON
`,
  options: { ...STORE_CLI_OPTIONS, json: { type: 'boolean' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw new EngineError('E_USAGE', 'give one export file, or `-` for standard input');
    const input: NodeJS.ReadableStream = file === '-' ? io.stdin : await openFile(resolve(io.cwd, file), file);
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    try {
      const summary = await importLines(store, createInterface({ input, crlfDelay: Infinity }));
      io.stdout.write(args.values.json === true ? `${JSON.stringify(summary)}\n`
        : `imported ${summary.articles} articles (${summary.skipped} already present), ${summary.stories} stories, ${summary.log} log entries into ${store.location}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
