import { fromCsvCommand } from './from-csv';
import { CliError, EXIT, type Io } from './io';
import { buildCommand } from './list-build';
import { diffCommand } from './list-diff';
import { keygenCommand } from './list-keygen';
import { verifyCommand } from './list-verify';
import { scanCommand } from './scan';
import { teamAddUserCommand } from './team-add-user';
import { teamSetupCommand } from './team-setup';
import { USAGE } from './usage';

const isHelp = (word: string | undefined) => word === '--help' || word === '-h' || word === 'help';

function unknown(what: string, word: string | undefined, io: Io): number {
  io.stderr(`saring: ${word === undefined ? `missing ${what}` : `unknown ${what} "${word}"`}\nRun "saring --help" for usage.\n`);
  return EXIT.unusable;
}

const LIST_COMMANDS: Readonly<Record<string, (argv: readonly string[], io: Io) => Promise<number>>> = {
  'from-csv': fromCsvCommand,
  keygen: keygenCommand,
  build: buildCommand,
  verify: verifyCommand,
  diff: diffCommand,
};

/** "list" holds the commands that make, sign and check lists. */
async function listCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  // Own properties only: "saring list constructor" must not find Object.prototype.
  if (sub !== undefined && Object.hasOwn(LIST_COMMANDS, sub)) return LIST_COMMANDS[sub](rest, io);
  if (isHelp(sub)) {
    await io.stdout(USAGE);
    return EXIT.ok;
  }
  return unknown('list command', sub, io);
}

const TEAM_COMMANDS: Readonly<Record<string, (argv: readonly string[], io: Io) => Promise<number>>> = {
  setup: teamSetupCommand,
  'add-user': teamAddUserCommand,
};

/** "team" holds the commands that prepare a team's CouchDB server. */
async function teamCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== undefined && Object.hasOwn(TEAM_COMMANDS, sub)) return TEAM_COMMANDS[sub](rest, io);
  if (isHelp(sub)) {
    await io.stdout(USAGE);
    return EXIT.ok;
  }
  return unknown('team command', sub, io);
}

/**
 * Runs one command line (without "node saring.ts") and returns its exit code.
 * Everything goes through `io`, so tests call this directly.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (isHelp(command)) {
      await io.stdout(USAGE);
      return EXIT.ok;
    }
    if (command === 'scan') return await scanCommand(rest, io);
    if (command === 'list') return await listCommand(rest, io);
    if (command === 'team') return await teamCommand(rest, io);
    return unknown('command', command, io);
  } catch (error) {
    // Expected failures are one readable line; anything else is a bug and keeps its stack.
    if (!(error instanceof CliError)) throw error;
    io.stderr(`saring: ${error.message}\n`);
    return EXIT.unusable;
  }
}
