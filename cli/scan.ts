import type { Readable } from 'node:stream';
import { createEngine, type Engine } from '../utils/engine/engine';
import { parseOptions, required } from './args';
import { numberedLines, openInput } from './input-lines';
import { CliError, EXIT, type Io } from './io';
import { loadHoaxList, loadPatternList } from './load-lists';
import { readInputLine } from './scan-line';
import { toScanResult, type ScanError, type ScanResult } from './scan-result';
import { SCAN_USAGE } from './usage';

interface ScanOptions {
  list: string;
  patterns?: string;
  input?: string;
}

function parseScanArgs(argv: readonly string[]): ScanOptions | 'help' {
  const { help, values } = parseOptions(argv, ['list', 'patterns', 'input'], 'scan');
  if (help) return 'help';
  return { list: required(values, 'list', 'scan'), patterns: values.patterns, input: values.input };
}

/** Both lists are checked before any input is read, so a bad list fails fast with exit code 2 and no output. */
async function buildEngine(options: ScanOptions): Promise<Engine> {
  const [patterns, hoaxes] = await Promise.all([loadPatternList(options.patterns), loadHoaxList(options.list)]);
  return createEngine({ patterns, hoaxes });
}

/** What one input line produces: its output line (none for a blank line) and a problem to report, if any. */
function scanOne(engine: Engine, raw: string, line: number): { output?: ScanResult | ScanError; problem?: string } {
  const input = readInputLine(raw, line);
  if (input.kind === 'blank') return {};
  if (input.kind === 'bad') return { output: { id: input.id, line, error: input.problem }, problem: input.problem };
  const analysis = engine.analyse({ text: input.text, sponsored: input.sponsored });
  return { output: toScanResult(input.id, input.text, analysis), problem: input.problem };
}

/** Scans every line, writing results as it goes; returns how many lines there were and how many had problems. */
async function scanLines(engine: Engine, input: Readable, io: Io): Promise<{ posts: number; problems: number }> {
  let posts = 0;
  let problems = 0;
  try {
    for await (const { line, raw } of numberedLines(input)) {
      const { output, problem } = scanOne(engine, raw, line);
      if (problem) {
        problems++;
        io.stderr(`line ${line}: ${problem}\n`);
      }
      if (output) {
        posts++;
        await io.stdout(`${JSON.stringify(output)}\n`);
      }
    }
  } catch (error) {
    // A system error (EIO, a vanished file) is the input's fault; anything else is a bug and keeps its stack.
    if ((error as NodeJS.ErrnoException | null)?.code === undefined) throw error;
    throw new CliError(`reading the input failed: ${(error as Error).message}`);
  }
  return { posts, problems };
}

export async function scanCommand(argv: readonly string[], io: Io): Promise<number> {
  const options = parseScanArgs(argv);
  if (options === 'help') {
    await io.stdout(SCAN_USAGE);
    return EXIT.ok;
  }
  const engine = await buildEngine(options);
  const input = await openInput(options.input, io.stdin);
  if (input === io.stdin && (io.stdin as { isTTY?: boolean }).isTTY) io.stderr('Reading posts from the terminal; end with Ctrl-D.\n');
  const { posts, problems } = await scanLines(engine, input, io);
  if (problems === 0) return EXIT.ok;
  io.stderr(`saring scan: ${problems} of ${posts} lines had problems (reported above)\n`);
  return EXIT.someLinesBad;
}
