/** The `concord` entry point: finds the command, parses its arguments, maps errors to messages and exit codes. */
import { isEngineError } from '../core/index.js';
import { parseCommandArgs } from './args.js';
import type { CliIo, Command } from './command.js';
import { commands } from './commands/index.js';

/** Text of `concord --help`. */
function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: concord COMMAND [OPTIONS] [ARGS]\n\nCommands:\n${lines.join('\n')}\n\nRun \`concord COMMAND --help\` for a command's options.\n`;
}

/** Runs the CLI with argv (without node and script) and resolves to the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('concord 0.1.0\n');
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`concord: unknown command \`${name}\`\n\n${overview()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isEngineError(error)) {
      io.stderr.write(`concord ${name}: ${error.message} [${error.code}]\n`);
      return error.code === 'E_USAGE' || error.code === 'E_UNKNOWN_OPTION' || error.code === 'E_BAD_OPTION' ? 2 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`concord ${name}: internal error: ${message}\n`);
    if (io.env.CONCORD_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}
