import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HoaxList } from '../utils/lists/hoax-list';
import { checkPatternList, type PatternList } from '../utils/lists/pattern-list';
import { checkHoaxList } from '../utils/lists/check-hoax-list';
import { CliError } from './io';

/** The pattern list the extension ships, found from this file so the CLI works from any working directory. */
export const BUNDLED_PATTERNS = resolve(import.meta.dirname, '../public/lists/patterns.json');

/** Why a file could not be read, in a few words rather than a stack of errno details. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path}: ${readFailure(error)}`);
  }
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = await readTextFile(path, what);
  try {
    // A BOM is how some Windows editors save UTF-8; JSON.parse would reject it.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${what} ${path} is not JSON: ${(error as Error).message}`);
  }
}

/** Reads and checks a file; any problem becomes a CliError naming the file. */
async function loadChecked<T>(path: string, what: string, check: (value: unknown) => T): Promise<T> {
  const value = await readJsonFile(path, what);
  try {
    return check(value);
  } catch (error) {
    throw new CliError(`${what} ${path} is unusable: ${(error as Error).message}`);
  }
}

export const loadHoaxList = (path: string): Promise<HoaxList> => loadChecked(path, 'hoax list', checkHoaxList);

export const loadPatternList = (path = BUNDLED_PATTERNS): Promise<PatternList> =>
  loadChecked(path, 'pattern list', checkPatternList);
