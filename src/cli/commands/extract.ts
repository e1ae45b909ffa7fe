/** `concord extract`: Read files, pages, feeds or JSONL and print clean articles. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `extract` command (not built yet). */
export const command: Command = {
  name: 'extract',
  summary: 'Read files, pages, feeds or JSONL and print clean articles',
  usage: 'Usage: concord extract\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`extract` is not available yet');
  },
};
