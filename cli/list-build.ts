import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseOptions, required, UsageError, type ParsedOptions } from './args';
import { checkHoaxList } from '../utils/lists/check-hoax-list';
import type { HoaxEntry, HoaxList } from '../utils/lists/hoax-list';
import { readListText } from '../utils/lists/read-list';
import { signList, verifyListSignature } from '../utils/lists/signature';
import { claimReviewToEntries } from './claimreview';
import { csvToHoaxList, type CsvColumns } from './csv-to-hoax-list';
import { factCheckApiToEntries } from './factcheck-api';
import { CliError, EXIT, type Io } from './io';
import { readFailure, readTextFile } from './load-lists';
import type { Converted } from './review-fields';
import { readSigningKey, type SigningKey } from './signing-key';
import { BUILD_USAGE } from './usage';

const COMMAND = 'list build';
const SOURCES = ['csv', 'claimreview', 'factcheck-api'] as const;
type Source = (typeof SOURCES)[number];
const CSV_COLUMNS = ['id-column', 'claim-column', 'url-column', 'date-column', 'verdict-column'];
const DAY_MS = 24 * 60 * 60 * 1000;
// Ten years: a longer expiry is almost surely a typo, and would let an old copy be replayed for as long.
const MAX_EXPIRES_DAYS = 3650;

interface BuildOptions {
  from: Source;
  input: string;
  key: string;
  listId: string;
  name: string;
  publisher: string;
  version?: number;
  expiresInDays: number;
  language?: string;
  previous?: string;
  out?: string;
  columns?: CsvColumns;
}

function sourceOf(values: ParsedOptions['values']): Source {
  const from = required(values, 'from', COMMAND);
  if (!SOURCES.includes(from as Source)) throw new UsageError(`--from must be one of ${SOURCES.join(', ')}, not "${from}"`, COMMAND);
  const stray = CSV_COLUMNS.find((name) => values[name] !== undefined);
  if (from !== 'csv' && stray) throw new UsageError(`--${stray} only applies to --from csv`, COMMAND);
  return from as Source;
}

function wholeNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) throw new UsageError(`--${name} must be a whole number above 0, not "${text}"`, COMMAND);
  return value;
}

function expiresDays(text: string | undefined): number {
  if (text === undefined) return 30;
  const days = Number(text);
  if (text.trim() === '' || !Number.isFinite(days) || days <= 0 || days > MAX_EXPIRES_DAYS) {
    throw new UsageError(`--expires-in-days must be a number of days from 1 to ${MAX_EXPIRES_DAYS}, not "${text}"`, COMMAND);
  }
  return days;
}

function parseBuildArgs(argv: readonly string[]): BuildOptions | 'help' {
  const names = ['from', 'input', 'key', 'list-id', 'name', 'publisher', 'version', 'expires-in-days', 'language', 'previous', 'out', ...CSV_COLUMNS];
  const { help, values } = parseOptions(argv, names, COMMAND);
  if (help) return 'help';
  const from = sourceOf(values);
  const input = required(values, 'input', COMMAND);
  const columns: CsvColumns | undefined =
    from === 'csv'
      ? {
          id: required(values, 'id-column', COMMAND),
          claim: required(values, 'claim-column', COMMAND),
          url: values['url-column'],
          date: values['date-column'],
          verdict: values['verdict-column'],
        }
      : undefined;
  return {
    from,
    input,
    key: required(values, 'key', COMMAND),
    listId: required(values, 'list-id', COMMAND),
    name: values.name ?? `Hoax claims from ${basename(input)}`,
    publisher: values.publisher ?? 'unknown',
    version: wholeNumber(values.version, 'version'),
    expiresInDays: expiresDays(values['expires-in-days']),
    language: values.language,
    previous: values.previous,
    out: values.out,
    columns,
  };
}

function convert(text: string, options: BuildOptions, version: number): Converted {
  if (options.from === 'claimreview') return claimReviewToEntries(text, options.publisher);
  if (options.from === 'factcheck-api') return factCheckApiToEntries(text, options.publisher);
  const meta = { listId: options.listId, name: options.name, publisher: options.publisher, version };
  const { list, warnings } = csvToHoaxList(text, options.columns!, meta);
  // csvToHoaxList assumes Indonesian; a publisher who says otherwise knows the sheet.
  const entries = options.language ? list.entries.map((entry) => ({ ...entry, language: options.language })) : list.entries;
  return { entries, warnings };
}

/** The previous list's version, after making sure it is the same list: its subscribers are the ones protected. */
async function previousVersion(path: string, listId: string): Promise<number> {
  const text = (await readTextFile(path, 'previous list')).replace(/^\uFEFF/, '');
  let list;
  try {
    ({ list } = readListText(text));
  } catch (error) {
    throw new CliError(`previous list ${path}: ${(error as Error).message}`);
  }
  if (list.kind !== 'hoaxes' || list.listId !== listId) {
    throw new CliError(`previous list ${path} is ${list.kind} list "${list.listId}", not hoaxes list "${listId}": subscribers of one would refuse the other`);
  }
  return list.version;
}

async function chooseVersion(options: BuildOptions): Promise<number> {
  const version = options.version ?? Date.now();
  if (options.previous === undefined) return version;
  const previous = await previousVersion(options.previous, options.listId);
  if (version <= previous) {
    throw new CliError(
      `version ${version} is not greater than version ${previous} of the previous list ${options.previous}: subscribers would refuse it as a rollback. Give a --version above ${previous}`,
    );
  }
  return version;
}

/** The languages the list declares: those its entries name, or --language for entries that name none. */
function withLanguages(entries: HoaxEntry[], language: string | undefined): { entries: HoaxEntry[]; languages: string[] } {
  const filled = language ? entries.map((entry) => (entry.language ? entry : { ...entry, language })) : entries;
  const languages = [...new Set(filled.flatMap((entry) => (entry.language ? [entry.language] : [])))].sort();
  return { entries: filled, languages };
}

async function signChecked(list: HoaxList, key: SigningKey, keyPath: string) {
  const signed = await signList(list, key.privateKey, key.publicKey);
  try {
    // Catches a KEY.json whose halves were mixed up before subscribers do.
    await verifyListSignature(signed as unknown as Record<string, unknown>, key.publicKey);
  } catch (error) {
    throw new CliError(`the signed list does not verify with the public key in ${keyPath} (${(error as Error).message}); is the key file intact?`);
  }
  return signed;
}

async function output(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) return io.stdout(text);
  try {
    await writeFile(out, text);
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${readFailure(error)}`);
  }
}

export async function buildCommand(argv: readonly string[], io: Io): Promise<number> {
  const options = parseBuildArgs(argv);
  if (options === 'help') {
    await io.stdout(BUILD_USAGE);
    return EXIT.ok;
  }
  // The key and the version first: a mistake in either is found before reading a large input.
  const key = await readSigningKey(options.key);
  const version = await chooseVersion(options);
  const text = await readTextFile(options.input, 'input');
  let converted: Converted;
  try {
    converted = convert(text, options, version);
  } catch (error) {
    throw new CliError(`${options.input}: ${(error as Error).message}`);
  }
  for (const warning of converted.warnings) io.stderr(`warning: ${warning}\n`);
  if (converted.entries.length === 0) throw new CliError(`${options.input}: no item could become an entry; no list written`);
  const { entries, languages } = withLanguages(converted.entries, options.language);
  const expires = new Date(Date.now() + options.expiresInDays * DAY_MS).toISOString();
  const draft = { kind: 'hoaxes', formatVersion: 1, listId: options.listId, name: options.name, publisher: options.publisher, version, languages, expires, entries };
  let list: HoaxList;
  try {
    // The check subscribers run, before signing: a list they would refuse is never signed.
    list = checkHoaxList(draft);
  } catch (error) {
    throw new CliError(`the built list is not a valid hoax list: ${(error as Error).message}`);
  }
  const signed = await signChecked(list, key, options.key);
  await output(`${JSON.stringify(signed, null, 2)}\n`, options.out, io);
  io.stderr(`saring list build: ${list.entries.length} entries, version ${version}, expires ${expires}, signed with key ${key.keyId}\n`);
  return EXIT.ok;
}
