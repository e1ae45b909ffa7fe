/** The shape of a CLI command: one file per command in `commands/`, each exporting a `Command`. */
import type { ParseArgsConfig } from 'node:util';

/** The process edges a command may use; tests substitute them. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Parsed arguments: option values by name, and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** One `concord` sub-command. `run` resolves to the exit code. */
export interface Command {
  name: string;
  /** One line for `concord --help`. */
  summary: string;
  /** Usage text for `concord NAME --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
