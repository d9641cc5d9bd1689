import { open, stat } from 'node:fs/promises';
import { isRecord } from '../utils/is-record';
import { fromBase64, keyIdOf, SIGNATURE_ALGORITHM } from '../utils/lists/signature';
import { CliError } from './io';
import { readFailure, readTextFile } from './load-lists';

/** KEY.json: the publisher's key pair, both halves as base64 so the file is plain text. */
export interface SigningKeyFile {
  algorithm: typeof SIGNATURE_ALGORITHM;
  keyId: string;
  /** base64 SPKI: what subscribers paste into Saring. */
  publicKey: string;
  /** base64 PKCS8: whoever holds it can sign lists in the publisher's name. */
  privateKey: string;
}

export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: string;
  keyId: string;
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/**
 * Creates the file or fails: overwriting a signing key would orphan every subscriber
 * who holds the old public key, so an existing file is never replaced.
 */
export async function writeSigningKeyFile(path: string, file: SigningKeyFile): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${path} already exists; refusing to overwrite a signing key (subscribers hold its public key). Move it away or choose another --out`);
    }
    throw new CliError(`cannot write ${path}: ${readFailure(error)}`);
  }
  try {
    // The mode given to open is narrowed by the umask, never widened; chmod states it outright.
    await handle.chmod(0o600);
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
  } finally {
    await handle.close();
  }
}

function parseKeyFile(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`key file ${path} is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) throw new CliError(`key file ${path} is not a key made by "saring list keygen"`);
  return value;
}

/** Reads KEY.json for signing; a key whose halves do not belong together is caught by build's self-check. */
export async function readSigningKey(path: string): Promise<SigningKey> {
  const file = parseKeyFile(await readTextFile(path, 'key file'), path);
  if (file.algorithm !== SIGNATURE_ALGORITHM) throw new CliError(`key file ${path}: algorithm must be "${SIGNATURE_ALGORITHM}"`);
  if (typeof file.publicKey !== 'string' || typeof file.privateKey !== 'string') {
    throw new CliError(`key file ${path} has no publicKey and privateKey (made by "saring list keygen"?)`);
  }
  let privateKey: CryptoKey;
  let keyId: string;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', fromBase64(file.privateKey), ECDSA, false, ['sign']);
    keyId = await keyIdOf(fromBase64(file.publicKey));
  } catch {
    throw new CliError(`key file ${path}: privateKey or publicKey is not a base64 ECDSA P-256 key`);
  }
  return { privateKey, publicKey: file.publicKey, keyId };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const looksLikeBase64Key = (text: string) => /^[A-Za-z0-9+/=\s]{40,}$/.test(text);

/**
 * --public-key takes what a subscriber has at hand: the base64 key itself, KEY.json,
 * or a file holding just the base64 key. A path wins over a string that also looks like base64.
 */
export async function readPublicKeyArgument(argument: string): Promise<string> {
  if (!(await isFile(argument))) {
    if (looksLikeBase64Key(argument.trim())) return argument.trim();
    throw new CliError(`--public-key ${argument}: neither a base64 public key nor a readable file`);
  }
  const text = (await readTextFile(argument, 'public key file')).replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('{')) return text;
  const file = parseKeyFile(text, argument);
  if (typeof file.publicKey !== 'string') throw new CliError(`key file ${argument} has no publicKey`);
  return file.publicKey;
}
