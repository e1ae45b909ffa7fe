/** `concord ingest`: Read sources into the store and assign stories. */
import { EngineError } from '../../core/index.js';
import type { Command } from '../command.js';

/** The `ingest` command (not built yet). */
export const command: Command = {
  name: 'ingest',
  summary: 'Read sources into the store and assign stories',
  usage: 'Usage: concord ingest\n',
  options: {},
  async run() {
    throw new EngineError('E_USAGE', '`ingest` is not available yet');
  },
};
