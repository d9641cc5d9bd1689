import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CliError } from './io';
import { readFailure } from './load-lists';

/**
 * The input file as a stream, or stdin for "-" or no path. Streaming keeps
 * memory flat however long the file is: only one line is held at a time.
 */
export async function openInput(path: string | undefined, stdin: Readable): Promise<Readable> {
  if (path === undefined || path === '-') return stdin;
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    throw new CliError(`cannot read input ${path}: ${readFailure(error)}`);
  }
}

/** Lines numbered from 1, as an editor shows them; CRLF and a leading BOM are taken off. */
export async function* numberedLines(input: Readable): AsyncGenerator<{ line: number; raw: string }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    yield { line, raw: line === 1 ? raw.replace(/^\uFEFF/, '') : raw };
  }
}
