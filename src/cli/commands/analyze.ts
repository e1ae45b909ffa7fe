/** `concord analyze`: Read, cluster and align articles and print every story with its brief. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `analyze` command (not built yet). */
export const command: Command = {
  name: 'analyze',
  summary: 'Read, cluster and align articles and print every story with its brief',
  usage: 'Usage: concord analyze\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`analyze` is not available yet');
  },
};
