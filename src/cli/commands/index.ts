/** Every `concord` command, in the order `concord --help` lists them. */
import type { Command } from '../command.js';
import { command as extract } from './extract.js';
import { command as quotes } from './quotes.js';
import { command as analyze } from './analyze.js';
import { command as cluster } from './cluster.js';
import { command as pairs } from './pairs.js';
import { command as ingest } from './ingest.js';
import { command as stories } from './stories.js';
import { command as story } from './story.js';
import { command as exportCommand } from './export.js';
import { command as importCommand } from './import.js';
import { command as serve } from './serve.js';
import { command as watch } from './watch.js';

/** All commands. */
export const commands: Command[] = [extract, quotes, analyze, cluster, pairs, ingest, stories, story, exportCommand, importCommand, serve, watch];
