/** The CLI's public face: run it with argv and process streams. */
export { runCli } from './main.js';
export type { Command, CliIo, ParsedArgs } from './command.js';
