/** `concord import`: Read a JSONL export into the store. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `import` command (not built yet). */
export const command: Command = {
  name: 'import',
  summary: 'Read a JSONL export into the store',
  usage: 'Usage: concord import\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`import` is not available yet');
  },
};
