/** `concord cluster`: Group the lines of a JSONL file into stories without a store. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `cluster` command (not built yet). */
export const command: Command = {
  name: 'cluster',
  summary: 'Group the lines of a JSONL file into stories without a store',
  usage: 'Usage: concord cluster\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`cluster` is not available yet');
  },
};
