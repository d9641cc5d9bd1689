import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimReviewToEntries } from '@/cli/claimreview';
import { diffLists } from '@/cli/diff-lists';
import { factCheckApiToEntries } from '@/cli/factcheck-api';
import { checkHoaxList } from '@/utils/lists/check-hoax-list';
import type { HoaxList } from '@/utils/lists/hoax-list';
import { fromBase64, keyIdOf, signList } from '@/utils/lists/signature';
import { saring } from './support/run-cli';

const FIXTURES = resolve(__dirname, '../fixtures/lists');
const fixture = (name: string) => join(FIXTURES, name);
const DAY_MS = 24 * 60 * 60 * 1000;


const tempDir = () => mkdtempSync(join(tmpdir(), 'saring-list-tools-'));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
/** The id build gives an item with no identifier, computed here independently of the CLI. */
const urlId = (url: string) => `cr-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

interface KeyFile {
  algorithm: string;
  keyId: string;
  publicKey: string;
  privateKey: string;
}

async function keygen(dir: string, name = 'key.json'): Promise<{ path: string; key: KeyFile }> {
  const path = join(dir, name);
  const { code } = await saring(['list', 'keygen', '--out', path]);
  expect(code).toBe(0);
  return { path, key: readJson(path) };
}

const CSV_BUILD = ['--from', 'csv', '--input', fixture('debunks.csv'), '--id-column', 'No', '--claim-column', 'Judul', '--url-column', 'Tautan', '--date-column', 'Tanggal', '--verdict-column', 'Kesimpulan'];

let dir: string;
let key: { path: string; key: KeyFile };

beforeAll(async () => {
  dir = tempDir();
  key = await keygen(dir);
});

async function build(args: string[], out = join(tempDir(), 'list.json')) {
  const result = await saring(['list', 'build', ...args, '--key', key.path, '--out', out]);
  return { ...result, out, list: result.code === 0 ? readJson(out) : undefined };
}

async function verify(listPath: string, publicKey: string = key.path) {
  return saring(['list', 'verify', '--list', listPath, '--public-key', publicKey]);
}

describe('saring list keygen', () => {
  it('writes KEY.json readable by its owner only, with a public key whose id matches, and prints the public key', async () => {
    const { path, key: file } = await keygen(tempDir());
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(file.algorithm).toBe('ECDSA-P256-SHA256');
    expect(file.keyId).toBe(await keyIdOf(fromBase64(file.publicKey)));
    // PKCS8 imports as a P-256 signing key: the file can really sign.
    await crypto.subtle.importKey('pkcs8', fromBase64(file.privateKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  });

  it('prints the public key and key id, and tells to keep the key file secret', async () => {
    const path = join(tempDir(), 'k.json');
    const { code, stdout } = await saring(['list', 'keygen', '--out', path]);
    expect(code).toBe(0);
    const file: KeyFile = readJson(path);
    expect(stdout).toContain(`public key: ${file.publicKey}\n`);
    expect(stdout).toContain(`key id: ${file.keyId}\n`);
    expect(stdout).toMatch(/give subscribers the public key.*keep .*k\.json secret/i);
  });

  it('refuses to overwrite an existing file, exit 2, leaving it as it was', async () => {
    const path = join(tempDir(), 'key.json');
    writeFileSync(path, 'precious');
    const { code, stdout, stderr } = await saring(['list', 'keygen', '--out', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('already exists; refusing to overwrite');
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });
});

describe('saring list build', () => {
  it('builds a signed list from a CSV that verify and checkHoaxList accept', async () => {
    const before = Date.now();
    const { code, stderr, list, out } = await build([...CSV_BUILD, '--list-id', 'tbh', '--publisher', 'Cek Fakta Contoh', '--expires-in-days', '7']);
    expect(code).toBe(0);
    expect(list.entries).toEqual([
      {
        id: 'tbh-001',
        claim: '[SALAH] Surat suara sudah dicoblos sebelum hari pemungutan suara',
        verdict: 'Salah',
        date: '2024-02-12',
        language: 'id',
        sources: [{ publisher: 'Cek Fakta Contoh', url: 'https://cekfakta.example.org/2024/02/12/surat-suara' }],
      },
      {
        id: 'tbh-002',
        claim: '[HOAKS] Air kelapa dicampur garam menyembuhkan demam berdarah',
        verdict: 'false',
        date: '2024-03-05',
        language: 'id',
        sources: [{ publisher: 'Cek Fakta Contoh', url: 'https://cekfakta.example.org/2024/03/05/air-kelapa' }],
      },
    ]);
    expect(checkHoaxList(list).entries).toHaveLength(2);
    expect(list).toMatchObject({ kind: 'hoaxes', formatVersion: 1, listId: 'tbh', publisher: 'Cek Fakta Contoh', languages: ['id'] });
    expect(list.version).toBeGreaterThanOrEqual(before);
    const expires = Date.parse(list.expires);
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
    expect(expires).toBeLessThan(Date.now() + 7 * DAY_MS + 1000);
    expect(list.signature).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', keyId: key.key.keyId });
    expect(stderr).toContain('empty claim; row skipped');
    expect(stderr).toContain(`saring list build: 2 entries, version ${list.version}, expires ${list.expires}, signed with key ${key.key.keyId}\n`);
    const verified = await verify(out);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toBe(`ok: hoaxes list tbh version ${list.version}, 2 entries, expires ${list.expires}, signed by key ${key.key.keyId}\n`);
    expect(verified.stderr).toBe('');
  });

  it('expires in 30 days by default and takes --version and --language', async () => {
    const { code, list } = await build([...CSV_BUILD, '--list-id', 'tbh', '--version', '42', '--language', 'jv']);
    expect(code).toBe(0);
    expect(list.version).toBe(42);
    expect(Math.abs(Date.parse(list.expires) - (Date.now() + 30 * DAY_MS))).toBeLessThan(60_000);
    expect(list.languages).toEqual(['jv']);
    expect(list.entries.map((entry: { language: string }) => entry.language)).toEqual(['jv', 'jv']);
  });

  it('writes the list to stdout without --out, pretty-printed', async () => {
    const { code, stdout } = await saring(['list', 'build', ...CSV_BUILD, '--list-id', 'tbh', '--key', key.path]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"kind": "hoaxes",\n/);
    expect(JSON.parse(stdout).entries).toHaveLength(2);
  });

  it('builds from ClaimReview JSON-LD with an @graph, passing over other types and warning about an item without a claim', async () => {
    const { code, stderr, list, out } = await build(['--from', 'claimreview', '--input', fixture('claimreview.json'), '--list-id', 'efc']);
    expect(code).toBe(0);
    expect(list.entries).toEqual([
      {
        id: urlId('https://factcheck.example.org/2024/04/02/ballot-boxes-video'),
        claim: 'Video shows ballot boxes being burned after the count',
        verdict: 'False',
        date: '2024-04-02',
        language: 'en',
        sources: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example.org/2024/04/02/ballot-boxes-video' }],
      },
      {
        id: 'efc-2024-117',
        claim: 'Vaksin mengandung chip pelacak',
        verdict: 'Misleading',
        date: '2024-04-09',
        language: 'id',
        sources: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example.org/2024/04/09/vaccine-chip' }],
      },
    ]);
    expect(list.languages).toEqual(['en', 'id']);
    expect(stderr).toContain('warning: item 4: no claim text; skipped\n');
    expect(stderr).not.toContain('item 1:');
    expect(checkHoaxList(list).entries).toHaveLength(2);
    expect((await verify(out)).code).toBe(0);
  });

  it('reads every ld+json block of an HTML page and keeps only the ClaimReview', async () => {
    const { code, stderr, list, out } = await build(['--from', 'claimreview', '--input', fixture('claimreview-page.html'), '--list-id', 'cfc']);
    expect(code).toBe(0);
    // The NewsArticle is passed over without a word, not taken for a ClaimReview that lacks a claim.
    expect(stderr).toMatch(/^saring list build: 1 entries, /);
    const url = 'https://cekfakta.example.org/2024/02/15/foto-antrean-tps';
    expect(list.entries).toEqual([
      { id: urlId(url), claim: 'Foto antrean panjang di TPS diambil pada Pemilu 2024', verdict: 'Salah', date: '2024-02-15', language: 'id', sources: [{ publisher: 'Cek Fakta Contoh', url }] },
    ]);
    expect((await verify(out)).code).toBe(0);
  });

  it('builds from a Fact Check API response, every review a source, and names the claim without text', async () => {
    const { code, stderr, list, out } = await build(['--from', 'factcheck-api', '--input', fixture('factcheck-api.json'), '--list-id', 'gfc', '--publisher', 'Fallback']);
    expect(code).toBe(0);
    const sanitizer = 'https://factcheck.example.org/2024/05/03/hand-sanitizer-car';
    const water = 'https://cekfakta.example.org/2024/05/air-hangat';
    expect(list.entries).toEqual([
      {
        id: urlId(sanitizer),
        claim: 'Hand sanitizer in a hot car can catch fire',
        verdict: 'False',
        date: '2024-05-03',
        language: 'en',
        sources: [
          { publisher: 'Example Fact Check', url: sanitizer },
          { publisher: 'checker.example.net', url: 'https://checker.example.net/sanitizer-fire' },
        ],
      },
      // No reviewDate: the claim's date stands in.
      { id: urlId(water), claim: 'Minum air hangat setiap jam membunuh virus', verdict: 'Salah', date: '2024-05-06', language: 'id', sources: [{ publisher: 'Cek Fakta Contoh', url: water }] },
    ]);
    expect(stderr).toContain('warning: claims[1]: no claim text; skipped\n');
    expect(checkHoaxList(list).entries).toHaveLength(2);
    expect((await verify(out)).code).toBe(0);
  });

  it('takes several pages of Fact Check API responses as a JSON array', async () => {
    const pages = [readJson(fixture('factcheck-api.json')), readJson(fixture('factcheck-api-page2.json'))];
    const input = join(tempDir(), 'pages.json');
    writeFileSync(input, JSON.stringify(pages));
    const { code, stderr, list } = await build(['--from', 'factcheck-api', '--input', input, '--list-id', 'gfc']);
    expect(code).toBe(0);
    expect(list.entries.map((entry: { claim: string }) => entry.claim)).toEqual([
      'Hand sanitizer in a hot car can catch fire',
      'Minum air hangat setiap jam membunuh virus',
      'Foto banjir ini diambil di Jakarta minggu lalu',
    ]);
    expect(stderr).toContain('warning: page 1 claims[1]: no claim text; skipped\n');
  });

  it('refuses a version not above the one in --previous, and a previous list with another id', async () => {
    const previous = join(tempDir(), 'previous.json');
    const first = await build([...CSV_BUILD, '--list-id', 'tbh', '--version', '500'], previous);
    expect(first.code).toBe(0);
    for (const version of ['400', '500']) {
      const out = join(tempDir(), 'list.json');
      const { code, stderr } = await build([...CSV_BUILD, '--list-id', 'tbh', '--version', version, '--previous', previous], out);
      expect(code).toBe(2);
      expect(stderr).toContain(`version ${version} is not greater than version 500 of the previous list`);
      expect(stderr).toContain('rollback');
      expect(existsSync(out)).toBe(false);
    }
    const later = await build([...CSV_BUILD, '--list-id', 'tbh', '--version', '501', '--previous', previous]);
    expect(later.code).toBe(0);
    expect(later.list.version).toBe(501);
    const defaultVersion = await build([...CSV_BUILD, '--list-id', 'tbh', '--previous', previous]);
    expect(defaultVersion.list.version).toBeGreaterThan(500);
    const other = await build([...CSV_BUILD, '--list-id', 'other', '--version', '600', '--previous', previous]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('not hoaxes list "other"');
  });

  it('refuses bad arguments with exit code 2 and writes nothing', async () => {
    const cases: [string[], string][] = [
      [['--from', 'rss', '--input', fixture('debunks.csv'), '--list-id', 'x'], '--from must be one of csv, claimreview, factcheck-api'],
      [['--from', 'csv', '--input', fixture('debunks.csv'), '--list-id', 'x', '--claim-column', 'Judul'], 'missing --id-column'],
      [['--from', 'claimreview', '--input', fixture('claimreview.json'), '--list-id', 'x', '--id-column', 'No'], '--id-column only applies to --from csv'],
      [['--from', 'claimreview', '--input', fixture('claimreview.json')], 'missing --list-id'],
      [[...CSV_BUILD, '--list-id', 'x', '--version', '1.5'], '--version must be a whole number'],
      [[...CSV_BUILD, '--list-id', 'x', '--expires-in-days', '0'], '--expires-in-days must be a number of days'],
      [[...CSV_BUILD, '--list-id', 'x', '--bogus', '1'], "Unknown option '--bogus'"],
      [['--from', 'claimreview', '--input', fixture('debunks.csv'), '--list-id', 'x'], 'not JSON'],
      [['--from', 'factcheck-api', '--input', join(FIXTURES, 'missing.json'), '--list-id', 'x'], 'no such file'],
    ];
    for (const [args, message] of cases) {
      const out = join(tempDir(), 'list.json');
      const { code, stderr } = await build(args, out);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    }
    const noKey = await saring(['list', 'build', ...CSV_BUILD, '--list-id', 'x']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('missing --key');
  });

  it('refuses a key file that is not a signing key', async () => {
    const bad = join(tempDir(), 'key.json');
    writeFileSync(bad, JSON.stringify({ algorithm: 'ECDSA-P256-SHA256', keyId: 'x', publicKey: 'AAAA', privateKey: 'AAAA' }));
    const { code, stderr } = await saring(['list', 'build', ...CSV_BUILD, '--list-id', 'x', '--key', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not a base64 ECDSA P-256 key');
  });

  it('checks its own signature: a key file whose halves come from two keys signs nothing', async () => {
    const other = await keygen(tempDir());
    const mixed = join(tempDir(), 'mixed.json');
    writeFileSync(mixed, JSON.stringify({ ...key.key, publicKey: other.key.publicKey }));
    const out = join(tempDir(), 'list.json');
    const { code, stderr } = await saring(['list', 'build', ...CSV_BUILD, '--list-id', 'x', '--key', mixed, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain(`does not verify with the public key in ${mixed}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('saring list verify', () => {
  let signed: string;
  let document: Record<string, unknown> & { entries: { claim: string }[] };

  beforeAll(async () => {
    const result = await build([...CSV_BUILD, '--list-id', 'tbh']);
    signed = result.out;
    document = result.list;
  });

  it('takes the public key as base64 text, as a file holding it, or as KEY.json', async () => {
    const keyText = join(tempDir(), 'public.txt');
    writeFileSync(keyText, `${key.key.publicKey}\n`);
    for (const publicKey of [key.key.publicKey, keyText, key.path]) {
      const { code, stdout } = await verify(signed, publicKey);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^ok: hoaxes list tbh version \d+, 2 entries/);
    }
  });

  it('fails a list changed after signing, exit 2, saying the signature does not match', async () => {
    const tampered = join(tempDir(), 'tampered.json');
    const copy = structuredClone(document);
    copy.entries[0].claim = 'Surat suara aman';
    writeFileSync(tampered, JSON.stringify(copy, null, 2));
    const { code, stdout, stderr } = await verify(tampered);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('signature does not match its contents');
  });

  it('fails a list checked against another key, naming "another key"', async () => {
    const other = await keygen(tempDir());
    const { code, stderr } = await verify(signed, other.path);
    expect(code).toBe(2);
    expect(stderr).toContain('signed with another key');
    expect(stderr).toContain(other.key.keyId);
  });

  it('fails an unsigned list and a file that is not a list', async () => {
    const unsigned = join(tempDir(), 'unsigned.json');
    const { signature: _signature, ...rest } = document;
    writeFileSync(unsigned, JSON.stringify(rest));
    const noSignature = await verify(unsigned);
    expect(noSignature.code).toBe(2);
    expect(noSignature.stderr).toContain('the list is not signed');
    const notList = await verify(fixture('claimreview-page.html'));
    expect(notList.code).toBe(2);
    expect(notList.stderr).toContain('a web page, not a list');
  });

  it('warns about an expired list but still exits 0', async () => {
    const { privateKey } = key.key;
    const signingKey = await crypto.subtle.importKey('pkcs8', fromBase64(privateKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const { signature: _signature, ...rest } = document;
    const expired = await signList({ ...rest, expires: '2020-01-01T00:00:00.000Z' }, signingKey, key.key.publicKey);
    const path = join(tempDir(), 'expired.json');
    writeFileSync(path, JSON.stringify(expired));
    const { code, stdout, stderr } = await verify(path);
    expect(code).toBe(0);
    expect(stdout).toContain('expires 2020-01-01T00:00:00.000Z');
    expect(stderr).toContain('warning: the list expired on 2020-01-01T00:00:00.000Z');
  });

  it('needs --list and --public-key, and a usable key', async () => {
    expect((await saring(['list', 'verify', '--list', signed])).stderr).toContain('missing --public-key');
    const bad = await verify(signed, 'not-a-key');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('neither a base64 public key nor a readable file');
  });
});

const baseList: HoaxList = {
  kind: 'hoaxes',
  formatVersion: 1,
  listId: 'tbh',
  name: 'Hoaxes',
  publisher: 'Cek Fakta Contoh',
  version: 200,
  languages: ['id'],
  expires: '2030-01-01T00:00:00.000Z',
  entries: [
    { id: 'a', claim: 'Klaim A', verdict: 'Salah', sources: [] },
    { id: 'b', claim: 'Klaim B', verdict: 'Salah', date: '2024-01-01', sources: [{ publisher: 'X', url: 'https://x.example.org/b' }] },
    { id: 'c', claim: 'Klaim C', verdict: 'Salah', sources: [] },
  ],
};

function writeList(list: object): string {
  const path = join(tempDir(), 'list.json');
  writeFileSync(path, JSON.stringify(list));
  return path;
}

describe('saring list diff', () => {
  const changedList: HoaxList = {
    ...baseList,
    version: 150,
    name: 'Hoaxes, renamed',
    entries: [
      { id: 'b', claim: 'Klaim B', verdict: 'Menyesatkan', date: '2024-01-01', sources: [{ publisher: 'X', url: 'https://x.example.org/b2' }] },
      { id: 'c', claim: 'Klaim C', verdict: 'Salah', sources: [] },
      { id: 'd', claim: 'Klaim D', verdict: 'Salah', sources: [] },
    ],
  };

  it('reports added, removed and changed entries, header changes and a version that does not increase', async () => {
    const { code, stdout } = await saring(['list', 'diff', writeList(baseList), writeList(changedList)]);
    expect(code).toBe(0);
    expect(stdout).toContain('added (1): d\n');
    expect(stdout).toContain('removed (1): a\n');
    expect(stdout).toContain('changed (1): b (verdict, sources)\n');
    expect(stdout).toContain('version: 200 -> 150\n');
    expect(stdout).toContain('name: "Hoaxes" -> "Hoaxes, renamed"\n');
    expect(stdout).toContain("warning: NEW's version 150 is not greater than OLD's version 200: subscribers will refuse NEW as a rollback\n");
  });

  it('prints the agreed JSON with --json', async () => {
    const { code, stdout, stderr } = await saring(['list', 'diff', '--json', writeList(baseList), writeList(changedList)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ added: ['d'], removed: ['a'], changed: [{ id: 'b', fields: ['verdict', 'sources'] }], versionIncreases: false });
    expect(stderr).toContain('subscribers will refuse NEW as a rollback');
  });

  it('gives no rollback warning when the version grows, and compares a signed list with an unsigned one', async () => {
    const built = await build([...CSV_BUILD, '--list-id', 'tbh', '--version', '300']);
    const older = { ...built.list, version: 299, entries: built.list.entries.slice(0, 1) };
    delete older.signature;
    const { code, stdout, stderr } = await saring(['list', 'diff', '--json', writeList(older), built.out]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ added: ['tbh-002'], removed: [], changed: [], versionIncreases: true });
    expect(stderr).toBe('');
  });

  it('refuses lists of two kinds and anything but two files, exit 2', async () => {
    const patterns = writeList({ kind: 'patterns', formatVersion: 1, listId: 'p', version: 1, entries: [{ id: 'p1', phrase: 'coblos', group: 'election' }] });
    const kinds = await saring(['list', 'diff', writeList(baseList), patterns]);
    expect(kinds.code).toBe(2);
    expect(kinds.stderr).toContain('only lists of one kind compare');
    const one = await saring(['list', 'diff', writeList(baseList)]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('expected two files, OLD and NEW, got 1');
  });

  it('diffLists names each field that differs and sees an identical republication as no rollback', () => {
    expect(diffLists(baseList, changedList).header.map((change) => change.field)).toEqual(['name', 'version']);
    const same = diffLists(baseList, structuredClone(baseList));
    expect(same).toMatchObject({ added: [], removed: [], changed: [], header: [], versionIncreases: false, identical: true });
    const changedSameVersion = diffLists(baseList, { ...baseList, entries: baseList.entries.slice(1) });
    expect(changedSameVersion.identical).toBe(false);
  });
});

describe('converters', () => {
  it('claimReviewToEntries reads CDATA-wrapped blocks, skips a block that is not JSON, and names what it skipped', () => {
    const html = `<html><script type="application/ld+json">{not json</script>
<script type="application/ld+json">//<![CDATA[
{"@type":"http://schema.org/ClaimReview","url":"javascript:alert(1)","claimReviewed":"Klaim tanpa tautan"}
//]]></script>
<script type="application/ld+json">[{"@type":"ClaimReview","identifier":7,"claimReviewed":"Klaim tujuh","datePublished":"kemarin"},
{"@type":"ClaimReview","identifier":"7","claimReviewed":"Klaim tujuh lagi"}]</script></html>`;
    const { entries, warnings } = claimReviewToEntries(html, 'Fallback');
    expect(entries).toEqual([{ id: '7', claim: 'Klaim tujuh', verdict: 'false', sources: [] }]);
    expect(warnings).toEqual([
      expect.stringMatching(/^ld\+json block 1: not JSON/),
      'ld+json block 2 item 1: url "javascript:alert(1)" is not an http(s) link; left out',
      'ld+json block 2 item 1: no url or identifier to make a stable id from; skipped',
      'ld+json block 3 item 1: date "kemarin" is not a date this tool can read; left out',
      'ld+json block 3 item 2: id "7" already used by ld+json block 3 item 1; skipped',
    ]);
  });

  it('claimReviewToEntries throws when there is no ClaimReview at all', () => {
    expect(() => claimReviewToEntries('{"@type":"NewsArticle"}', 'x')).toThrow('no ClaimReview found (1 other JSON-LD items passed over)');
    expect(() => claimReviewToEntries('<html><p>hi</p></html>', 'x')).toThrow('no <script type="application/ld+json"> block');
  });

  it('factCheckApiToEntries takes an empty search answer and refuses what is not a response', () => {
    expect(factCheckApiToEntries('{}', 'x')).toEqual({ entries: [], warnings: [] });
    expect(() => factCheckApiToEntries('{"claims": {}}', 'x')).toThrow('"claims" is not an array');
    expect(() => factCheckApiToEntries('[1]', 'x')).toThrow('page 1 is not a claims:search response');
  });
});

describe('saring list (dispatch and help)', () => {
  it('lists the new commands in the usage and has a help text for each', async () => {
    const { stdout } = await saring(['--help']);
    for (const line of ['saring list keygen --out KEY.json', 'saring list build --from csv|claimreview|factcheck-api', 'saring list verify --list FILE --public-key KEY', 'saring list diff [--json] OLD.json NEW.json']) {
      expect(stdout).toContain(line);
    }
    for (const command of ['keygen', 'build', 'verify', 'diff']) {
      const help = await saring(['list', command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: saring list ${command} `));
    }
  });

  it('refuses an unknown list command, exit 2', async () => {
    for (const word of ['sign', 'constructor']) {
      const { code, stderr } = await saring(['list', word]);
      expect(code).toBe(2);
      expect(stderr).toContain(`unknown list command "${word}"`);
    }
  });
});
