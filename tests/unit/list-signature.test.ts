import { createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/lists/canonical-json';
import {
  exportPublicKey,
  fromBase64,
  generateSigningKeys,
  importPublicKey,
  keyIdOf,
  SIGNATURE_ALGORITHM,
  SignatureError,
  signedBytes,
  signList,
  toBase64,
  verifyListSignature,
} from '@/utils/lists/signature';

/** Every object's keys in reverse order, recursively: the same JSON value, other text. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Rejects with a SignatureError whose message matches `pattern`. */
async function expectSignatureError(promise: Promise<unknown>, pattern: RegExp): Promise<SignatureError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a SignatureError, but the promise resolved');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignatureError);
  expect((error as Error).message).toMatch(pattern);
  return error as SignatureError;
}

const sampleList = () => ({
  kind: 'hoaxes',
  formatVersion: 1,
  listId: 'cekfakta-id',
  name: 'Cek Fakta',
  publisher: 'Cek Fakta Indonesia',
  version: 7,
  languages: ['id', 'en'],
  expires: '2031-01-01T00:00:00Z',
  entries: [
    { id: 'h1', claim: 'Vaksin mengandung chip 5G', verdict: 'salah', sources: [{ publisher: 'Cek Fakta', url: 'https://cekfakta.com/1' }] },
    { id: 'h2', claim: 'Café «naïve» — 日本語 😀 "quoted" \\ back', verdict: 'hoaks', sources: [] },
  ],
});

describe('canonicalJson', () => {
  it('sorts keys, so key order in the input does not matter', () => {
    const a = canonicalJson({ b: 1, a: 2, c: { z: true, y: null } });
    const b = canonicalJson({ c: { y: null, z: true }, a: 2, b: 1 });
    expect(a).toBe('{"a":2,"b":1,"c":{"y":null,"z":true}}');
    expect(b).toBe(a);
  });

  it('keeps array order and sorts objects nested in arrays and arrays nested in objects', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ list: [{ y: 1, x: [{ q: 0, p: [] }] }, [], {}] })).toBe('{"list":[{"x":[{"p":[],"q":0}],"y":1},[],{}]}');
  });

  it('writes no white space', () => {
    expect(canonicalJson({ a: [1, { b: 'x y' }] })).toBe('{"a":[1,{"b":"x y"}]}');
  });

  it('sorts keys by UTF-16 code units (RFC 8785), not by code point or locale', () => {
    // U+1F600 is the surrogate pair D83D DE00, which sorts below U+FB01 in UTF-16 though above it in code points.
    const emoji = '\u{1F600}';
    const ligature = '\uFB01';
    expect(canonicalJson({ [ligature]: 1, [emoji]: 2, a: 3, B: 4, '10': 5, '2': 6 })).toBe(`{"10":5,"2":6,"B":4,"a":3,"${emoji}":2,"${ligature}":1}`);
  });

  it('writes strings exactly as JSON.stringify does: unicode raw, control characters and quotes escaped', () => {
    for (const text of ['', 'plain', 'Café 日本語 😀', 'quote " and backslash \\', 'line\nbreak\ttab\r\b\f', '\u0000\u0001\u001f\u007f', '\u2028\u2029', '\ud800 lone', 'lone \udfff', '</script><script>alert(1)</script>']) {
      expect(canonicalJson(text)).toBe(JSON.stringify(text));
      expect(canonicalJson({ [text]: text })).toBe(`{${JSON.stringify(text)}:${JSON.stringify(text)}}`);
    }
    // Lone surrogates are escaped, never written raw: UTF-8 would turn them into U+FFFD and merge distinct strings.
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('matches the RFC 8785 sample (section 3.2.2)', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('drops undefined fields, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(canonicalJson({ b: 1 }));
  });

  it('writes -0 as 0 and numbers as JSON.stringify does', () => {
    for (const n of [0, -0, 1, -1, 1.5, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE]) expect(canonicalJson(n)).toBe(JSON.stringify(n));
  });

  it('refuses NaN and the infinities, wherever they are', () => {
    for (const bad of [NaN, Infinity, -Infinity, [1, NaN], { a: { b: Infinity } }]) expect(() => canonicalJson(bad)).toThrow(/cannot hold the number/);
  });

  it('refuses values JSON has no form for', () => {
    expect(() => canonicalJson(10n)).toThrow(/cannot hold bigint/);
    expect(() => canonicalJson(() => 1)).toThrow(/cannot hold function/);
    expect(() => canonicalJson(Symbol('s'))).toThrow(/cannot hold symbol/);
  });

  it('is a fixed point, and parses back to what JSON.stringify would give (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalJson(value);
        expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
        expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
        // The same value with its keys in another order has the same canonical form.
        expect(canonicalJson(reverseKeys(value))).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });

  it('ignores white space (keys pasted across lines) and refuses anything else', () => {
    expect([...fromBase64(' +/8=\n')]).toEqual([0xfb, 0xff]);
    for (const bad of ['abc', 'ab$c', 'YQ', '====', 'YQ===', '-_8=']) expect(() => fromBase64(bad), bad).toThrow(SignatureError);
  });
});

describe('list signatures', () => {
  let keys: CryptoKeyPair;
  let publicKey: string;
  let other: CryptoKeyPair;
  let otherPublicKey: string;

  beforeAll(async () => {
    keys = await generateSigningKeys();
    publicKey = await exportPublicKey(keys.publicKey);
    other = await generateSigningKeys();
    otherPublicKey = await exportPublicKey(other.publicKey);
  });

  it('signs a list that then verifies, naming the key by the first 16 hex digits of its SPKI hash', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    expect(signed.signature.algorithm).toBe(SIGNATURE_ALGORITHM);
    expect(signed.signature.keyId).toMatch(/^[0-9a-f]{16}$/);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(publicKey)));
    expect(signed.signature.keyId).toBe(Buffer.from(digest.slice(0, 8)).toString('hex'));
    expect(await keyIdOf(fromBase64(publicKey))).toBe(signed.signature.keyId);
    expect(fromBase64(signed.signature.value)).toHaveLength(64);
    await expect(verifyListSignature(signed, publicKey)).resolves.toBeUndefined();
  });

  it('verifies after the file is written with other key order and indentation, then parsed again', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const text = JSON.stringify(reverseKeys(signed), null, 2);
    expect(text).not.toBe(JSON.stringify(signed));
    expect(text.indexOf('"signature"')).toBeLessThan(text.indexOf('"kind"'));
    await expect(verifyListSignature(JSON.parse(text), publicKey)).resolves.toBeUndefined();
  });

  it('signs the list without its signature, and replaces a signature the list already had', async () => {
    const first = await signList(sampleList(), keys.privateKey, publicKey);
    const resigned = await signList(first, other.privateKey, otherPublicKey);
    await expect(verifyListSignature(resigned, otherPublicKey)).resolves.toBeUndefined();
    expect(new TextDecoder().decode(signedBytes(first))).toBe(canonicalJson(sampleList()));
    expect(signedBytes(resigned)).toEqual(signedBytes(first));
  });

  it('fails when one character of one claim changes', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const tampered = JSON.parse(JSON.stringify(signed));
    tampered.entries[0].claim = tampered.entries[0].claim.replace('5G', '6G');
    await expectSignatureError(verifyListSignature(tampered, publicKey), /does not match/);
  });

  it('fails when a lone surrogate takes the place of U+FFFD (the bytes signed keep them apart)', async () => {
    const list = sampleList();
    list.entries[0].claim = 'bad \uFFFD text';
    const signed = await signList(list, keys.privateKey, publicKey);
    const tampered = JSON.parse(JSON.stringify(signed));
    tampered.entries[0].claim = 'bad \ud800 text';
    await expectSignatureError(verifyListSignature(tampered, publicKey), /does not match/);
  });

  it('fails when a field is added, a field is removed, or the version changes', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const mutations: ((doc: Record<string, unknown>) => void)[] = [
      (doc) => (doc.extra = 1),
      (doc) => delete doc.expires,
      (doc) => (doc.version = 8),
      (doc) => ((doc.entries as unknown[]).length = 1),
      (doc) => (doc.languages = ['en', 'id']),
    ];
    for (const mutate of mutations) {
      const doc = JSON.parse(JSON.stringify(signed));
      mutate(doc);
      await expectSignatureError(verifyListSignature(doc, publicKey), /does not match/);
    }
  });

  it('fails when the signature is removed: "not signed"', async () => {
    const { signature: _signature, ...unsigned } = await signList(sampleList(), keys.privateKey, publicKey);
    await expectSignatureError(verifyListSignature(unsigned, publicKey), /not signed/);
  });

  it('fails with another key pair: "another key", naming both keys', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const error = await expectSignatureError(verifyListSignature(signed, otherPublicKey), /another key/);
    expect(error.message).toContain(signed.signature.keyId);
    expect(error.message).toContain(await keyIdOf(fromBase64(otherPublicKey)));
  });

  it('fails when another key signs but the right keyId is copied in: "does not match"', async () => {
    const forged = await signList(sampleList(), other.privateKey, otherPublicKey);
    forged.signature.keyId = await keyIdOf(fromBase64(publicKey));
    await expectSignatureError(verifyListSignature(forged, publicKey), /does not match/);
  });

  it('fails with a clear message when the signature value is not base64', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    for (const value of ['not base64!', 'abc', '$$$$']) {
      const error = await expectSignatureError(verifyListSignature({ ...signed, signature: { ...signed.signature, value } }, publicKey), /cannot be checked: not base64/);
      expect(error.message).not.toMatch(/another key/);
    }
  });

  it('fails when the signature value is base64 of the wrong length', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const value = toBase64(fromBase64(signed.signature.value).slice(0, 63));
    await expectSignatureError(verifyListSignature({ ...signed, signature: { ...signed.signature, value } }, publicKey), /does not match/);
  });

  it('fails with a clear message for another algorithm', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    await expectSignatureError(
      verifyListSignature({ ...signed, signature: { ...signed.signature, algorithm: 'Ed25519' } }, publicKey),
      /signed with "Ed25519", not ECDSA-P256-SHA256/,
    );
    const { algorithm: _algorithm, ...noAlgorithm } = signed.signature;
    await expectSignatureError(verifyListSignature({ ...signed, signature: noAlgorithm }, publicKey), /not ECDSA-P256-SHA256/);
  });

  it('fails with "malformed" when the signature is not an object holding strings', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    for (const signature of [null, 'abc', [], { ...signed.signature, value: 5 }, { ...signed.signature, keyId: null }]) {
      await expectSignatureError(verifyListSignature({ ...signed, signature }, publicKey), /malformed/);
    }
  });

  it('reports a public key that is not base64', async () => {
    await expectSignatureError(importPublicKey('not a key!'), /not base64/);
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    await expectSignatureError(verifyListSignature(signed, 'not a key!'), /public key is not base64/);
  });

  it('refuses public keys that are not P-256 SPKI: P-384, Ed25519, RSA, a raw point, garbage bytes', async () => {
    const p384 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
    const ed = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'der', type: 'spki' });
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
    const candidates = [
      await exportPublicKey(p384.publicKey),
      toBase64(new Uint8Array(ed)),
      toBase64(new Uint8Array(rsa)),
      toBase64(raw),
      toBase64(new Uint8Array(91).fill(7)),
      '',
    ];
    for (const key of candidates) await expectSignatureError(importPublicKey(key), /not an ECDSA P-256 public key/);
    const imported = await importPublicKey(publicKey);
    expect(imported.key.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    expect(imported.key.usages).toEqual(['verify']);
  });

  it('verifies with Node\'s own crypto over the canonical bytes (interoperable beyond WebCrypto)', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    const nodeKey = createPublicKey({ key: Buffer.from(fromBase64(publicKey)), format: 'der', type: 'spki' });
    expect(nodeKey.asymmetricKeyType).toBe('ec');
    expect(nodeKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const bytes = Buffer.from(canonicalJson(sampleList()), 'utf8');
    const signature = Buffer.from(fromBase64(signed.signature.value));
    expect(nodeVerify('sha256', bytes, { key: nodeKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    // The same check on other bytes fails: Node is really checking.
    expect(nodeVerify('sha256', Buffer.from(canonicalJson({ ...sampleList(), version: 8 })), { key: nodeKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(false);
  });

  it('accepts a list signed by Node\'s crypto with a key made outside WebCrypto', async () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = toBase64(new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })));
    const list = sampleList();
    const value = nodeSign('sha256', Buffer.from(canonicalJson(list), 'utf8'), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
    const doc = { ...list, signature: { algorithm: SIGNATURE_ALGORITHM, keyId: await keyIdOf(fromBase64(spki)), value: toBase64(new Uint8Array(value)) } };
    await expect(verifyListSignature(JSON.parse(JSON.stringify(doc, null, 4)), spki)).resolves.toBeUndefined();
    doc.entries[1].verdict = 'benar';
    await expectSignatureError(verifyListSignature(doc, spki), /does not match/);
  });

  it('verifies whatever the key order and indentation of the signed file (property)', async () => {
    const signed = await signList(sampleList(), keys.privateKey, publicKey);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(0, 1, 2, 4, '\t'), async (seed, indent) => {
        let state = seed;
        const shuffle = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(shuffle);
          if (value === null || typeof value !== 'object') return value;
          const entries = Object.entries(value);
          for (let i = entries.length - 1; i > 0; i--) {
            state = (state * 1103515245 + 12345) % 2 ** 31;
            const j = state % (i + 1);
            [entries[i], entries[j]] = [entries[j], entries[i]];
          }
          return Object.fromEntries(entries.map(([k, v]) => [k, shuffle(v)]));
        };
        await verifyListSignature(JSON.parse(JSON.stringify(shuffle(signed), null, indent)), publicKey);
      }),
      { numRuns: 50 },
    );
  });
});
