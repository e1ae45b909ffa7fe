/** `concord stories`: List the stories in the store. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `stories` command (not built yet). */
export const command: Command = {
  name: 'stories',
  summary: 'List the stories in the store',
  usage: 'Usage: concord stories\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`stories` is not available yet');
  },
};
