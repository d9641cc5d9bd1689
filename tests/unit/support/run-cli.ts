import { Readable } from 'node:stream';
import type { Io } from '@/cli/io';
import { run } from '@/cli/run';

/** Runs a `saring` command in-process, as someone would in a terminal: its exit code and what it printed. */
export async function saring(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), stdin: Readable.from([stdin]) };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
