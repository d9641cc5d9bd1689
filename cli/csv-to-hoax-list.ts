import { parseCsv } from '../utils/lists/csv';
import type { HoaxEntry, HoaxList } from '../utils/lists/hoax-list';
import { MAX_CLAIM_LENGTH } from '../utils/lists/check-hoax-list';
import { toIsoDate } from './csv-dates';

/** The header names of the columns to read; only id and claim are required. */
export interface CsvColumns {
  id: string;
  claim: string;
  url?: string;
  date?: string;
  verdict?: string;
}

export interface ListMeta {
  listId: string;
  name: string;
  publisher: string;
  version: number;
}

type ColumnIndexes = Record<keyof CsvColumns, number | undefined>;

/** The CSV is Indonesian fact-checks; a verdict column is rare, and every debunk in such an archive is of a false claim. */
const DEFAULT_VERDICT = 'false';
const LANGUAGE = 'id';

const isLine = (c: string, next: string | undefined) => c === '\n' || (c === '\r' && next !== '\n');

/** Line breaks inside a field: quoted fields keep theirs, and each moves the next row down a line. */
function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let i = 0; i < cell.length; i++) if (isLine(cell[i], cell[i + 1])) count++;
  return count;
}

/**
 * The file line (from 1) where each parsed row starts, so that a warning points
 * to a line an editor can jump to even after fields that span several lines.
 */
export function rowStartLines(rows: readonly string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const row of rows) {
    starts.push(line);
    line += 1 + lineBreaks(row);
  }
  return starts;
}

function findColumns(header: readonly string[], columns: CsvColumns): ColumnIndexes {
  const names = header.map((name) => name.trim());
  const indexOf = (name: string | undefined): number | undefined => {
    if (name === undefined) return undefined;
    const index = names.indexOf(name.trim());
    if (index < 0) throw new Error(`column "${name}" is not in the CSV header; its columns are: ${names.join(', ')}`);
    return index;
  };
  return { id: indexOf(columns.id), claim: indexOf(columns.claim), url: indexOf(columns.url), date: indexOf(columns.date), verdict: indexOf(columns.verdict) };
}

/**
 * A cell on one line: a claim is shown in a single line of a badge, so line
 * breaks and runs of spaces inside a quoted field become one space.
 */
const cellAt = (cells: readonly string[], index: number | undefined): string =>
  index === undefined ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim();

/** http(s) only: the url becomes a link people click. */
function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function sourcesOf(url: string, publisher: string, warn: (message: string) => void): HoaxEntry['sources'] {
  if (url === '') return [];
  if (isWebUrl(url)) return [{ publisher, url }];
  warn(`url "${url.slice(0, 60)}" is not an http(s) link; left out`);
  return [];
}

function dateOf(cell: string, warn: (message: string) => void): string | undefined {
  if (cell === '') return undefined;
  const date = toIsoDate(cell);
  if (date === undefined) warn(`date "${cell.slice(0, 40)}" is not a date this tool can read; left out`);
  return date;
}

/** Why a row cannot become an entry, or undefined when it can. */
function skipReason(cells: readonly string[], at: ColumnIndexes, firstLine: ReadonlyMap<string, number>): string | undefined {
  const id = cellAt(cells, at.id);
  const claim = cellAt(cells, at.claim);
  if (id === '') return 'empty id; row skipped';
  if (claim === '') return `id "${id}": empty claim; row skipped`;
  if (claim.length > MAX_CLAIM_LENGTH) return `id "${id}": claim longer than ${MAX_CLAIM_LENGTH} characters; row skipped`;
  // The first row wins, so a file that grows at the end keeps the entries it already gave.
  const first = firstLine.get(id);
  if (first !== undefined) return `duplicate id "${id}" (first on line ${first}); row skipped`;
  return undefined;
}

/** A usable row as an entry; `warn` takes notes about fields left out. */
function rowToEntry(cells: readonly string[], at: ColumnIndexes, publisher: string, warn: (message: string) => void): HoaxEntry {
  const date = dateOf(cellAt(cells, at.date), warn);
  return {
    id: cellAt(cells, at.id),
    claim: cellAt(cells, at.claim),
    verdict: cellAt(cells, at.verdict) || DEFAULT_VERDICT,
    ...(date && { date }),
    language: LANGUAGE,
    sources: sourcesOf(cellAt(cells, at.url), publisher, warn),
  };
}

// A blank line in the file parses as one empty cell: nothing was written there, so nothing is said about it.
const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * A fact-checker's CSV as a hoax list. Throws when the file has no header or a
 * named column is missing; rows that cannot become entries are skipped with a warning.
 */
export function csvToHoaxList(text: string, columns: CsvColumns, meta: ListMeta): { list: HoaxList; warnings: string[] } {
  const rows = parseCsv(text);
  if (rows.length === 0 || isBlankRow(rows[0])) throw new Error('the CSV is empty: it has no header row');
  const at = findColumns(rows[0], columns);
  const lines = rowStartLines(rows);
  const warnings: string[] = [];
  const firstLine = new Map<string, number>();
  const entries: HoaxEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    if (isBlankRow(rows[r])) continue;
    const warn = (message: string) => warnings.push(`CSV line ${lines[r]}: ${message}`);
    const skip = skipReason(rows[r], at, firstLine);
    if (skip) {
      warn(skip);
      continue;
    }
    const entry = rowToEntry(rows[r], at, meta.publisher, warn);
    firstLine.set(entry.id, lines[r]);
    entries.push(entry);
  }
  return { list: { kind: 'hoaxes', formatVersion: 1, ...meta, languages: [LANGUAGE], entries }, warnings };
}
