/**
 * The `saring` command: `npm run --silent saring -- --help`.
 * The commands live in run.ts; this file only joins them to the real process.
 */
import { EXIT, processIo } from './io';
import { run } from './run';

// "saring scan ... | head" closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
  process.stderr.write(`saring: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT.unusable;
}
