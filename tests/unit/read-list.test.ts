import { beforeAll, describe, expect, it } from 'vitest';
import type { HoaxList } from '@/utils/lists/hoax-list';
import type { DisabledAdapter } from '@/utils/lists/list-envelope';
import { ListError, type ListProblem } from '@/utils/lists/list-problem';
import { mergeHoaxEntries, mergePatternEntries, switchedOff, versionBelow } from '@/utils/lists/merge-lists';
import type { PatternList } from '@/utils/lists/pattern-list';
import { acceptList, contentHash, DEFAULT_LIMITS, type HeldList, type ListLimits, readListText } from '@/utils/lists/read-list';
import { exportPublicKey, generateSigningKeys, signList } from '@/utils/lists/signature';

const NOW = Date.parse('2030-06-01T00:00:00Z');

function hoaxDocument(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'hoaxes',
    formatVersion: 1,
    listId: 'cekfakta-id',
    name: 'Cek Fakta',
    publisher: 'Cek Fakta Indonesia',
    version: 5,
    languages: ['id'],
    expires: '2031-01-01T00:00:00Z',
    entries: [
      { id: 'h1', claim: 'Vaksin mengandung chip 5G yang bisa dilacak', verdict: 'salah', sources: [{ publisher: 'Cek Fakta', url: 'https://cekfakta.com/1' }] },
      { id: 'h2', claim: 'Bantuan tunai dibagikan lewat tautan WhatsApp', verdict: 'hoaks', date: '2024-02-01' },
      { id: 'h3', claim: 'Air rebusan daun sirsak menyembuhkan kanker', verdict: 'menyesatkan', tags: ['kesehatan'] },
    ],
    ...overrides,
  };
}

function patternDocument(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'patterns',
    formatVersion: 1,
    listId: 'saring-patterns',
    version: 2,
    entries: [
      { id: 'p1', phrase: 'transfer sekarang', group: 'support' },
      { id: 'p2', phrase: 'pilih nomor urut', group: 'election' },
    ],
    ...overrides,
  };
}

/** The ListError a call throws; fails the test if it throws anything else or nothing. */
function listErrorOf(run: () => unknown): ListError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ListError);
    return error as ListError;
  }
  throw new Error('expected a ListError, but nothing was thrown');
}

async function rejectionOf(promise: Promise<unknown>): Promise<ListError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a ListError, but it resolved to ${String(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ListError);
  return error as ListError;
}

const expectProblem = (run: () => unknown, problem: ListProblem) => expect(listErrorOf(run).problem).toBe(problem);

describe('readListText', () => {
  it('reads a well-formed hoax list and a pattern list, keeping the parsed document', () => {
    const { document, list } = readListText(JSON.stringify(hoaxDocument(), null, 2));
    expect(list.kind).toBe('hoaxes');
    expect(list.listId).toBe('cekfakta-id');
    expect(list.entries.map((e) => e.id)).toEqual(['h1', 'h2', 'h3']);
    expect(document).toEqual(hoaxDocument());
    const patterns = readListText(JSON.stringify(patternDocument()));
    expect(patterns.list.kind).toBe('patterns');
    expect(patterns.list.entries).toHaveLength(2);
  });

  it('says "html" for an error page, a login page, or one behind white space', () => {
    for (const page of ['<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', '\n\n   <html lang="id"><body>Masuk</body></html>', '\uFEFF<!doctype html>']) {
      const error = listErrorOf(() => readListText(page));
      expect(error.problem).toBe('html');
      expect(error.message).toMatch(/web page/);
    }
  });

  it('says "truncated" when the body stops inside a string', () => {
    const text = JSON.stringify(hoaxDocument(), null, 2);
    const cut = text.slice(0, text.indexOf('chip 5G'));
    expect(listErrorOf(() => readListText(cut)).problem).toBe('truncated');
    expect(listErrorOf(() => readListText(text.slice(0, text.indexOf('"entries"') + 12))).problem).toBe('truncated');
  });

  it('says "truncated", never "bad-json", wherever the body is cut', () => {
    // A download cut short can stop after any byte: right after a number, after a closing
    // brace between entries, or after the white space that follows a comma.
    const text = JSON.stringify(hoaxDocument(), null, 2);
    const misread: string[] = [];
    for (let end = 1; end < text.length; end++) {
      const cut = text.slice(0, end);
      if (cut.trim() === '') continue;
      const error = listErrorOf(() => readListText(cut));
      if (error.problem !== 'truncated') misread.push(`${error.problem} after ${JSON.stringify(cut.slice(-12))}: ${error.message}`);
    }
    expect(misread.length, `${misread.length} of ${text.length - 1} cut points misread, e.g.\n${misread.slice(0, 6).join('\n')}\n`).toBe(0);
  });

  it('says "bad-json" for text that is not JSON, and quotes the parser', () => {
    for (const text of ["{kind: 'hoaxes'}", '{"kind":"hoaxes",}', 'hello', '{"a":1} trailing']) {
      const error = listErrorOf(() => readListText(text));
      expect(error.problem, text).toBe('bad-json');
      expect(error.message).toMatch(/not valid JSON \(.+\)/);
    }
  });

  it('says "schema" for a JSON array, a string, or null', () => {
    for (const text of ['[]', '[{"kind":"hoaxes"}]', '"hoaxes"', 'null', '42']) {
      const error = listErrorOf(() => readListText(text));
      expect(error.problem, text).toBe('schema');
      expect(error.message).toMatch(/expected a JSON object/);
    }
  });

  it('says "schema" for a missing kind, a bad formatVersion, a version as a string, a bad entry', () => {
    const { kind: _kind, ...noKind } = hoaxDocument();
    const cases: [Record<string, unknown>, RegExp][] = [
      [noKind, /kind must be "hoaxes"/],
      [hoaxDocument({ kind: 'fact-checks' }), /kind must be "hoaxes"/],
      [hoaxDocument({ formatVersion: 2 }), /formatVersion/],
      [hoaxDocument({ version: '6' }), /no version/],
      [hoaxDocument({ entries: {} }), /entries must be an array/],
      [hoaxDocument({ expires: 'someday' }), /expires must be an ISO date-time/],
      [hoaxDocument({ entries: [{ id: 'x', verdict: 'salah' }] }), /claim is missing/],
      [patternDocument({ entries: [{ id: 'p', phrase: 'x', group: 'nope' }] }), /unknown group/],
    ];
    for (const [document, message] of cases) {
      const error = listErrorOf(() => readListText(JSON.stringify(document)));
      expect(error.problem).toBe('schema');
      expect(error.message).toMatch(message);
    }
  });

  it('says "too-many-entries" past the limit for the list\'s kind, and takes the limit itself', () => {
    const limits: ListLimits = { maxBytes: 1_000_000, maxHoaxEntries: 2, maxPatternEntries: 1 };
    const error = listErrorOf(() => readListText(JSON.stringify(hoaxDocument()), limits));
    expect(error.problem).toBe('too-many-entries');
    expect(error.message).toMatch(/3 entries, more than the 2 allowed/);
    expectProblem(() => readListText(JSON.stringify(patternDocument()), limits), 'too-many-entries');
    const two = hoaxDocument({ entries: (hoaxDocument().entries as unknown[]).slice(0, 2) });
    expect(readListText(JSON.stringify(two), limits).list.entries).toHaveLength(2);
    expect(readListText(JSON.stringify(patternDocument()), { ...limits, maxPatternEntries: 2 }).list.entries).toHaveLength(2);
  });

  it('counts entries before checking them, so a flood of junk entries is refused by count', () => {
    const limits: ListLimits = { ...DEFAULT_LIMITS, maxHoaxEntries: 10 };
    expectProblem(() => readListText(JSON.stringify(hoaxDocument({ entries: Array.from({ length: 11 }, () => 'junk') })), limits), 'too-many-entries');
  });

  it('says "too-large" past maxBytes, before parsing', () => {
    const text = JSON.stringify(hoaxDocument());
    const error = listErrorOf(() => readListText(text, { ...DEFAULT_LIMITS, maxBytes: text.length - 1 }));
    expect(error.problem).toBe('too-large');
    expect(readListText(text, { ...DEFAULT_LIMITS, maxBytes: text.length }).list.entries).toHaveLength(3);
    // Too large wins over not being JSON: the text is never parsed.
    expectProblem(() => readListText(`<html>${'x'.repeat(100)}`, { ...DEFAULT_LIMITS, maxBytes: 50 }), 'too-large');
  });
});

describe('acceptList', () => {
  let keys: CryptoKeyPair;
  let publicKey: string;
  let otherKeys: CryptoKeyPair;
  let otherPublicKey: string;

  beforeAll(async () => {
    keys = await generateSigningKeys();
    publicKey = await exportPublicKey(keys.publicKey);
    otherKeys = await generateSigningKeys();
    otherPublicKey = await exportPublicKey(otherKeys.publicKey);
  });

  /** Signs the document, writes it as a server would, and reads it back. */
  async function download(document: Record<string, unknown>, signer: { keys: CryptoKeyPair; publicKey: string } = { keys, publicKey }) {
    const signed = await signList(document, signer.keys.privateKey, signer.publicKey);
    return readListText(JSON.stringify(signed, null, 2));
  }

  async function held(document: Record<string, unknown>): Promise<HeldList> {
    const { list } = readListText(JSON.stringify(document));
    return { listId: list.listId, kind: list.kind, version: list.version, hash: await contentHash(list) };
  }

  it('takes a signed list when nothing is held: "new"', async () => {
    const { document, list } = await download(hoaxDocument());
    expect(await acceptList(document, list, { publicKey, now: NOW })).toBe('new');
  });

  it('takes a higher version of the list held: "new"', async () => {
    const { document, list } = await download(hoaxDocument({ version: 6 }));
    expect(await acceptList(document, list, { publicKey, held: await held(hoaxDocument()), now: NOW })).toBe('new');
  });

  it('says "unchanged" for the same version with the same contents, in whatever key order', async () => {
    const reordered = Object.fromEntries(Object.entries(hoaxDocument()).reverse());
    const { document, list } = await download(reordered);
    expect(await acceptList(document, list, { publicKey, held: await held(hoaxDocument()), now: NOW })).toBe('unchanged');
  });

  it('refuses the same version with other contents as a rollback', async () => {
    const changed = hoaxDocument();
    (changed.entries as { claim: string }[])[0].claim = 'Vaksin mengandung chip 6G yang bisa dilacak';
    const { document, list } = await download(changed);
    const error = await rejectionOf(acceptList(document, list, { publicKey, held: await held(hoaxDocument()), now: NOW }));
    expect(error.problem).toBe('rollback');
    expect(error.message).toMatch(/version 5 was published again/);
  });

  it('refuses an older version as a rollback, signature and all', async () => {
    const { document, list } = await download(hoaxDocument({ version: 4 }));
    const error = await rejectionOf(acceptList(document, list, { publicKey, held: await held(hoaxDocument()), now: NOW }));
    expect(error.problem).toBe('rollback');
    expect(error.message).toMatch(/version 4 is older than the version 5/);
  });

  it('refuses another listId, or another kind under the same listId: "wrong-list"', async () => {
    const other = await download(hoaxDocument({ listId: 'turnbackhoax', version: 9 }));
    expect((await rejectionOf(acceptList(other.document, other.list, { publicKey, held: await held(hoaxDocument()), now: NOW }))).problem).toBe('wrong-list');
    const patterns = await download(patternDocument({ listId: 'cekfakta-id', version: 9 }));
    expect((await rejectionOf(acceptList(patterns.document, patterns.list, { publicKey, held: await held(hoaxDocument()), now: NOW }))).problem).toBe('wrong-list');
  });

  it('refuses a list past its expiry: "expired", even with nothing held; takes it before', async () => {
    const { document, list } = await download(hoaxDocument({ expires: '2030-05-31T23:59:59Z' }));
    const error = await rejectionOf(acceptList(document, list, { publicKey, now: NOW }));
    expect(error.problem).toBe('expired');
    expect(error.message).toContain('2030-05-31T23:59:59Z');
    expect((await rejectionOf(acceptList(document, list, { publicKey, now: Date.parse('2030-05-31T23:59:59Z') }))).problem).toBe('expired');
    expect(await acceptList(document, list, { publicKey, now: Date.parse('2030-05-31T23:59:58Z') })).toBe('new');
  });

  it('takes a list with no expiry whatever the date', async () => {
    const { expires: _expires, ...forever } = hoaxDocument();
    const { document, list } = await download(forever);
    expect(await acceptList(document, list, { publicKey, now: Date.parse('2999-01-01T00:00:00Z') })).toBe('new');
  });

  it('refuses an unsigned list: "unsigned", before looking at its version or expiry', async () => {
    const { document, list } = readListText(JSON.stringify(hoaxDocument({ version: 1, expires: '2000-01-01T00:00:00Z' })));
    const error = await rejectionOf(acceptList(document, list, { publicKey, held: await held(hoaxDocument()), now: NOW }));
    expect(error.problem).toBe('unsigned');
  });

  it('refuses a list changed after signing: "bad-signature"', async () => {
    const signed = await signList(hoaxDocument(), keys.privateKey, publicKey);
    const text = JSON.stringify(signed).replace('chip 5G', 'chip 6G');
    const { document, list } = readListText(text);
    const error = await rejectionOf(acceptList(document, list, { publicKey, now: NOW }));
    expect(error.message).toMatch(/does not match/);
    expect(error.problem).toBe('bad-signature');
  });

  it('refuses a signature by another key that copies the expected keyId: "bad-signature"', async () => {
    const forged = await signList(hoaxDocument({ version: 99 }), otherKeys.privateKey, otherPublicKey);
    forged.signature.keyId = (await signList(hoaxDocument(), keys.privateKey, publicKey)).signature.keyId;
    const { document, list } = readListText(JSON.stringify(forged));
    expect((await rejectionOf(acceptList(document, list, { publicKey, now: NOW }))).problem).toBe('bad-signature');
  });

  it('refuses a list signed with another key: "wrong-key"', async () => {
    const { document, list } = await download(hoaxDocument(), { keys: otherKeys, publicKey: otherPublicKey });
    const error = await rejectionOf(acceptList(document, list, { publicKey, now: NOW }));
    expect(error.problem).toBe('wrong-key');
    expect(error.message).toMatch(/another key/);
  });

  it('refuses a malformed signature or another algorithm: "bad-signature"', async () => {
    const signed = await signList(hoaxDocument(), keys.privateKey, publicKey);
    for (const signature of [{ ...signed.signature, algorithm: 'RSA-SHA256' }, { ...signed.signature, value: '%%%' }, 'sig', { keyId: signed.signature.keyId }]) {
      const { document, list } = readListText(JSON.stringify({ ...signed, signature }));
      expect((await rejectionOf(acceptList(document, list, { publicKey, now: NOW }))).problem, JSON.stringify(signature)).toBe('bad-signature');
    }
  });

  it('classifies by what is wrong, not by words the file itself puts in the message', async () => {
    // The algorithm named in the file is quoted in the SignatureError's message.
    const signed = await signList(hoaxDocument(), keys.privateKey, publicKey);
    for (const algorithm of ['signed with another key', 'the list is not signed']) {
      const { document, list } = readListText(JSON.stringify({ ...signed, signature: { ...signed.signature, algorithm } }));
      expect((await rejectionOf(acceptList(document, list, { publicKey, now: NOW }))).problem, algorithm).toBe('bad-signature');
    }
  });

  it('contentHash: 64 hex digits, the same for the same list in any key order, other for other contents', async () => {
    const a = readListText(JSON.stringify(hoaxDocument())).list;
    const b = readListText(JSON.stringify(Object.fromEntries(Object.entries(hoaxDocument()).reverse()))).list;
    const c = readListText(JSON.stringify(hoaxDocument({ name: 'Cek Fakta!' }))).list;
    expect(await contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(b)).toBe(await contentHash(a));
    expect(await contentHash(c)).not.toBe(await contentHash(a));
  });
});

describe('merge-lists', () => {
  const hoaxList = (listId: string, entries: [string, string][]): HoaxList => ({
    kind: 'hoaxes',
    formatVersion: 1,
    listId,
    name: listId,
    publisher: listId,
    version: 1,
    languages: [],
    entries: entries.map(([id, claim]) => ({ id, claim, verdict: 'salah', sources: [] })),
  });

  it('gives a shared id to the list given first, and keeps the order entries come in', () => {
    const bundled = hoaxList('bundled', [
      ['a', 'bundled a'],
      ['b', 'bundled b'],
    ]);
    const subscription = hoaxList('sub', [
      ['c', 'sub c'],
      ['a', 'sub a'],
      ['d', 'sub d'],
    ]);
    const merged = mergeHoaxEntries([bundled, subscription]);
    expect(merged.map((e) => `${e.id}:${e.claim}`)).toEqual(['a:bundled a', 'b:bundled b', 'c:sub c', 'd:sub d']);
    expect(mergeHoaxEntries([subscription, bundled]).map((e) => `${e.id}:${e.claim}`)).toEqual(['c:sub c', 'a:sub a', 'd:sub d', 'b:bundled b']);
    expect(mergeHoaxEntries([])).toEqual([]);
  });

  it('merges pattern entries the same way', () => {
    const list = (entries: [string, string][]): PatternList => ({
      kind: 'patterns',
      formatVersion: 1,
      listId: 'p',
      name: '',
      publisher: '',
      version: 1,
      languages: [],
      entries: entries.map(([id, phrase]) => ({ id, phrase, group: 'support' })),
    });
    const merged = mergePatternEntries([list([['x', 'first x']]), list([['y', 'y'], ['x', 'second x']])]);
    expect(merged.map((e) => e.phrase)).toEqual(['first x', 'y']);
  });

  it('versionBelow compares dotted versions by number', () => {
    const table: [string, string, boolean][] = [
      ['0.9.3', '0.10.0', true],
      ['0.10.0', '0.9.3', false],
      ['1.0', '1.0.0', false],
      ['1.0.0', '1.0', false],
      ['1.0.0', '1.0.0', false],
      ['2.0.0', '1.9.9', false],
      ['1.9.9', '2.0.0', true],
      ['1.2', '1.2.1', true],
      ['1.2.1', '1.2', false],
      ['0.1.0', '0.2.0', true],
      ['10.0.0', '9.99.99', false],
      ['1.0.0.1', '1.0.0.2', true],
    ];
    for (const [version, limit, below] of table) expect(versionBelow(version, limit), `${version} < ${limit}`).toBe(below);
  });

  it('switchedOff: the first switch-off for this platform that this extension version is still below', () => {
    const youtube: DisabledAdapter = { platform: 'youtube', untilVersion: '0.3.0', reason: 'layout changed' };
    const youtubeLater: DisabledAdapter = { platform: 'youtube', untilVersion: '0.5.0', reason: 'again' };
    const tiktok: DisabledAdapter = { platform: 'tiktok', untilVersion: '1.0.0', reason: 'feed rewritten' };
    const lists = [{ disabledAdapters: [tiktok] }, {}, { disabledAdapters: [youtube, youtubeLater] }];
    expect(switchedOff(lists, 'youtube', '0.2.9')).toBe(youtube);
    expect(switchedOff(lists, 'youtube', '0.3.0')).toBe(youtubeLater);
    expect(switchedOff(lists, 'youtube', '0.10.0')).toBeUndefined();
    expect(switchedOff(lists, 'tiktok', '0.10.0')).toBe(tiktok);
    expect(switchedOff(lists, 'tiktok', '1.0')).toBeUndefined();
    expect(switchedOff(lists, 'instagram', '0.0.1')).toBeUndefined();
    expect(switchedOff([], 'youtube', '0.0.1')).toBeUndefined();
  });

  it('switchedOff works on what readListText returns', () => {
    const { list } = readListText(JSON.stringify(hoaxDocument({ disabledAdapters: [{ platform: 'facebook', untilVersion: '0.4.0', reason: 'x'.repeat(400) }] })));
    expect(list.disabledAdapters?.[0].reason).toHaveLength(300);
    expect(switchedOff([list], 'facebook', '0.3.12')?.untilVersion).toBe('0.4.0');
    expect(switchedOff([list], 'facebook', '0.4.0')).toBeUndefined();
    expectProblem(() => readListText(JSON.stringify(hoaxDocument({ disabledAdapters: [{ platform: 'myspace', untilVersion: '1.0.0' }] }))), 'schema');
    expectProblem(() => readListText(JSON.stringify(hoaxDocument({ disabledAdapters: [{ platform: 'facebook', untilVersion: 'next' }] }))), 'schema');
  });
});
