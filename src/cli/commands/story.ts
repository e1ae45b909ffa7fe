/** `concord story`: Show one story from the store as Markdown, JSON or HTML. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `story` command (not built yet). */
export const command: Command = {
  name: 'story',
  summary: 'Show one story from the store as Markdown, JSON or HTML',
  usage: 'Usage: concord story\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`story` is not available yet');
  },
};
