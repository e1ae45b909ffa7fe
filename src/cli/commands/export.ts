/** `concord export`: Write the store articles as JSONL (backup, moving between backends). */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `export` command (not built yet). */
export const command: Command = {
  name: 'export',
  summary: 'Write the store articles as JSONL (backup, moving between backends)',
  usage: 'Usage: concord export\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`export` is not available yet');
  },
};
