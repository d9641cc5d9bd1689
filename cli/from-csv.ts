import { basename, extname } from 'node:path';
import { parseOptions, required } from './args';
import { checkHoaxList } from '../utils/lists/check-hoax-list';
import { csvToHoaxList, type CsvColumns, type ListMeta } from './csv-to-hoax-list';
import { CliError, EXIT, type Io } from './io';
import { readTextFile } from './load-lists';
import { FROM_CSV_USAGE } from './usage';

const COMMAND = 'list from-csv';

interface FromCsvOptions {
  csv: string;
  columns: CsvColumns;
  publisher: string;
  listId?: string;
  name?: string;
}

function parseFromCsvArgs(argv: readonly string[]): FromCsvOptions | 'help' {
  const names = ['csv', 'id-column', 'claim-column', 'url-column', 'date-column', 'verdict-column', 'publisher', 'list-id', 'name'];
  const { help, values } = parseOptions(argv, names, COMMAND);
  if (help) return 'help';
  return {
    csv: required(values, 'csv', COMMAND),
    columns: {
      id: required(values, 'id-column', COMMAND),
      claim: required(values, 'claim-column', COMMAND),
      url: values['url-column'],
      date: values['date-column'],
      verdict: values['verdict-column'],
    },
    publisher: values.publisher ?? 'unknown',
    listId: values['list-id'],
    name: values.name,
  };
}

/** "data/TurnBackHoax 2024.csv" → "turnbackhoax-2024": a list id that is safe in file names and URLs. */
export function listIdFromPath(path: string): string {
  const slug = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'hoax-list';
}

function listMeta(options: FromCsvOptions): ListMeta {
  return {
    listId: options.listId ?? listIdFromPath(options.csv),
    name: options.name ?? `Hoax claims from ${basename(options.csv)}`,
    publisher: options.publisher,
    // Milliseconds since 1970 only grow, so a list made later always replaces one made earlier.
    version: Date.now(),
  };
}

export async function fromCsvCommand(argv: readonly string[], io: Io): Promise<number> {
  const options = parseFromCsvArgs(argv);
  if (options === 'help') {
    await io.stdout(FROM_CSV_USAGE);
    return EXIT.ok;
  }
  const text = await readTextFile(options.csv, 'CSV');
  let converted: ReturnType<typeof csvToHoaxList>;
  try {
    converted = csvToHoaxList(text, options.columns, listMeta(options));
  } catch (error) {
    throw new CliError(`${options.csv}: ${(error as Error).message}`);
  }
  for (const warning of converted.warnings) io.stderr(`warning: ${warning}\n`);
  if (converted.list.entries.length === 0) throw new CliError(`${options.csv}: no row has both an id and a claim; no list written`);
  // The same check scan applies, so what this writes is always a list scan accepts.
  const list = checkHoaxList(converted.list);
  await io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  io.stderr(`saring list from-csv: ${list.entries.length} entries, ${converted.warnings.length} warnings\n`);
  return EXIT.ok;
}
