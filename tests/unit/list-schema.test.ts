import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASE_GROUPS } from '@/utils/engine/types';
import { checkHoaxList, MAX_CLAIM_LENGTH, MAX_HOAX_ENTRIES } from '@/utils/lists/check-hoax-list';
import { checkPatternList, MAX_PATTERN_ENTRIES } from '@/utils/lists/pattern-list';
import { SIGNATURE_ALGORITHM } from '@/utils/lists/signature';
import { PLATFORMS } from '@/utils/post';

// The schema is what a publisher validates a list against before publishing; the checks in
// utils/lists are what Saring runs on a download. These tests hold the two to the same rules.
const LISTS = resolve(__dirname, '../../public/lists');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(LISTS, name), 'utf8'));

const schema = readJson('list.schema.json') as Record<string, any>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv, ['date-time']);
const validate = ajv.compile(schema);

const schemaAccepts = (doc: unknown) => validate(doc);
const schemaErrors = () => ajv.errorsText(validate.errors);
function checkerAccepts(doc: unknown): boolean {
  try {
    if ((doc as { kind?: unknown } | null)?.kind === 'patterns') checkPatternList(doc);
    else checkHoaxList(doc);
    return true;
  } catch {
    return false;
  }
}

type Doc = Record<string, any>;

const hoaxBase = (): Doc => ({
  kind: 'hoaxes',
  formatVersion: 1,
  listId: 'test-hoaxes',
  name: 'Test hoaxes',
  publisher: 'Saring tests',
  version: 1,
  languages: ['id'],
  entries: [{ id: 'h1', claim: 'Kontainer berisi surat suara yang sudah dicoblos', verdict: 'false', date: '2019-01-03', sources: [{ publisher: 'Mafindo', url: 'https://turnbackhoax.id/a/' }] }],
});

const patternBase = (): Doc => ({
  kind: 'patterns',
  formatVersion: 1,
  listId: 'test-patterns',
  name: 'Test patterns',
  publisher: 'Saring tests',
  version: 1,
  languages: ['id'],
  entries: [{ id: 'party.x', phrase: 'partai x', group: 'party' }],
});

const adapter = (platform = 'tiktok') => ({ platform, untilVersion: '0.2.0', reason: 'the feed layout changed' });
const withChange = (base: () => Doc, change: (d: Doc) => void): Doc => {
  const doc = base();
  change(doc);
  return doc;
};

describe('public/lists/list.schema.json', () => {
  it('is a draft 2020-12 schema that compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://saring.id/schema/list-1.json');
    // Compiling again in a fresh instance: a schema error would throw here, not pass silently.
    const fresh = new Ajv2020({ strict: true });
    addFormats(fresh, ['date-time']);
    expect(() => fresh.compile(schema)).not.toThrow();
  });

  it('uses the limits and names the code uses', () => {
    const defs = schema.$defs;
    expect(defs.hoaxList.properties.entries.maxItems).toBe(MAX_HOAX_ENTRIES);
    expect(defs.patternList.properties.entries.maxItems).toBe(MAX_PATTERN_ENTRIES);
    expect(defs.claimText.maxLength).toBe(MAX_CLAIM_LENGTH);
    expect(defs.patternEntry.properties.group.enum).toEqual([...PHRASE_GROUPS]);
    expect(defs.disabledAdapter.properties.platform.enum).toEqual([...PLATFORMS]);
    expect(defs.signature.properties.algorithm.const).toBe(SIGNATURE_ALGORITHM);
  });

  it('describes every field it names, so a publisher sees why', () => {
    const undescribed: string[] = [];
    const walk = (node: any, path: string) => {
      for (const [name, sub] of Object.entries<any>(node.properties ?? {})) {
        if (!sub.description && !sub.$ref && sub.const === undefined) undescribed.push(`${path}.${name}`);
      }
    };
    walk(schema, '');
    for (const [name, def] of Object.entries<any>(schema.$defs)) {
      if (!def.description) undescribed.push(`$defs.${name}`);
      if (name !== 'hoaxList' && name !== 'patternList') walk(def, `$defs.${name}`);
    }
    expect(undescribed).toEqual([]);
  });
});

describe('the bundled lists', () => {
  const hoaxes = readJson('hoaxes.json') as Doc;
  const patterns = readJson('patterns.json') as Doc;

  it.each([
    ['hoaxes.json', hoaxes],
    ['patterns.json', patterns],
  ])('%s validates against the schema and passes the check a download must pass', (_name, doc) => {
    expect(schemaAccepts(doc), schemaErrors()).toBe(true);
    if (doc.kind === 'patterns') expect(checkPatternList(doc).entries.length).toBe(doc.entries.length);
    else expect(checkHoaxList(doc).entries.length).toBe(doc.entries.length);
  });

  it('hoaxes.json: every entry has an http(s) fact-check source and an id of its own', () => {
    const list = checkHoaxList(hoaxes);
    expect(list.entries.length).toBeGreaterThanOrEqual(25);
    const ids = new Set<string>();
    for (const entry of list.entries) {
      expect(ids.has(entry.id), `${entry.id} is used twice`).toBe(false);
      ids.add(entry.id);
      expect(entry.id).toMatch(/^saring-\d{4}$/);
      const webSources = entry.sources.filter((s) => s.url !== '' && ['http:', 'https:'].includes(new URL(s.url).protocol));
      expect(webSources.length, `${entry.id} has no web source`).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source.publisher.trim(), `${entry.id} has a source without publisher`).not.toBe('');
    }
  });

  it('hoaxes.json: verdicts use one vocabulary, and every entry says which election it is about', () => {
    const list = checkHoaxList(hoaxes);
    for (const entry of list.entries) {
      expect(['false', 'misleading'], entry.id).toContain(entry.verdict);
      expect(entry.tags?.some((t) => /^(pemilu|pilkada)\d{4}$/.test(t)), entry.id).toBe(true);
    }
  });

  it('hoaxes.json: the version is a number and the list has not expired as of its own version date', () => {
    expect(typeof hoaxes.version).toBe('number');
    expect(Number.isSafeInteger(hoaxes.version)).toBe(true);
    // Saring's versions are YYYYMMDDNN: the date the list was cut, then a counter.
    const parts = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(String(hoaxes.version));
    expect(parts, `version ${hoaxes.version} is not YYYYMMDDNN`).not.toBeNull();
    const cut = Date.UTC(Number(parts![1]), Number(parts![2]) - 1, Number(parts![3]));
    expect(new Date(cut).getUTCDate()).toBe(Number(parts![3]));
    expect(typeof hoaxes.expires).toBe('string');
    expect(Date.parse(hoaxes.expires)).toBeGreaterThan(cut);
    for (const entry of hoaxes.entries) if (entry.date) expect(Date.parse(entry.date), entry.id).toBeLessThanOrEqual(cut);
  });

  it('hoaxes.json round-trips exactly through parse and format, so diffs stay readable', () => {
    const text = readFileSync(resolve(LISTS, 'hoaxes.json'), 'utf8');
    expect(`${JSON.stringify(JSON.parse(text), null, 1)}\n`).toBe(text);
  });
});

describe('schema and checker agree', () => {
  const rejected: [string, Doc][] = [
    ['missing kind', withChange(hoaxBase, (d) => delete d.kind)],
    ['a kind Saring does not know', withChange(hoaxBase, (d) => (d.kind = 'rumours'))],
    ['wrong formatVersion', withChange(hoaxBase, (d) => (d.formatVersion = 2))],
    ['formatVersion as text', withChange(hoaxBase, (d) => (d.formatVersion = '1'))],
    ['version as text', withChange(hoaxBase, (d) => (d.version = '2026112501'))],
    ['entries not an array', withChange(hoaxBase, (d) => (d.entries = {}))],
    ['claim too long', withChange(hoaxBase, (d) => (d.entries[0].claim = 'x'.repeat(MAX_CLAIM_LENGTH + 1)))],
    ['blank claim', withChange(hoaxBase, (d) => (d.entries[0].claim = ' \n\t'))],
    ['variant too long', withChange(hoaxBase, (d) => (d.entries[0].variants = ['ok', 'y'.repeat(MAX_CLAIM_LENGTH + 1)]))],
    ['variant not text', withChange(hoaxBase, (d) => (d.entries[0].variants = [5]))],
    ['no verdict', withChange(hoaxBase, (d) => delete d.entries[0].verdict)],
    ['blank entry id', withChange(hoaxBase, (d) => (d.entries[0].id = '  '))],
    ['entry id a number', withChange(hoaxBase, (d) => (d.entries[0].id = 7))],
    ['entry not an object', withChange(hoaxBase, (d) => (d.entries = ['a claim']))],
    ['date not YYYY-MM-DD', withChange(hoaxBase, (d) => (d.entries[0].date = '3 Jan 2019'))],
    ['tags not text', withChange(hoaxBase, (d) => (d.entries[0].tags = [2019]))],
    ['sources not an array', withChange(hoaxBase, (d) => (d.entries[0].sources = 'https://turnbackhoax.id/a/'))],
    ['source not an object', withChange(hoaxBase, (d) => (d.entries[0].sources = ['https://turnbackhoax.id/a/']))],
    ['source url javascript:', withChange(hoaxBase, (d) => (d.entries[0].sources[0].url = 'javascript:alert(1)'))],
    ['source url file:', withChange(hoaxBase, (d) => (d.entries[0].sources[0].url = 'file:///etc/passwd'))],
    ['source url without a scheme', withChange(hoaxBase, (d) => (d.entries[0].sources[0].url = 'turnbackhoax.id/a/'))],
    ['source publisher a number', withChange(hoaxBase, (d) => (d.entries[0].sources[0].publisher = 1))],
    ['unknown pattern group', withChange(patternBase, (d) => (d.entries[0].group = 'rumour'))],
    ['phrase too long', withChange(patternBase, (d) => (d.entries[0].phrase = 'x'.repeat(201)))],
    ['blank phrase', withChange(patternBase, (d) => (d.entries[0].phrase = '   '))],
    ['requiresAccountNumber as text', withChange(patternBase, (d) => (d.entries[0].requiresAccountNumber = 'yes'))],
    ['pattern with an empty id', withChange(patternBase, (d) => (d.entries[0].id = ''))],
    ['bad disabledAdapters platform', withChange(hoaxBase, (d) => (d.disabledAdapters = [adapter('myspace')]))],
    ['untilVersion that is not a version', withChange(patternBase, (d) => (d.disabledAdapters = [{ ...adapter(), untilVersion: 'v1' }]))],
    ['more than 20 disabledAdapters', withChange(hoaxBase, (d) => (d.disabledAdapters = Array.from({ length: 21 }, () => adapter())))],
    ['disabledAdapters not an array', withChange(hoaxBase, (d) => (d.disabledAdapters = adapter()))],
    ['expires not a date', withChange(hoaxBase, (d) => (d.expires = 'next year'))],
    ['expires a number', withChange(patternBase, (d) => (d.expires = 1827100800000))],
  ];

  it.each(rejected)('both refuse: %s', (_name, doc) => {
    expect(schemaAccepts(doc)).toBe(false);
    expect(checkerAccepts(doc)).toBe(false);
  });

  const accepted: [string, Doc][] = [
    ['the hoax base list', hoaxBase()],
    ['the pattern base list', patternBase()],
    ['a claim of exactly the longest length', withChange(hoaxBase, (d) => (d.entries[0].claim = 'x'.repeat(MAX_CLAIM_LENGTH)))],
    ['a phrase of exactly 200 characters', withChange(patternBase, (d) => (d.entries[0].phrase = 'x'.repeat(200)))],
    ['20 disabledAdapters', withChange(hoaxBase, (d) => (d.disabledAdapters = Array.from({ length: 20 }, (_, i) => adapter(PLATFORMS[i % PLATFORMS.length]))))],
    ['expires with milliseconds and an offset', withChange(patternBase, (d) => (d.expires = '2027-11-25T07:00:00.500+07:00'))],
    ['a source with no url, and one with url ""', withChange(hoaxBase, (d) => (d.entries[0].sources = [{ publisher: 'Mafindo' }, { publisher: 'Mafindo', url: '' }]))],
    ['an entry with no sources and no date', withChange(hoaxBase, (d) => (d.entries[0] = { id: 'h2', claim: 'Klaim', verdict: '' }))],
    ['fields a later Saring may add', withChange(hoaxBase, (d) => ((d.homepage = 'https://saring.id'), (d.entries[0].severity = 3)))],
    ['a well-formed signature', withChange(hoaxBase, (d) => (d.signature = { algorithm: SIGNATURE_ALGORITHM, keyId: '0123456789abcdef', value: `${'A'.repeat(86)}==` }))],
    ['no entries at all', withChange(patternBase, (d) => (d.entries = []))],
    ['a requiresAccountNumber phrase', withChange(patternBase, (d) => (d.entries[0] = { id: 'bank_account.bca', phrase: 'bca', group: 'bank_account', requiresAccountNumber: true }))],
  ];

  it.each(accepted)('both accept: %s', (_name, doc) => {
    expect(schemaAccepts(doc), schemaErrors()).toBe(true);
    expect(checkerAccepts(doc)).toBe(true);
  });

  // Where they differ, on purpose or because JSON Schema cannot say it. Pinned so that a change
  // to either side shows up here and the schema's description is kept true.
  const differences: [string, Doc, { schema: boolean; checker: boolean }][] = [
    ['no listId (the checker reads it as "")', withChange(hoaxBase, (d) => delete d.listId), { schema: false, checker: true }],
    ['languages not an array (the checker reads it as [])', withChange(hoaxBase, (d) => (d.languages = 'id')), { schema: false, checker: true }],
    ['a disabledAdapter reason that is not text (the checker drops it)', withChange(hoaxBase, (d) => (d.disabledAdapters = [{ ...adapter(), reason: 5 }])), { schema: false, checker: true }],
    ['expires as a bare date (Date.parse takes it)', withChange(hoaxBase, (d) => (d.expires = '2027-11-25')), { schema: false, checker: true }],
    ['a url with an upper-case scheme', withChange(hoaxBase, (d) => (d.entries[0].sources[0].url = 'HTTPS://TURNBACKHOAX.ID/a/')), { schema: false, checker: true }],
    ['a url whose host is an IP address', withChange(hoaxBase, (d) => (d.entries[0].sources[0].url = 'http://127.0.0.1/a')), { schema: false, checker: true }],
    ['a malformed signature (verified later, by acceptList)', withChange(hoaxBase, (d) => (d.signature = { algorithm: 'RSA' })), { schema: false, checker: true }],
    ['two entries with one id', withChange(hoaxBase, (d) => d.entries.push({ ...d.entries[0] })), { schema: true, checker: false }],
    ['two patterns with one id', withChange(patternBase, (d) => d.entries.push({ ...d.entries[0], phrase: 'partai y' })), { schema: true, checker: false }],
    ['a claim of 1,001 emoji (2,002 UTF-16 units)', withChange(hoaxBase, (d) => (d.entries[0].claim = '🗳'.repeat(1001))), { schema: true, checker: false }],
  ];

  it.each(differences)('known difference: %s', (_name, doc, expected) => {
    expect({ schema: schemaAccepts(doc), checker: checkerAccepts(doc) }).toEqual(expected);
  });
});

// Simple arbitraries for hoax lists that are well-formed JSON lists, each field drawn from values
// both sides should accept (weight 8) or both should refuse (weight 1).
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: bad, weight: 1 });

const claimText = mostly(
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    fc.constant('x'.repeat(MAX_CLAIM_LENGTH)),
  ),
  fc.oneof(fc.constantFrom('', '   ', 'z'.repeat(MAX_CLAIM_LENGTH + 1)), fc.integer()),
);
const url = mostly(
  fc.constantFrom(undefined, '', 'https://turnbackhoax.id/2019/01/03/salah-x/', 'http://example.org/a?b=c#d', 'https://cekfakta.tempo.co:8443/fakta/200'),
  fc.constantFrom('javascript:alert(1)', 'ftp://example.org/x', 'not a url', 'https://', 'http://exa mple.org/', 7),
);
const source = mostly(fc.record({ publisher: mostly(fc.option(fc.string(), { nil: undefined }), fc.integer()), url }), fc.constantFrom(null, 'https://turnbackhoax.id/a/'));
const idKind = mostly(fc.constant('ok'), fc.constantFrom('', '  ', 3));
const entry = fc.record({
  idKind,
  claim: claimText,
  variants: mostly(fc.option(fc.array(claimText, { maxLength: 2 }), { nil: undefined }), fc.constant('one variant')),
  verdict: mostly(fc.constantFrom('false', 'misleading', 'salah', ''), fc.constantFrom(undefined, 3, null)),
  date: mostly(fc.constantFrom(undefined, '2019-01-03', '2024-02-29', '2024-13-45'), fc.constantFrom('', '3 Jan 2019', '20190103', 20190103)),
  language: mostly(fc.constantFrom(undefined, 'id', 'en', ''), fc.constant(1)),
  tags: mostly(fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }), fc.constantFrom('pemilu2024', [2024])),
  sources: mostly(fc.option(fc.array(source, { maxLength: 2 }), { nil: undefined }), fc.constant('https://turnbackhoax.id/a/')),
});
const hoaxList = fc.record({
  version: mostly(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.constant('1')),
  expires: mostly(fc.constantFrom(undefined, '2027-11-25T00:00:00Z', '2030-01-01T12:30:00.5+07:00'), fc.constantFrom('', 'next year', 42)),
  disabledAdapters: mostly(fc.constantFrom(undefined, [], [adapter('youtube')]), fc.constantFrom([adapter('myspace')], [{ ...adapter(), untilVersion: 'latest' }], 'tiktok')),
  entries: fc.array(entry, { maxLength: 3 }),
});

function toDocument(generated: { version: unknown; expires: unknown; disabledAdapters: unknown; entries: Record<string, unknown>[] }): Doc {
  const entries = generated.entries.map(({ idKind, ...fields }, i) => ({ id: idKind === 'ok' ? `e${i}` : idKind, ...fields }));
  const doc = { kind: 'hoaxes', formatVersion: 1, listId: 'generated', name: 'Generated', publisher: 'fast-check', languages: ['id'], ...generated, entries };
  // As a list arrives: JSON, where an undefined field is no field.
  return JSON.parse(JSON.stringify(doc));
}

describe('schema and checker agree on generated hoax lists', () => {
  it('the checker accepts a list exactly when the schema does', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(hoaxList, (generated) => {
        const doc = toDocument(generated);
        const bySchema = schemaAccepts(doc);
        expect(bySchema, JSON.stringify(doc).slice(0, 400)).toBe(checkerAccepts(doc));
        outcomes[bySchema ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 400 },
    );
    // Both sides of the equivalence were exercised, not one.
    expect(outcomes.accepted).toBeGreaterThan(40);
    expect(outcomes.rejected).toBeGreaterThan(40);
  });
});
