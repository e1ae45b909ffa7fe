/** `concord serve`: Serve the web pages and the JSON API. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `serve` command (not built yet). */
export const command: Command = {
  name: 'serve',
  summary: 'Serve the web pages and the JSON API',
  usage: 'Usage: concord serve\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`serve` is not available yet');
  },
};
