/** `concord quotes`: Print who said what in each article, one attribution per line. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `quotes` command (not built yet). */
export const command: Command = {
  name: 'quotes',
  summary: 'Print who said what in each article, one attribution per line',
  usage: 'Usage: concord quotes\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`quotes` is not available yet');
  },
};
