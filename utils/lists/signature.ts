import { canonicalJson } from './canonical-json';
import { isRecord } from '../is-record';

/**
 * ECDSA on P-256 with SHA-256, through WebCrypto: the one signature every browser Saring runs
 * in and Node's own crypto verify alike (Ed25519 came to WebCrypto years later in some).
 */
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Sits beside the list's fields in the file and is left out of what it signs. */
export interface ListSignature {
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** The first 16 hex digits of SHA-256 over the public key (SPKI): names the key without holding it. */
  keyId: string;
  /** base64 of the 64-byte IEEE P1363 signature (r then s), as WebCrypto makes it. */
  value: string;
}

export class SignatureError extends Error {
  override name = 'SignatureError';
  constructor(
    message: string,
    /** What went wrong, for code: the message is for people. */
    readonly reason: 'unsigned' | 'wrong-key' | 'bad-signature' = 'bad-signature',
  ) {
    super(message);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new SignatureError('not base64');
  const binary = atob(clean);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The bytes a signature covers: the list without its signature, canonical. */
export function signedBytes(document: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...list } = document;
  return new TextEncoder().encode(canonicalJson(list));
}

export async function keyIdOf(spki: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A publisher's public key as people pass it around: base64 of its SPKI (DER) bytes. */
export async function importPublicKey(base64Spki: string): Promise<{ key: CryptoKey; keyId: string }> {
  let spki: Uint8Array<ArrayBuffer>;
  try {
    spki = fromBase64(base64Spki);
  } catch {
    throw new SignatureError('the public key is not base64 (paste the key exactly as the publisher gives it)');
  }
  try {
    const key = await crypto.subtle.importKey('spki', spki, ECDSA, false, ['verify']);
    return { key, keyId: await keyIdOf(spki) };
  } catch {
    throw new SignatureError('the public key is not an ECDSA P-256 public key');
  }
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
}

export function generateSigningKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
}

/** The list with its signature added; any signature it had is replaced. */
export async function signList<T extends object>(list: T, privateKey: CryptoKey, publicKeyBase64: string): Promise<T & { signature: ListSignature }> {
  const { signature: _old, ...unsigned } = list as Record<string, unknown>;
  const value = new Uint8Array(await crypto.subtle.sign(SIGN_PARAMS, privateKey, signedBytes(unsigned)));
  const keyId = await keyIdOf(fromBase64(publicKeyBase64));
  return { ...(unsigned as T), signature: { algorithm: SIGNATURE_ALGORITHM, keyId, value: toBase64(value) } };
}

function readSignature(document: Record<string, unknown>): ListSignature {
  const signature = document.signature;
  if (signature === undefined) throw new SignatureError('the list is not signed', 'unsigned');
  if (!isRecord(signature) || typeof signature.value !== 'string' || typeof signature.keyId !== 'string') throw new SignatureError('the list signature is malformed');
  // Named only when it is a short string: a hostile value (10,000 nested arrays) must not reach JSON.stringify.
  const named = typeof signature.algorithm === 'string' ? `"${signature.algorithm.slice(0, 40)}"` : 'an unknown algorithm';
  if (signature.algorithm !== SIGNATURE_ALGORITHM) throw new SignatureError(`the list is signed with ${named}, not ${SIGNATURE_ALGORITHM}`);
  return signature as unknown as ListSignature;
}

/**
 * Verifies a parsed list document against its publisher's key; throws a SignatureError
 * saying what is wrong: no signature, another key, or a signature that does not match.
 */
export async function verifyListSignature(document: Record<string, unknown>, publicKeyBase64: string): Promise<void> {
  const signature = readSignature(document);
  const { key, keyId } = await importPublicKey(publicKeyBase64);
  if (signature.keyId !== keyId) throw new SignatureError(`the list is signed with another key (${signature.keyId}, expected ${keyId})`, 'wrong-key');
  let bytes: Uint8Array<ArrayBuffer>;
  let signed: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(signature.value);
    signed = signedBytes(document);
  } catch (error) {
    throw new SignatureError(`the list signature cannot be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!(await crypto.subtle.verify(SIGN_PARAMS, key, bytes, signed))) throw new SignatureError('the list signature does not match its contents (changed after signing, or signed with another key)');
}
