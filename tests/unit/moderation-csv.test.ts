import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { parseCsvRecords } from '@/utils/lists/csv';
import { CSV_BOM, csvCell, csvHeader, REPORT_CSV_COLUMNS, reportsToCsv, reportToCsvRow } from '@/utils/moderation/csv';
import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from './support/make-post';

/**
 * A strict RFC 4180 reader, written apart from the writer so the two cannot share a mistake: records end with CRLF,
 * a quote may only open a field, and a bare CR or LF outside quotes is an error, not a line end.
 */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let at = 0;

  const readQuoted = (): string => {
    let field = '';
    at++;
    for (;;) {
      if (at >= text.length) throw new Error('unterminated quoted field');
      if (text[at] === '"' && text[at + 1] === '"') (field += '"'), (at += 2);
      else if (text[at] === '"') return at++, field;
      else field += text[at++];
    }
  };
  const readPlain = (): string => {
    let field = '';
    while (at < text.length && text[at] !== ',' && !text.startsWith('\r\n', at)) {
      if (text[at] === '"' || text[at] === '\r' || text[at] === '\n') throw new Error(`unquoted ${JSON.stringify(text[at])} at ${at}`);
      field += text[at++];
    }
    return field;
  };

  for (;;) {
    fields.push(text[at] === '"' ? readQuoted() : readPlain());
    if (at === text.length) return records.concat([fields]);
    if (text[at] === ',') {
      at++;
    } else if (text.startsWith('\r\n', at)) {
      at += 2;
      records.push(fields);
      fields = [];
      if (at === text.length) return records;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
    }
  }
}

const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** The rule as OWASP states it: text starting with = + - @ tab or CR is shown with a leading apostrophe. */
const neutralised = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const politicalAdFlag: Flag = {
  kind: 'political_ad',
  score: 0.92,
  reason: 'Political ad',
  matches: [
    { patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 },
    { patternId: 'ad_disclosure.paid', phrase: 'paid partnership', group: 'ad_disclosure', start: 20, end: 36 },
  ],
};
const campaignFlag: Flag = {
  kind: 'campaign',
  score: 0.6,
  reason: 'Campaign message',
  matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 }],
};
const hoaxFlag: Flag = {
  kind: 'hoax',
  score: 0.81,
  reason: 'Known hoax',
  matches: [],
  hoax: {
    claimId: 'hoax-42',
    claim: 'Surat suara sudah dicoblos sebelum hari pemungutan',
    verdict: 'Salah',
    date: '2024-02-10',
    url: 'https://turnbackhoax.id/2024/02/10/salah-surat-suara-sudah-dicoblos/',
    score: 0.81,
    sharedWords: ['surat', 'suara', 'coblos'],
  },
};

const REPORTED_AT = 1_700_000_000_000;

function reportOf(postFields: Record<string, unknown> = {}, flags: Flag[] = [politicalAdFlag], extra: Partial<Report> = {}): Report {
  const report = buildReport(makePost(postFields), {
    flags,
    lists: { patterns: { listId: 'saring-patterns', version: 3 } },
    seenAt: REPORTED_AT - 60_000,
    reportedAt: REPORTED_AT,
    reporterId: 'reporter-1',
    source: 'warning',
    extensionVersion: '0.1.0',
  });
  return { ...report, ...extra };
}

/** The report's row read back by header name, through the strict reader. */
function rowOf(report: Report): Record<string, string> {
  const [header, row, ...rest] = parseRfc4180(withoutBom(reportsToCsv([report])));
  expect(rest).toEqual([]);
  return Object.fromEntries(header.map((name, i) => [name, row[i]]));
}

describe('csvCell', () => {
  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a CR', 'one\rtwo', '"one\rtwo"'],
    ['an LF', 'one\ntwo', '"one\ntwo"'],
    ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
  ])('quotes a field holding %s and doubles its quotes', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves a plain field as it is', () => {
    expect(csvCell('Ayo coblos nomor urut 2')).toBe('Ayo coblos nomor urut 2');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('puts an apostrophe before text starting with %j', (lead) => {
    const cell = csvCell(`${lead}1+1`);
    expect(parseRfc4180(`x,${cell},z`)).toEqual([['x', `'${lead}1+1`, 'z']]);
  });

  it('neutralises a formula and then quotes it', () => {
    const formula = '=HYPERLINK("http://x","y")';
    expect(csvCell(formula)).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes numbers as numbers, negative ones included, but not a minus sign in text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell('-3')).toBe("'-3");
  });

  it('writes nothing for a missing value or a number that is not one', () => {
    expect([null, undefined, Number.NaN, Number.POSITIVE_INFINITY].map(csvCell)).toEqual(['', '', '', '']);
  });

  it('reads back as the original value, neutralised, for any text', () => {
    const specials = fc.constantFrom(',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", ' ', 'a', 'é', '🙂');
    const text = fc.oneof(fc.string({ unit: specials }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, (value) => {
        expect(parseRfc4180(`x,${csvCell(value)},z`)).toEqual([['x', neutralised(value), 'z']]);
      }),
    );
  });

  it('reads back any finite number exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        // Strict equality rather than Object.is: a spreadsheet has no negative zero to keep.
        expect(Number(parseRfc4180(csvCell(value))[0][0]) === value).toBe(true);
      }),
    );
  });
});

describe('report rows', () => {
  const textFields = [
    ['caption', (text: string) => reportOf({ caption: text })],
    ['note', (text: string) => reportOf({}, [politicalAdFlag], { note: text })],
    ['author name', (text: string) => reportOf({ authorName: text })],
  ] as const;

  describe.each(textFields)('the %s column', (column, reportWith) => {
    it.each([',', '"', '\r', '\n', '\r\n'])('keeps %j inside the field', (special) => {
      const text = `before${special}after`;
      expect(rowOf(reportWith(text))[column]).toBe(text);
    });

    it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a leading %j', (lead) => {
      const text = `${lead}SUM(A1:A9)`;
      expect(rowOf(reportWith(text))[column]).toBe(`'${text}`);
    });

    it('shows a hyperlink formula as text', () => {
      const formula = '=HYPERLINK("http://x","y")';
      expect(rowOf(reportWith(formula))[column]).toBe(`'${formula}`);
    });

    it('keeps Indonesian text and emoji', () => {
      const text = 'Dukung perubahan! Pilih nomor 2 🇮🇩🙏 — ibu kota Nusantara, “jujur & adil”';
      expect(rowOf(reportWith(text))[column]).toBe(text);
    });
  });

  it('gives back every text field of any report, neutralised where it would run as a formula', () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', '=', '+', '-', '@', '\t', 'a', 'ü', '🙂') }), fc.string({ unit: 'grapheme' }));
    const reportFields = fc.record({ caption: text, authorName: text, authorHandle: text, note: text });
    fc.assert(
      fc.property(fc.array(reportFields, { maxLength: 4 }), (drafts) => {
        const reports = drafts.map(({ caption, authorName, authorHandle, note }) => reportOf({ caption, authorName, authorHandle }, [], { note }));
        const [header, ...rows] = parseRfc4180(withoutBom(reportsToCsv(reports)));
        expect(rows).toHaveLength(reports.length);
        rows.forEach((row, i) => {
          const field = (name: string) => row[header.indexOf(name)];
          expect(field('caption')).toBe(neutralised(drafts[i].caption));
          expect(field('author name')).toBe(neutralised(drafts[i].authorName));
          expect(field('author handle')).toBe(neutralised(drafts[i].authorHandle));
          expect(field('note')).toBe(neutralised(drafts[i].note));
        });
      }),
    );
  });

  it('fills each column from the report', () => {
    const hoaxReport = reportOf({ caption: 'Ayo coblos nomor 2' }, [politicalAdFlag, campaignFlag, hoaxFlag], {
      reporters: [
        { reporterId: 'reporter-1', reportedAt: REPORTED_AT },
        { reporterId: 'reporter-7', reportedAt: REPORTED_AT + 5_000 },
      ],
      updatedAt: REPORTED_AT + 3_600_000,
      status: 'triaged',
    });
    const row = rowOf(hoaxReport);
    expect(row).toMatchObject({
      id: 'tiktok:7300000000000000001',
      platform: 'tiktok',
      'post id': '7300000000000000001',
      kinds: 'political_ad campaign hoax',
      category: 'political_ad',
      status: 'triaged',
      'reported at': '2023-11-14T22:13:20.000Z',
      'seen at': '2023-11-14T22:12:20.000Z',
      'updated at': '2023-11-14T23:13:20.000Z',
      reporters: '2',
      'reporter ids': 'reporter-1 reporter-7',
      'page kind': 'video',
      source: 'warning',
      'top score': String(Math.max(politicalAdFlag.score, campaignFlag.score, hoaxFlag.score)),
      'matched phrases': 'coblos nomor; paid partnership',
      'hoax claim': hoaxFlag.hoax?.claim,
      'hoax fact-check URL': hoaxFlag.hoax?.url,
      'pattern list version': 'saring-patterns@3',
      'extension version': '0.1.0',
    });
  });

  it('leaves the score, phrases, hoax and list version empty when there is nothing to show', () => {
    const row = rowOf(reportOf({}, [], { lists: {} }));
    expect([row['top score'], row['matched phrases'], row['hoax claim'], row['hoax fact-check URL'], row['pattern list version']]).toEqual(['', '', '', '', '']);
  });

  it('writes no line end, so a caller can write a large export page by page', () => {
    const reports = [reportOf({ postId: '1' }), reportOf({ postId: '2', caption: 'multi\r\nline' })];
    const paged = [csvHeader(), ...reports.map(reportToCsvRow)].map((line) => `${line}\r\n`).join('');
    expect(reports.map(reportToCsvRow).every((row) => !row.endsWith('\n'))).toBe(true);
    expect(paged).toBe(reportsToCsv(reports, { bom: false }));
  });
});

describe('reportsToCsv', () => {
  const reports = [reportOf({ postId: '1' }), reportOf({ postId: '2', caption: 'a,"b"\nc' }, [hoaxFlag]), reportOf({ postId: '3' }, [])];

  it('has a header naming every column, and as many fields in every row', () => {
    const [header, ...rows] = parseRfc4180(withoutBom(reportsToCsv(reports)));
    expect(header).toEqual(REPORT_CSV_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(reports.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('starts with a UTF-8 byte order mark by default and ends with CRLF', () => {
    const csv = reportsToCsv(reports);
    expect(CSV_BOM).toBe('\uFEFF');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has no byte order mark when asked', () => {
    const csv = reportsToCsv(reports, { bom: false });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith(csvHeader())).toBe(true);
  });

  it('is a header alone for no reports', () => {
    expect(parseRfc4180(reportsToCsv([], { bom: false }))).toEqual([REPORT_CSV_COLUMNS.map((column) => column.header)]);
  });

  it("reads back through the project's own CSV importer", () => {
    const records = parseCsvRecords(reportsToCsv(reports));
    expect(records.map((record) => record.caption)).toEqual(reports.map((report) => report.captionSnapshot));
  });
});
