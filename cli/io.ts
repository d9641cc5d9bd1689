import { once } from 'node:events';
import type { Readable } from 'node:stream';

/**
 * Where a command reads and writes. Commands never touch `process` themselves,
 * so tests can run them in-process with strings in and strings out.
 */
export interface Io {
  /** May return a promise: awaiting it lets a slow pipe hold a long scan back instead of buffering every result. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  stdin: Readable;
}

/** Exit codes, the same for every command. */
export const EXIT = {
  ok: 0,
  /** Some input lines could not be used; the others still have their results. */
  someLinesBad: 1,
  /** Nothing useful was done: bad arguments, an unusable list or an unreadable file. */
  unusable: 2,
} as const;

/** A failure that stops the command: printed as one line, exit code 2. */
export class CliError extends Error {}

/** The real process streams, with back-pressure on stdout. */
export function processIo(): Io {
  return {
    stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
  };
}
