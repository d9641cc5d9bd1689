import { parseOptions, required } from './args';
import { readListText } from '../utils/lists/read-list';
import { SignatureError, verifyListSignature } from '../utils/lists/signature';
import { CliError, EXIT, type Io } from './io';
import { readTextFile } from './load-lists';
import { readPublicKeyArgument } from './signing-key';
import { VERIFY_USAGE } from './usage';

const COMMAND = 'list verify';

/**
 * Checks a list file as a subscriber's Saring would on download (limits, shape, signature),
 * so a publisher finds a bad file before subscribers do.
 */
export async function verifyCommand(argv: readonly string[], io: Io): Promise<number> {
  const { help, values } = parseOptions(argv, ['list', 'public-key'], COMMAND);
  if (help) {
    await io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  const path = required(values, 'list', COMMAND);
  const publicKey = await readPublicKeyArgument(required(values, 'public-key', COMMAND));
  // Saring downloads with fetch, whose text() drops a BOM; reading the file keeps one.
  const text = (await readTextFile(path, 'list')).replace(/^\uFEFF/, '');
  let read: ReturnType<typeof readListText>;
  try {
    read = readListText(text);
    await verifyListSignature(read.document, publicKey);
  } catch (error) {
    if (error instanceof SignatureError) throw new CliError(`${path}: signature check failed: ${error.message}`);
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
  const { list } = read;
  const keyId = (read.document.signature as { keyId: string }).keyId;
  if (list.expires && Date.parse(list.expires) <= Date.now()) {
    io.stderr(`warning: the list expired on ${list.expires}: subscribers will refuse it until a renewed one is published\n`);
  }
  await io.stdout(`ok: ${list.kind} list ${list.listId} version ${list.version}, ${list.entries.length} entries, expires ${list.expires ?? 'never'}, signed by key ${keyId}\n`);
  return EXIT.ok;
}
