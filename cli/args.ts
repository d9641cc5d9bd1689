import { parseArgs } from 'node:util';
import { CliError } from './io';

/** Thrown for a mistake in the command line; the message ends with where to find the usage. */
export class UsageError extends CliError {
  constructor(message: string, command: string) {
    super(`${message}\nRun "saring ${command} --help" for usage.`);
  }
}

export interface ParsedOptions {
  help: boolean;
  /** Every option the commands take is a string: a path, a column name or a label. */
  values: Record<string, string | undefined>;
}

/** node's messages for a bad option run to several lines of advice; the first one says what went wrong. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * node:util's parser in strict mode: an unknown option or a stray word is an
 * error, so a typo such as "--inptu" is never silently ignored.
 */
export function parseOptions(argv: readonly string[], names: readonly string[], command: string): ParsedOptions {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  try {
    const { values } = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true });
    const { help, ...strings } = values;
    return { help: help === true, values: strings as Record<string, string | undefined> };
  } catch (error) {
    throw new UsageError(firstLine(error), command);
  }
}

/** The value of an option the command cannot do without. */
export function required(values: ParsedOptions['values'], name: string, command: string): string {
  const value = values[name];
  if (value === undefined || value === '') throw new UsageError(`missing --${name}`, command);
  return value;
}
