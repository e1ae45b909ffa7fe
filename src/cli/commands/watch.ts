/** `concord watch`: Follow folders, feeds and stdin and keep stories current. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `watch` command (not built yet). */
export const command: Command = {
  name: 'watch',
  summary: 'Follow folders, feeds and stdin and keep stories current',
  usage: 'Usage: concord watch\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`watch` is not available yet');
  },
};
