import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PHRASE_GROUPS } from '@/utils/engine/types';
import { canonicalJson } from '@/utils/lists/canonical-json';
import { checkHoaxList } from '@/utils/lists/check-hoax-list';
import { ListError, type ListProblem } from '@/utils/lists/list-problem';
import { checkPatternList } from '@/utils/lists/pattern-list';
import { acceptList, DEFAULT_LIMITS, type ListLimits, readListText, type SaringList } from '@/utils/lists/read-list';
import { exportPublicKey, fromBase64, generateSigningKeys, keyIdOf, SIGNATURE_ALGORITHM, signList, toBase64 } from '@/utils/lists/signature';

// A list comes from any server on the network. Whatever its bytes, reading it gives a clean
// list or a ListError naming the problem; it never pollutes prototypes, never throws
// anything else, and nothing unsigned or changed after signing is ever taken as new.

const RUNS = 300;
const NOW = Date.parse('2030-06-01T00:00:00Z');
const READ_PROBLEMS: ListProblem[] = ['html', 'truncated', 'bad-json', 'schema', 'too-large', 'too-many-entries'];
const SIGNATURE_PROBLEMS: ListProblem[] = ['unsigned', 'bad-signature', 'wrong-key'];

const keys = await generateSigningKeys();
const publicKey = await exportPublicKey(keys.publicKey);
const keyId = await keyIdOf(fromBase64(publicKey));

// ---------------------------------------------------------------------------------------------
// JSON text with what JSON.stringify cannot write: duplicate keys, own "__proto__" keys, raw numbers.

class Obj {
  constructor(readonly pairs: readonly (readonly [string, unknown])[]) {}
}
class Raw {
  constructor(readonly text: string) {}
}
const OMIT = Symbol('omit');

function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Obj) return `{${value.pairs.filter(([, v]) => v !== OMIT).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  return JSON.stringify(value) ?? 'null';
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'toJSON', '__defineGetter__', 'then', 'polluted'];
const protoKey = fc.constantFrom(...PROTO_KEYS);
const LONG = 'ǂ'.repeat(100_000);

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udc00', '\udbff', '\u0000', '"', '\\', '<', 'a', ' ', '\u2028', '\uFEFF'), maxLength: 12 }),
  fc.constantFrom(
    ...PROTO_KEYS,
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\u202egnp.exe',
    '1',
    '-1',
    '5',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '0x10',
    '',
    '   ',
    'x'.repeat(2_001),
    LONG,
  ),
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(), // NaN and the infinities are written as null
  fc.constantFrom(new Raw('1e400'), new Raw('-1e400'), new Raw('-0'), new Raw('1e308'), new Raw('123456789012345678901234567890'), new Raw('0.1e-400'), new Raw('1.0'), new Raw('9007199254740993')),
  fc.constantFrom('1', '5', '-1', '1e999', 'NaN', '-0', ' 3 ', '0x10'),
);

const pollutingObject = fc.constant(
  new Obj([
    ['__proto__', new Obj([['polluted', 'yes'], ['kind', 'patterns'], ['entries', []]])],
    ['constructor', new Obj([['prototype', new Obj([['polluted', 'yes']])]])],
  ]),
);

const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    pollutingObject,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.oneof(protoKey, fc.string({ maxLength: 6 })), tie('value')), { maxLength: 3 }).map((pairs) => new Obj(pairs)),
  ),
}));

const extraPairs = fc.array(fc.tuple(fc.oneof(protoKey, fc.string({ maxLength: 8 })), fc.oneof(hostileValue, pollutingObject)), { maxLength: 2 });
const withExtras = (pairs: fc.Arbitrary<[string, unknown][]>) => fc.tuple(pairs, extraPairs).map(([known, extra]) => new Obj([...known, ...extra]));

// Strings that are valid where they stand but hostile to whatever shows or stores them.
const nastyButValid = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a\u0000b', '\ud800', 'x\udfff', '\u202egnp.exe', '__proto__', 'constructor', LONG.slice(0, 2_000));
const claimText = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), nastyButValid);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });

const fakeSignature = fc.oneof(
  hostileValue,
  fc.record({ algorithm: fc.oneof(fc.constant(SIGNATURE_ALGORITHM), hostileString), keyId: fc.oneof(fc.constant(keyId), hostileString), value: fc.oneof(fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => toBase64(b)), hostileString) }).map(
    (s) => new Obj(Object.entries(s)),
  ),
);

/**
 * A list's shape with hostile values here and there. `hostility` is the weight of a hostile
 * value against 20 for a good one, per field: low enough that many lists are readable.
 */
function listOf(kind: 'hoaxes' | 'patterns', hostility: number) {
  /** Mostly a good value, sometimes a hostile one, sometimes left out. */
  const field = (good: fc.Arbitrary<unknown>, optional = false) =>
    fc.oneof({ weight: 20, arbitrary: good }, { weight: hostility, arbitrary: hostileValue }, ...(optional ? [{ weight: 5, arbitrary: fc.constant(OMIT) }] : []));

  const source = withExtras(fc.tuple(field(fc.string(), true), field(fc.webUrl(), true)).map(([p, u]) => [['publisher', p], ['url', u]] as [string, unknown][]));
  const hoaxEntry = withExtras(
    fc.tuple(
      field(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), protoKey)),
      field(claimText),
      field(fc.array(claimText, { maxLength: 2 }), true),
      field(fc.oneof(fc.constantFrom('salah', 'hoaks', '<b>benar</b>', ''), nastyButValid)),
      field(isoDate.map((d) => d.toISOString().slice(0, 10)), true),
      field(fc.constantFrom('id', 'en', '__proto__'), true),
      field(fc.array(fc.oneof(fc.string(), protoKey), { maxLength: 3 }), true),
      field(fc.array(source, { maxLength: 2 }), true),
    ).map(([id, claim, variants, verdict, date, language, tags, sources]) => [
      ['id', id],
      ['claim', claim],
      ['variants', variants],
      ['verdict', verdict],
      ['date', date],
      ['language', language],
      ['tags', tags],
      ['sources', sources],
    ] as [string, unknown][]),
  );
  const patternEntry = withExtras(
    fc.tuple(
      field(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), protoKey)),
      field(fc.oneof(fc.constantFrom('transfer sekarang', 'pilih nomor 2', 'a\u0000b', '<script>'), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }))),
      field(fc.constantFrom(...PHRASE_GROUPS)),
      field(fc.boolean(), true),
    ).map(([id, phrase, group, requiresAccountNumber]) => [
      ['id', id],
      ['phrase', phrase],
      ['group', group],
      ['requiresAccountNumber', requiresAccountNumber],
    ] as [string, unknown][]),
  );
  const disabledAdapter = withExtras(
    fc.tuple(field(fc.constantFrom('tiktok', 'youtube', 'facebook', 'web')), field(fc.constantFrom('0.2.0', '1', '1.2.3.4')), field(fc.oneof(fc.string(), nastyButValid), true)).map(
      ([platform, untilVersion, reason]) => [
        ['platform', platform],
        ['untilVersion', untilVersion],
        ['reason', reason],
      ] as [string, unknown][],
    ),
  );
  return withExtras(
    fc.tuple(
      field(fc.constant(kind)),
      field(fc.constant(1)),
      field(fc.oneof(fc.string({ maxLength: 10 }), nastyButValid), true),
      field(fc.string({ maxLength: 10 }), true),
      field(fc.string({ maxLength: 10 }), true),
      field(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.MAX_VALUE, new Raw('1e308'), new Raw('-0'), new Raw('123456789012345678901234567890')))),
      field(fc.array(fc.constantFrom('id', 'en', '__proto__'), { maxLength: 2 }), true),
      field(isoDate.map((d) => d.toISOString()), true),
      field(fc.array(disabledAdapter, { maxLength: 2 }), true),
      field(fc.array(kind === 'hoaxes' ? hoaxEntry : patternEntry, { maxLength: 4 })),
      fc.oneof({ weight: 3, arbitrary: fc.constant(OMIT) }, { weight: 2, arbitrary: fakeSignature }),
    ).map(([k, formatVersion, listId, name, publisher, version, languages, expires, disabledAdapters, entries, signature]) => [
      ['kind', k],
      ['formatVersion', formatVersion],
      ['listId', listId],
      ['name', name],
      ['publisher', publisher],
      ['version', version],
      ['languages', languages],
      ['expires', expires],
      ['disabledAdapters', disabledAdapters],
      ['entries', entries],
      ['signature', signature],
    ] as [string, unknown][]),
  );
}

/** Mostly-good lists with a hostile field here and there, and thoroughly hostile ones. */
const hostileList = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('hoaxes' as const, 'patterns' as const).chain((kind) => listOf(kind, 1)) },
  { weight: 1, arbitrary: fc.constantFrom('hoaxes' as const, 'patterns' as const).chain((kind) => listOf(kind, 10)) },
);

const hostileLimits = fc.option(
  fc.record({ maxBytes: fc.integer({ min: 0, max: 200_000 }), maxHoaxEntries: fc.integer({ min: 0, max: 4 }), maxPatternEntries: fc.integer({ min: 0, max: 4 }) }),
  { nil: undefined, freq: 5 },
);

// ---------------------------------------------------------------------------------------------
// What must hold of every outcome.

const objectProtoNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayProtoNames = Object.getOwnPropertyNames(Array.prototype).sort();

function expectPrototypesClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectProtoNames);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).kind).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
}

afterEach(expectPrototypesClean);

const HEADER_KEYS = ['kind', 'formatVersion', 'listId', 'name', 'publisher', 'version', 'languages', 'expires', 'disabledAdapters', 'entries'];
const HOAX_KEYS = ['id', 'claim', 'variants', 'verdict', 'date', 'language', 'tags', 'sources'];
const PATTERN_KEYS = ['id', 'phrase', 'group', 'requiresAccountNumber'];

function expectPlain(value: object, allowed: string[]): void {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  for (const key of Reflect.ownKeys(value)) expect(allowed, `unexpected key ${String(key)}`).toContain(key);
}

/** The list readListText returns: only known fields, plain objects, values of the right types. */
function expectCleanList(list: SaringList): void {
  expectPlain(list, HEADER_KEYS);
  expect(typeof list.listId).toBe('string');
  expect(typeof list.name).toBe('string');
  expect(typeof list.publisher).toBe('string');
  expect(Number.isFinite(list.version)).toBe(true);
  expect(list.formatVersion).toBe(1);
  for (const language of list.languages) expect(typeof language).toBe('string');
  if (list.expires !== undefined) expect(Number.isNaN(Date.parse(list.expires))).toBe(false);
  for (const d of list.disabledAdapters ?? []) {
    expectPlain(d, ['platform', 'untilVersion', 'reason']);
    expect(d.reason.length).toBeLessThanOrEqual(300);
  }
  if (list.kind === 'hoaxes') {
    for (const entry of list.entries) {
      expectPlain(entry, HOAX_KEYS);
      expect(entry.claim.trim()).not.toBe('');
      expect(entry.claim.length).toBeLessThanOrEqual(2_000);
      for (const source of entry.sources) {
        expectPlain(source, ['publisher', 'url']);
        if (source.url !== '') expect(['http:', 'https:']).toContain(new URL(source.url).protocol);
      }
    }
    expect(new Set(list.entries.map((e) => e.id)).size).toBe(list.entries.length);
  } else {
    for (const entry of list.entries) {
      expectPlain(entry, PATTERN_KEYS);
      expect(PHRASE_GROUPS).toContain(entry.group);
    }
  }
}

/** The same JSON value (own "__proto__" keys and all); values too deep to write are not compared. */
function expectSameJson(actual: unknown, expected: unknown): void {
  let a: string, b: string;
  try {
    [a, b] = [JSON.stringify(actual), JSON.stringify(expected)];
  } catch (error) {
    if (error instanceof RangeError) return;
    throw error;
  }
  expect(a).toBe(b);
}

const recheck = (list: SaringList) => (list.kind === 'patterns' ? checkPatternList(list) : checkHoaxList(list));

/** readListText's outcome for any text: a clean, idempotent list, or a ListError and nothing else. */
function readOutcome(text: string, limits: ListLimits = DEFAULT_LIMITS): ReturnType<typeof readListText> | null {
  let result: ReturnType<typeof readListText>;
  try {
    result = readListText(text, limits);
  } catch (error) {
    if (!(error instanceof ListError)) throw new Error(`readListText threw ${String(error)} (not a ListError) for ${JSON.stringify(text.slice(0, 200))}`);
    expect(READ_PROBLEMS).toContain(error.problem);
    expect(error.message.length).toBeGreaterThan(0);
    expectPrototypesClean();
    return null;
  }
  expectPrototypesClean();
  expectSameJson(result.document, JSON.parse(text));
  expectCleanList(result.list);
  // Idempotent: the clean list passes the check again unchanged, directly and through its JSON text.
  expect(recheck(result.list)).toStrictEqual(result.list);
  // (Through text, as JSON sees it: a version of -0 is written 0.)
  expectSameJson(readListText(JSON.stringify(result.list)).list, result.list);
  return result;
}

async function expectRejected(promise: Promise<unknown>, problems: ListProblem[]): Promise<ListError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if ('value' in outcome) throw new Error(`acceptList took the list: ${String(outcome.value)}`);
  if (!(outcome.error instanceof ListError)) throw new Error(`acceptList threw ${String(outcome.error)} (not a ListError)`);
  expect(problems).toContain(outcome.error.problem);
  return outcome.error;
}

// ---------------------------------------------------------------------------------------------

const VALID_TEXT = JSON.stringify(
  {
    kind: 'hoaxes',
    formatVersion: 1,
    listId: 'l',
    version: 3,
    entries: [
      { id: 'a', claim: 'Vaksin mengandung chip', verdict: 'salah', sources: [{ publisher: 'x', url: 'https://x.id/1' }] },
      { id: 'b', claim: 'Air sirsak', verdict: 'hoaks', tags: ['t'] },
    ],
  },
  null,
  2,
);

describe('readListText on hostile input', () => {
  it('arbitrary strings: a ListError or a clean list, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'e', '-', '\\', 'u', ' ', '<', 'n', 'l'), maxLength: 60 })), (text) => {
        readOutcome(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('a valid list cut, spliced or with one character replaced: a ListError or a clean list', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.nat(VALID_TEXT.length), fc.nat(20), fc.string({ unit: 'binary', maxLength: 5 }), fc.constantFrom('cut', 'insert', 'replace'), (at, span, piece, op) => {
        const text = op === 'cut' ? VALID_TEXT.slice(0, at) : op === 'insert' ? VALID_TEXT.slice(0, at) + piece + VALID_TEXT.slice(at) : VALID_TEXT.slice(0, at) + piece + VALID_TEXT.slice(at + span);
        if (readOutcome(text)) read++;
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(0);
  });

  it('arbitrary JSON values, alone or as entries of a list: a ListError or a clean list', () => {
    const asList = fc.record({ kind: fc.constantFrom('hoaxes', 'patterns'), formatVersion: fc.constant(1), version: fc.integer(), entries: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), asList), (value) => {
        readOutcome(JSON.stringify(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('well-formed lists with hostile fields: a ListError or a clean list, prototypes untouched', () => {
    let read = 0;
    fc.assert(
      fc.property(hostileList, hostileLimits, (list, limits) => {
        if (readOutcome(toJson(list), limits)) read++;
      }),
      { numRuns: RUNS },
    );
    // The property is about lists that pass too: some of them must.
    expect(read).toBeGreaterThan(RUNS / 10);
  });

  it('own "__proto__" and "constructor" keys are data, never prototypes', () => {
    const text = toJson(
      new Obj([
        ['__proto__', new Obj([['polluted', 'yes'], ['kind', 'patterns']])],
        ['kind', 'hoaxes'],
        ['formatVersion', 1],
        ['listId', '__proto__'],
        ['version', 1],
        ['constructor', new Obj([['prototype', new Obj([['polluted', 'yes']])]])],
        [
          'entries',
          [
            new Obj([
              ['__proto__', new Obj([['claim', 'inherited'], ['verdict', 'salah']])],
              ['id', '__proto__'],
              ['claim', 'own claim'],
              ['verdict', 'salah'],
            ]),
            new Obj([
              ['id', 'constructor'],
              ['claim', 'c'],
              ['verdict', 'v'],
              ['sources', [new Obj([['__proto__', new Obj([['url', 'javascript:alert(1)']])], ['publisher', 'p']])]],
            ]),
          ],
        ],
      ]),
    );
    const result = readOutcome(text);
    expect(result).not.toBeNull();
    const list = result!.list;
    expect(list.kind).toBe('hoaxes');
    expect(list.listId).toBe('__proto__');
    expect(list.entries.map((e) => e.id)).toEqual(['__proto__', 'constructor']);
    expect(list.kind === 'hoaxes' && list.entries[1].sources).toEqual([{ publisher: 'p', url: '' }]);
    expect(Object.getPrototypeOf(result!.document)).toBe(Object.prototype);
  });

  it('an entry lacking a field does not take it from an own "__proto__"', () => {
    const text = toJson(
      new Obj([
        ['kind', 'hoaxes'],
        ['formatVersion', 1],
        ['version', 1],
        ['entries', [new Obj([['__proto__', new Obj([['claim', 'inherited']])], ['id', 'x'], ['verdict', 'salah']])]],
      ]),
    );
    expect(() => readListText(text)).toThrow(/claim is missing/);
  });
});

describe('deep nesting', () => {
  const DEPTH = 10_000;
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const entry = '{"id":"a","claim":"c","verdict":"v"}';
  const signature = (parts: { algorithm?: string; keyId?: string; value?: string }) =>
    `{"algorithm":${parts.algorithm ?? JSON.stringify(SIGNATURE_ALGORITHM)},"keyId":${parts.keyId ?? JSON.stringify(keyId)},"value":${parts.value ?? JSON.stringify(toBase64(new Uint8Array(64)))}}`;
  const list = (fields: Record<string, string>) => {
    const all: Record<string, string> = { kind: '"hoaxes"', formatVersion: '1', listId: '"l"', version: '1', entries: `[${entry}]`, ...fields };
    return `{${Object.entries(all)
      .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
      .join(',')}}`;
  };

  for (const [shape, deep] of [
    ['arrays', deepArray],
    ['objects', deepObject],
  ] as const) {
    const cases: [string, string][] = [
      ['the whole document', deep(DEPTH)],
      ['the whole document, 100,000 deep', deep(100_000)],
      ['kind', list({ kind: deep(DEPTH) })],
      ['formatVersion', list({ formatVersion: deep(DEPTH) })],
      ['listId', list({ listId: deep(DEPTH) })],
      ['languages[0]', list({ languages: `[${deep(DEPTH)}]` })],
      ['expires', list({ expires: deep(DEPTH) })],
      ['disabledAdapters[0].platform', list({ disabledAdapters: `[{"platform":${deep(DEPTH)},"untilVersion":"1"}]` })],
      ['entries[0]', list({ entries: `[${deep(DEPTH)}]` })],
      ['entries[0].id', list({ entries: `[{"id":${deep(DEPTH)},"claim":"c","verdict":"v"}]` })],
      ['entries[0].claim', list({ entries: `[{"id":"a","claim":${deep(DEPTH)},"verdict":"v"}]` })],
      ['entries[0].sources', list({ entries: `[{"id":"a","claim":"c","verdict":"v","sources":${deep(DEPTH)}}]` })],
      ['an unknown field, unsigned', list({ extra: deep(DEPTH) })],
      ['an unknown field, with a signature naming the right key', list({ extra: deep(DEPTH), signature: signature({}) })],
      ['the signature', list({ signature: deep(DEPTH) })],
      ['signature.algorithm', list({ signature: signature({ algorithm: deep(DEPTH) }) })],
      ['signature.keyId', list({ signature: signature({ keyId: deep(DEPTH) }) })],
      ['signature.value', list({ signature: signature({ value: deep(DEPTH) }) })],
    ];
    for (const [where, text] of cases) {
      it(`${shape} nested ${where}: readListText and acceptList end in a ListError`, async () => {
        const result = readOutcome(text);
        if (result) await expectRejected(acceptList(result.document, result.list, { publicKey, now: NOW }), SIGNATURE_PROBLEMS);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// acceptList.

const goodHoaxList = fc.record({
  kind: fc.constant('hoaxes'),
  formatVersion: fc.constant(1),
  listId: fc.string({ unit: 'binary', maxLength: 10 }),
  name: fc.string({ unit: 'binary', maxLength: 10 }),
  publisher: fc.string({ maxLength: 10 }),
  version: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(Number.MAX_VALUE)),
  languages: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  expires: fc.date({ min: new Date('2031-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  entries: fc.uniqueArray(
    fc.record(
      {
        id: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter((id) => id.trim() !== ''),
        claim: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), fc.constantFrom('<script>alert(1)</script>', 'a\u0000b', '\ud800\ud800', 'bad \uFFFD')).filter((c) => c.trim() !== ''),
        verdict: fc.string({ unit: 'binary', maxLength: 10 }),
        sources: fc.array(fc.record({ publisher: fc.string({ maxLength: 8 }), url: fc.webUrl() }), { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'claim', 'verdict'] },
    ),
    { selector: (e) => e.id, maxLength: 4 },
  ),
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to the leaves of a JSON value, leaving out the signature. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.keys(value).flatMap((k) => (path.length === 0 && k === 'signature' ? [] : leaves(value[k], [...path, k])));
  return [path];
}
/** Every array and object in a JSON value, itself first. */
const containers = (value: Json): (Json[] | { [key: string]: Json })[] =>
  value !== null && typeof value === 'object' ? [value, ...(Array.isArray(value) ? value : Object.values(value)).flatMap(containers)] : [];

function shuffleKeys(value: unknown, seed: number): unknown {
  let state = seed;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of entries) Object.defineProperty(out, k, { value: walk(x), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return walk(value);
}

const mutation = fc.record({
  op: fc.constantFrom('string', 'number', 'add', 'delete', 'swap', 'signature-bit', 'key-id', 'algorithm'),
  pick: fc.nat(),
  pick2: fc.nat(),
  char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  delta: fc.oneof(fc.integer({ min: 1 }), fc.integer({ max: -1 }), fc.constantFrom(0.5, 1e-9, -1e300)),
  key: fc.oneof(protoKey, fc.string({ unit: 'binary', maxLength: 6 })),
  value: fc.jsonValue({ maxDepth: 2 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Changes the signed document in one way that changes what was signed or the signature; false if it cannot here. */
function mutate(doc: { [key: string]: Json }, m: Mutation): boolean {
  const get = (path: (string | number)[]) => path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k], doc) as Record<string | number, Json>;
  const signature = doc.signature as { [key: string]: string };
  switch (m.op) {
    case 'string':
    case 'number': {
      const paths = leaves(doc).filter((p) => typeof get(p)[p[p.length - 1]] === (m.op === 'string' ? 'string' : 'number'));
      if (paths.length === 0) return false;
      const path = paths[m.pick % paths.length];
      const parent = get(path);
      const last = path[path.length - 1];
      const old = parent[last];
      if (typeof old === 'string') {
        const at = old.length === 0 ? 0 : m.pick2 % old.length;
        parent[last] = old.slice(0, at) + m.char + old.slice(at + 1);
      } else {
        const changed = (old as number) + m.delta;
        // A number pushed past ±1.8e308 is no longer JSON: not a change a file could carry.
        if (!Number.isFinite(changed)) return false;
        parent[last] = changed;
      }
      return parent[last] !== old;
    }
    case 'add': {
      const objects = containers(doc).filter((c): c is { [key: string]: Json } => !Array.isArray(c) && c !== signature);
      const target = objects[m.pick % objects.length];
      if (Object.hasOwn(target, m.key)) return false;
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return true;
    }
    case 'delete': {
      const objects = containers(doc).filter((c): c is { [key: string]: Json } => !Array.isArray(c) && c !== signature && Object.keys(c).some((k) => c !== doc || k !== 'signature'));
      const target = objects[m.pick % objects.length];
      const keys = Object.keys(target).filter((k) => target !== doc || k !== 'signature');
      delete target[keys[m.pick2 % keys.length]];
      return true;
    }
    case 'swap': {
      const entries = doc.entries as Json[];
      if (entries.length < 2) return false;
      const i = m.pick % entries.length;
      const j = (i + 1 + (m.pick2 % (entries.length - 1))) % entries.length;
      [entries[i], entries[j]] = [entries[j], entries[i]];
      return canonicalJson(entries[i]) !== canonicalJson(entries[j]);
    }
    case 'signature-bit': {
      const bytes = fromBase64(signature.value);
      bytes[(m.pick >> 3) % bytes.length] ^= 1 << (m.pick % 8);
      signature.value = toBase64(bytes);
      return true;
    }
    case 'key-id': {
      const at = m.pick % signature.keyId.length;
      const hex = '0123456789abcdef';
      const next = hex[(hex.indexOf(signature.keyId[at]) + 1 + (m.pick2 % 15)) % 16];
      signature.keyId = signature.keyId.slice(0, at) + next + signature.keyId.slice(at + 1);
      return true;
    }
    case 'algorithm':
      signature.algorithm = m.char === SIGNATURE_ALGORITHM[0] ? 'ECDSA-P384-SHA384' : m.char + SIGNATURE_ALGORITHM.slice(1);
      return true;
  }
}

describe('acceptList on hostile input', () => {
  it('never takes an unsigned or falsely signed list, and rejects only with a ListError', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(hostileList, async (list) => {
        const result = readOutcome(toJson(list));
        if (!result) return;
        checked++;
        const error = await expectRejected(acceptList(result.document, result.list, { publicKey, now: NOW }), SIGNATURE_PROBLEMS);
        if (!('signature' in result.document)) expect(error.problem).toBe('unsigned');
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS / 10);
  });

  it('never takes a signed list changed after signing, whatever the change, key order or indentation', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(goodHoaxList, mutation, fc.nat(), fc.constantFrom(0, 2, '\t'), async (good, m, seed, indent) => {
        const signed = JSON.parse(JSON.stringify(await signList(good, keys.privateKey, publicKey))) as { [key: string]: Json };
        // The file as signed, in other key order and layout, is taken: the property below can fail.
        const original = readListText(JSON.stringify(shuffleKeys(signed, seed), null, indent));
        expect(await acceptList(original.document, original.list, { publicKey, now: NOW })).toBe('new');

        const before = canonicalJson(signed);
        fc.pre(mutate(signed, m));
        expect(canonicalJson(signed)).not.toBe(before);
        const result = readOutcome(JSON.stringify(shuffleKeys(signed, seed), null, indent));
        if (!result) return;
        await expectRejected(acceptList(result.document, result.list, { publicKey, now: NOW }), [m.op === 'key-id' ? 'wrong-key' : 'bad-signature']);
        rejected++;
      }),
      { numRuns: RUNS },
    );
    expect(rejected).toBeGreaterThan(RUNS / 3);
  });
});
