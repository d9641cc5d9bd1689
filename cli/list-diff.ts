import { parseArgs } from 'node:util';
import { UsageError } from './args';
import { readListText, type SaringList } from '../utils/lists/read-list';
import { diffLists, type ListDiff } from './diff-lists';
import { CliError, EXIT, type Io } from './io';
import { readTextFile } from './load-lists';
import { DIFF_USAGE } from './usage';

const COMMAND = 'list diff';

/** args.ts takes options only; diff is the one command with file names as plain words. */
function parseDiffArgs(argv: readonly string[]): { help: boolean; json: boolean; files: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { help: values.help === true, json: values.json === true, files: positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0], COMMAND);
  }
}

// Neither file needs a signature: the point is to look at a build before signing and uploading it.
async function readList(path: string): Promise<SaringList> {
  const text = (await readTextFile(path, 'list')).replace(/^\uFEFF/, '');
  try {
    return readListText(text).list;
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
}

const shownValue = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** What would make subscribers holding OLD refuse NEW; empty when nothing would. */
function warnings(diff: ListDiff, before: SaringList, after: SaringList): string {
  const lines: string[] = [];
  if (before.listId !== after.listId) lines.push(`warning: NEW is another list ("${after.listId}", not "${before.listId}"): subscribers of OLD's address will refuse it`);
  if (!diff.versionIncreases && !diff.identical) {
    lines.push(`warning: NEW's version ${after.version} is not greater than OLD's version ${before.version}: subscribers will refuse NEW as a rollback`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

function report(diff: ListDiff, before: SaringList, after: SaringList, paths: string[]): string {
  const lines = [
    `OLD ${paths[0]}: ${before.kind} list ${before.listId} version ${before.version}, ${before.entries.length} entries`,
    `NEW ${paths[1]}: ${after.kind} list ${after.listId} version ${after.version}, ${after.entries.length} entries`,
    ...diff.header.map(({ field, old, new: next }) => `${field}: ${shownValue(old)} -> ${shownValue(next)}`),
    `added (${diff.added.length}): ${diff.added.join(', ') || '-'}`,
    `removed (${diff.removed.length}): ${diff.removed.join(', ') || '-'}`,
    `changed (${diff.changed.length}): ${diff.changed.map(({ id, fields }) => `${id} (${fields.join(', ')})`).join(', ') || '-'}`,
  ];
  if (diff.identical) lines.push('NEW is the same list as OLD: subscribers holding OLD keep it unchanged');
  return `${lines.join('\n')}\n${warnings(diff, before, after)}`;
}

export async function diffCommand(argv: readonly string[], io: Io): Promise<number> {
  const { help, json, files } = parseDiffArgs(argv);
  if (help) {
    await io.stdout(DIFF_USAGE);
    return EXIT.ok;
  }
  if (files.length !== 2) throw new UsageError(`expected two files, OLD and NEW, got ${files.length}`, COMMAND);
  const [before, after] = [await readList(files[0]), await readList(files[1])];
  if (before.kind !== after.kind) throw new CliError(`${files[0]} is a ${before.kind} list and ${files[1]} a ${after.kind} list: only lists of one kind compare`);
  const diff = diffLists(before, after);
  if (!json) {
    await io.stdout(report(diff, before, after, files));
    return EXIT.ok;
  }
  const { added, removed, changed, versionIncreases } = diff;
  await io.stdout(`${JSON.stringify({ added, removed, changed, versionIncreases })}\n`);
  // Scripts read stdout; a person running --json still sees the one thing that breaks subscribers.
  const warning = warnings(diff, before, after);
  if (warning) io.stderr(warning);
  return EXIT.ok;
}
