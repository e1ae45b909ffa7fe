/** Parses a command's arguments with node:util parseArgs, turning its errors into EngineErrors. */
import { parseArgs } from 'node:util';
import { EngineError } from '../core/index.js';
import type { Command, ParsedArgs } from './command.js';

/** Options every command accepts. */
export const commonOptions = {
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses argv for one command; unknown options throw E_UNKNOWN_OPTION naming the option. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...commonOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /Unknown option/i.test(message) ? 'E_UNKNOWN_OPTION' : 'E_USAGE';
    throw new EngineError(code, `${command.name}: ${message.replace(/\. To specify a positional.*$/s, '')}`);
  }
}

/** Reads a string option, or the fallback. */
export function stringOption(args: ParsedArgs, name: string, fallback?: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : fallback;
}

/** Reads a whole-number option within bounds, or throws E_BAD_OPTION naming it. */
export function intOption(args: ParsedArgs, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new EngineError('E_BAD_OPTION', `--${name} must be a whole number from ${min} to ${max}, got \`${String(raw)}\``, { subject: name });
  }
  return value;
}
