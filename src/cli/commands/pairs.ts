/** `concord pairs`: Score whether two sentences report the same thing. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `pairs` command (not built yet). */
export const command: Command = {
  name: 'pairs',
  summary: 'Score whether two sentences report the same thing',
  usage: 'Usage: concord pairs\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`pairs` is not available yet');
  },
};
