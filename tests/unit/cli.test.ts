import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkHoaxList, MAX_CLAIM_LENGTH, MAX_HOAX_ENTRIES } from '@/utils/lists/check-hoax-list';
import { toIsoDate } from '@/cli/csv-dates';
import { rowStartLines } from '@/cli/csv-to-hoax-list';
import { listIdFromPath } from '@/cli/from-csv';
import { parseCsv } from '@/utils/lists/csv';
import type { HoaxList } from '@/utils/lists/hoax-list';
import { saring } from './support/run-cli';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/cli');
const fixture = (name: string) => join(FIXTURES, name);

/** Runs the CLI in-process, with stdin from a string and stdout/stderr collected. */

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

/** Scan with the made-up hoax list and the made-up phrases, so results do not move when the bundled list grows. */
const SCAN = ['scan', '--list', fixture('hoaxes.json'), '--patterns', fixture('patterns.json')];

const quiet = { political: false, campaign: false, ad: false, fundraising: false, election_fundraising: false, political_ad: false, hoax: null };

const FROM_CSV = ['list', 'from-csv', '--csv', fixture('fact-checks.csv'), '--id-column', 'ID', '--claim-column', 'TITLE'];

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'saring-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('saring (entry and dispatch)', () => {
  it('prints the usage for --help, exit code 0', async () => {
    const { code, stdout, stderr } = await saring(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('saring scan --list LIST');
    expect(stdout).toContain('saring list from-csv');
    expect(stderr).toBe('');
  });

  it('says which command is unknown, on stderr, exit code 2', async () => {
    const { code, stdout, stderr } = await saring(['scna']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "scna"');
  });

  it('refuses an unknown option and a missing required one with exit code 2', async () => {
    const typo = await saring(['scan', '--list', fixture('hoaxes.json'), '--inptu', 'x']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Unknown option '--inptu'");
    const missing = await saring(['scan', '--input', fixture('posts.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --list');
  });

  it('documents the bad-line behaviour in scan --help', async () => {
    const { code, stdout } = await saring(['scan', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('{"id": <id or null>, "line": N, "error": "..."}');
    expect(stdout).toContain('"line:N"');
  });

  it('runs as a real process through tsx', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'cli/saring.ts', '--help'], { cwd: ROOT, timeout: 60_000 });
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('saring scan');
  }, 60_000);
});

describe('saring scan', () => {
  it('writes one result line per post, with exact fields', async () => {
    const { code, stdout, stderr } = await saring([...SCAN, '--input', fixture('posts.jsonl')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = jsonLines(stdout);
    // Seven posts and one blank line, which gives no output line.
    expect(results.map((r) => r.id)).toEqual(['p-campaign', 'p-charity', 'p-election-fund', 'p-ad', 'p-neutral', 'p-hoax', 7]);
    const [campaign, charity, electionFund, ad, neutral, hoax, english] = results;

    expect(campaign).toEqual({
      ...quiet,
      id: 'p-campaign',
      political: true,
      campaign: true,
      reasons: [
        {
          kind: 'campaign',
          score: 0.8,
          reason: 'Campaign message: "coblos", "nomor urut"',
          matches: [
            { patternId: 't.coblos', phrase: 'coblos', group: 'call_to_vote', start: 4, end: 10, text: 'coblos' },
            { patternId: 't.nomor-urut', phrase: 'nomor urut', group: 'election', start: 11, end: 21, text: 'nomor urut' },
          ],
        },
      ],
    });

    expect(charity).toMatchObject({ ...quiet, fundraising: true });
    expect(charity.reasons.map((r: { kind: string }) => r.kind)).toEqual(['fundraising']);
    expect(charity.reasons[0].matches.map((m: { text: string }) => m.text)).toEqual(['berdonasi', 'BCA', 'banjir']);

    expect(electionFund).toMatchObject({ ...quiet, political: true, fundraising: true, election_fundraising: true });
    expect(electionFund.reasons[0]).toMatchObject({ kind: 'election_fundraising', score: 1 });
    // "text" is the slice of the original post, as written: capitals kept.
    expect(electionFund.reasons[0].matches.map((m: { text: string }) => m.text)).toEqual(['Galang dana', 'BCA', 'caleg', 'Pemilu']);

    expect(ad).toMatchObject({ ...quiet, political: true, ad: true, political_ad: true });
    expect(ad.reasons.map((r: { kind: string }) => r.kind)).toEqual(['political_ad']);

    expect(neutral).toEqual({ ...quiet, id: 'p-neutral', reasons: [] });

    expect(hoax).toEqual({
      ...quiet,
      id: 'p-hoax',
      hoax: { claimId: 'made-up-001', score: hoax.hoax.score, url: 'https://example.org/cek/kotak-suara-lembah-hijau' },
      reasons: [
        {
          kind: 'hoax',
          score: hoax.hoax.score,
          reason: expect.stringContaining('Repeats a debunked claim'),
          matches: [],
          claim: 'Kotak suara di Kabupaten Lembah Hijau ditemukan sudah tercoblos sebelum hari pemungutan suara',
          verdict: 'false',
          url: 'https://example.org/cek/kotak-suara-lembah-hijau',
          sharedWords: expect.arrayContaining(['kotak', 'lembah', 'hijau']),
        },
      ],
    });
    expect(hoax.hoax.score).toBeGreaterThanOrEqual(0.75);
    expect(hoax.hoax.score).toBeLessThanOrEqual(1);

    expect(english).toMatchObject({ ...quiet, id: 7, fundraising: true });
  });

  it('reads stdin when there is no --input, and for --input -', async () => {
    const posts = '{"id": "a", "text": "Ayo coblos nomor urut 2!"}\n{"id": "b", "text": "Selamat pagi"}\n';
    for (const input of [[], ['--input', '-']]) {
      const { code, stdout } = await saring([...SCAN, ...input], posts);
      expect(code).toBe(0);
      expect(jsonLines(stdout).map((r) => [r.id, r.campaign])).toEqual([
        ['a', true],
        ['b', false],
      ]);
    }
  });

  it('takes CRLF line ends and a BOM on the first line', async () => {
    const { code, stdout } = await saring(SCAN, '\uFEFF{"id": "a", "text": "coblos"}\r\n{"id": "b", "text": "pemilu"}\r\n');
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('uses the bundled phrase list when --patterns is not given', async () => {
    const { code, stdout } = await saring(['scan', '--list', fixture('hoaxes.json')], '{"id": "c", "text": "Ayo coblos nomor urut 2!"}\n');
    expect(code).toBe(0);
    const [result] = jsonLines(stdout);
    expect(result).toMatchObject({ id: 'c', political: true, campaign: true, ad: false, hoax: null });
    expect(result.reasons[0].kind).toBe('campaign');
  });

  it('keeps scanning past bad lines, reports each by line number, and exits with 1', async () => {
    const { code, stdout, stderr } = await saring([...SCAN, '--input', fixture('bad-lines.jsonl')]);
    expect(code).toBe(1);
    const out = jsonLines(stdout);
    // Nine input lines, one blank: eight output lines, in input order.
    expect(out).toHaveLength(8);
    expect(out[0]).toMatchObject({ id: 'ok-1', campaign: true });
    expect(out[1]).toEqual({ id: null, line: 2, error: expect.stringMatching(/^not JSON/) });
    expect(out[2]).toEqual({ id: 'no-text', line: 3, error: '"text" is missing' });
    expect(out[3]).toEqual({ id: 'number-text', line: 4, error: '"text" must be a string, not number' });
    // No id: analysed anyway, under the line number.
    expect(out[4]).toEqual({ ...quiet, id: 'line:6', reasons: [] });
    expect(out[5]).toEqual({ id: null, line: 7, error: 'not a JSON object but array' });
    expect(out[6]).toEqual({ id: 'bad-sponsored', line: 8, error: '"sponsored" must be true or false, not string' });
    expect(out[7]).toEqual({ ...quiet, id: 'ok-2', reasons: [] });

    const problems = stderr.split('\n').filter((line) => line.startsWith('line '));
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: not JSON/),
      'line 3: "text" is missing',
      'line 4: "text" must be a string, not number',
      'line 6: "id" is missing; analysed as "line:6"',
      'line 7: not a JSON object but array',
      'line 8: "sponsored" must be true or false, not string',
    ]);
    expect(stderr).toContain('6 of 8 lines had problems');
  });

  it('echoes numeric ids and skips blank lines without a word', async () => {
    const { code, stdout, stderr } = await saring(SCAN, '\n   \n{"id": 12, "text": "halo"}\n\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(jsonLines(stdout)).toEqual([{ ...quiet, id: 12, reasons: [] }]);
  });

  it('streams a long input, one result per line', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: i % 2 ? 'coblos' : 'halo' }));
    const { code, stdout } = await saring(SCAN, `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(3000);
    expect(out[2999]).toMatchObject({ id: 'n2999', campaign: true });
  });

  it.each([
    ['not-a-list.json', 'not a Saring hoax list: expected a JSON object, got an array'],
    ['patterns.json', 'kind must be "hoaxes" (got "patterns")'],
    ['entry-without-claim.json', 'entries[1] (id "no-claim"): claim is missing or empty'],
    ['posts.jsonl', 'is not JSON'],
    ['no-such-list.json', 'no such file'],
  ])('stops with exit code 2 and no output when the list %s is unusable', async (name, message) => {
    const { code, stdout, stderr } = await saring(['scan', '--list', fixture(name), '--input', fixture('posts.jsonl')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(name);
  });

  it('stops with exit code 2 when the pattern file or the input cannot be used', async () => {
    const patterns = await saring(['scan', '--list', fixture('hoaxes.json'), '--patterns', fixture('hoaxes.json')]);
    expect(patterns.code).toBe(2);
    expect(patterns.stderr).toContain('pattern list');
    const input = await saring([...SCAN, '--input', fixture('no-such-posts.jsonl')]);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('cannot read input');
    expect(input.stderr).toContain('no such file');
  });
});

describe('checkHoaxList', () => {
  const entry = (overrides: Record<string, unknown> = {}) => ({ id: 'x1', claim: 'Klaim karangan', verdict: 'false', sources: [], ...overrides });
  const list = (entries: unknown, overrides: Record<string, unknown> = {}) => ({
    kind: 'hoaxes',
    formatVersion: 1,
    listId: 't',
    name: 'T',
    publisher: 'P',
    version: 1,
    languages: ['id'],
    entries,
    ...overrides,
  });

  it('accepts a well-formed list, entries with empty sources included, and drops unknown fields', () => {
    const checked = checkHoaxList(list([entry({ extra: 'ignored' }), entry({ id: 'x2', sources: [{ publisher: 'P', url: 'https://example.org/a' }] })]));
    expect(checked.entries).toEqual([
      { id: 'x1', claim: 'Klaim karangan', verdict: 'false', sources: [] },
      { id: 'x2', claim: 'Klaim karangan', verdict: 'false', sources: [{ publisher: 'P', url: 'https://example.org/a' }] },
    ]);
  });

  it.each([
    ['null', null, 'expected a JSON object, got null'],
    ['the wrong kind', list([], { kind: 'patterns' }), 'kind must be "hoaxes"'],
    ['another format version', list([], { formatVersion: 2 }), 'formatVersion 2'],
    ['no version', list([], { version: 'today' }), 'no version'],
    ['entries not an array', list({ a: 1 }), 'entries must be an array, not an object'],
    ['an entry that is not an object', list([entry(), 'text']), 'entries[1] is a string, not an object'],
    ['an entry without id', list([entry({ id: '' })]), 'entries[0] has no id'],
    ['an entry without claim', list([entry(), entry({ id: 'x2', claim: undefined })]), 'entries[1] (id "x2"): claim is missing'],
    ['a claim too long', list([entry({ claim: 'a'.repeat(MAX_CLAIM_LENGTH + 1) })]), `at most ${MAX_CLAIM_LENGTH}`],
    ['a javascript: url', list([entry({ sources: [{ publisher: 'P', url: 'javascript:alert(1)' }] })]), 'is not http(s)'],
    ['a url that is no url', list([entry({ sources: [{ publisher: 'P', url: 'example dot org' }] })]), 'is not a URL'],
    ['a date not YYYY-MM-DD', list([entry({ date: '2 Jan 2024' })]), 'is not YYYY-MM-DD'],
    ['duplicate ids', list([entry(), entry({ claim: 'Lain' })]), 'entries[1] (id "x1"): id already used by entries[0]'],
  ])('refuses %s with a message naming the problem', (_what, value, message) => {
    expect(() => checkHoaxList(value)).toThrow(message);
  });

  it(`refuses more than ${MAX_HOAX_ENTRIES} entries`, () => {
    const entries = new Array(MAX_HOAX_ENTRIES + 1).fill(entry());
    expect(() => checkHoaxList(list(entries))).toThrow(`${MAX_HOAX_ENTRIES + 1} entries (at most ${MAX_HOAX_ENTRIES})`);
  });
});

describe('saring list from-csv', () => {
  it('turns a CSV with a BOM, CRLF, quotes, commas and line breaks in fields into a hoax list', async () => {
    const before = Date.now();
    const { code, stdout, stderr } = await saring([...FROM_CSV, '--date-column', 'DATE', '--url-column', 'URL', '--verdict-column', 'VERDICT', '--publisher', 'Cek Fakta Contoh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"kind": "hoaxes",\n/); // pretty-printed
    const list = JSON.parse(stdout) as HoaxList;
    expect(list).toMatchObject({ kind: 'hoaxes', formatVersion: 1, listId: 'fact-checks', name: 'Hoax claims from fact-checks.csv', publisher: 'Cek Fakta Contoh', languages: ['id'] });
    expect(list.version).toBeGreaterThanOrEqual(before);
    expect(list.version).toBeLessThanOrEqual(Date.now());
    expect(list.entries).toEqual([
      {
        id: '101',
        claim: 'Kotak suara di Kabupaten Lembah Hijau ditemukan sudah tercoblos sebelum hari pemungutan suara',
        verdict: 'salah',
        date: '2024-02-10',
        language: 'id',
        sources: [{ publisher: 'Cek Fakta Contoh', url: 'https://example.org/cek/101' }],
      },
      {
        id: '102',
        claim: 'Minum air rebusan daun jambu kristal, tiga kali sehari, menyembuhkan demam berdarah',
        verdict: 'false',
        date: '2024-03-05',
        language: 'id',
        sources: [{ publisher: 'Cek Fakta Contoh', url: 'https://example.org/cek/102' }],
      },
      // A quoted "" is one quote; the line break inside the field becomes a space. "31 Feb" is no date; javascript: no link.
      { id: '103', claim: 'Foto "antrean" panjang di TPS ternyata foto lama', verdict: 'false', language: 'id', sources: [] },
      { id: '105', claim: 'Bank sentral menarik uang kertas lima puluh ribu', verdict: 'palsu', language: 'id', sources: [] },
    ]);
    const warnings = stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toEqual([
      'warning: CSV line 4: date "31 Feb 2024" is not a date this tool can read; left out',
      'warning: CSV line 4: url "javascript:alert(1)" is not an http(s) link; left out',
      'warning: CSV line 6: empty id; row skipped',
      'warning: CSV line 7: id "104": empty claim; row skipped',
      'warning: CSV line 8: duplicate id "101" (first on line 2); row skipped',
      'warning: CSV line 10: date "kemarin" is not a date this tool can read; left out',
    ]);
  });

  it('gives entries no sources and no dates when those columns are not named, and takes --list-id and --name', async () => {
    const { code, stdout } = await saring([...FROM_CSV, '--list-id', 'cek-contoh', '--name', 'Cek Contoh']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as HoaxList;
    expect(list).toMatchObject({ listId: 'cek-contoh', name: 'Cek Contoh', publisher: 'unknown' });
    expect(list.entries[0]).toEqual({ id: '101', claim: expect.any(String), verdict: 'false', language: 'id', sources: [] });
  });

  it('names a missing column and lists the columns the header has, exit code 2', async () => {
    const { code, stdout, stderr } = await saring(['list', 'from-csv', '--csv', fixture('fact-checks.csv'), '--id-column', 'ID', '--claim-column', 'JUDUL']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('column "JUDUL" is not in the CSV header; its columns are: ID, TITLE, DATE, URL, VERDICT');
  });

  it('fails with exit code 2 for a missing file, a missing option, or a CSV with no usable row', async () => {
    const missingFile = await saring(['list', 'from-csv', '--csv', fixture('nope.csv'), '--id-column', 'ID', '--claim-column', 'TITLE']);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('cannot read CSV');
    const missingOption = await saring(['list', 'from-csv', '--csv', fixture('fact-checks.csv'), '--claim-column', 'TITLE']);
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr).toContain('missing --id-column');
    const empty = tempFile('empty.csv', 'ID,TITLE\n,\n');
    const noRows = await saring(['list', 'from-csv', '--csv', empty, '--id-column', 'ID', '--claim-column', 'TITLE']);
    expect(noRows.code).toBe(2);
    expect(noRows.stdout).toBe('');
    expect(noRows.stderr).toContain('no row has both an id and a claim');
  });

  it('makes a list that scan takes (round trip)', async () => {
    const made = await saring([...FROM_CSV, '--url-column', 'URL']);
    const listPath = tempFile('list.json', made.stdout);
    const posts = [
      '{"id": "repeats-101", "text": "Awas! Kotak suara di Kabupaten Lembah Hijau ditemukan sudah tercoblos sebelum hari pemungutan suara"}',
      '{"id": "unrelated", "text": "Resep nasi goreng kampung"}',
    ].join('\n');
    const { code, stdout } = await saring(['scan', '--list', listPath, '--patterns', fixture('patterns.json')], posts);
    expect(code).toBe(0);
    const [repeats, unrelated] = jsonLines(stdout);
    expect(repeats.hoax).toEqual({ claimId: '101', score: expect.any(Number), url: 'https://example.org/cek/101' });
    expect(repeats.reasons.find((r: { kind: string }) => r.kind === 'hoax')).toMatchObject({ verdict: 'false', url: 'https://example.org/cek/101' });
    expect(unrelated.hoax).toBeNull();
  });
});

describe('from-csv helpers', () => {
  it.each([
    ['2 Jan 2024', '2024-01-02'],
    ['02 Januari 2024', '2024-01-02'],
    ['17 Agustus 2024', '2024-08-17'],
    ['Selasa, 2 Jan. 2024', '2024-01-02'],
    ['2024-01-02', '2024-01-02'],
    ['2024-01-02T10:00:00Z', '2024-01-02'],
    [' 29 Feb 2024 ', '2024-02-29'],
    ['17-Aug-20', '2020-08-17'],
  ])('reads %j as %s', (text, iso) => expect(toIsoDate(text)).toBe(iso));

  it.each(['31 Feb 2024', '29 Feb 2023', '02/01/2024', 'kemarin', '2 constructor 2024', '2024-13-01', ''])('leaves %j unread', (text) =>
    expect(toIsoDate(text)).toBeUndefined(),
  );

  it('finds the file line each CSV row starts on, past quoted line breaks', () => {
    expect(rowStartLines(parseCsv('a,b\n1,"x\ny"\r\n2,"p\r\nq\rr"\n\n3,z\n'))).toEqual([1, 2, 4, 7, 8]);
  });

  it('derives a list id from the file name', () => {
    expect(listIdFromPath('data/TurnBackHoax 2024.csv')).toBe('turnbackhoax-2024');
    expect(listIdFromPath('/tmp/___.csv')).toBe('hoax-list');
  });
});
