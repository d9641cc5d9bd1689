import { describe, expect, it, vi } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { EXPORT_PAGE_SIZE, exportBlob, exportFileName } from '@/utils/moderation/export-files';
import { parseImportFile } from '@/utils/moderation/import-file';
import { buildExport } from '@/utils/storage/export-json';
import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from './support/make-post';

const flag: Flag = { kind: 'campaign', score: 0.6, reason: 'r', matches: [] };
const reports: Report[] = Array.from({ length: 1_203 }, (_, i) =>
  buildReport(makePost({ postId: String(1000 + i), caption: i % 2 ? 'Ayo, "coblos"\nnomor 2' : '=HYPERLINK("x")', pageKind: 'feed' }), {
    flags: [flag],
    lists: {},
    reportedAt: 1000 + i,
    reporterId: 'vol-a',
    source: 'bulk',
    extensionVersion: '0.1.0',
  }),
);
const now = new Date('2026-11-25T10:00:00Z');
// Bytes decoded with the BOM kept: Blob.text() would drop the BOM the CSV must start with.
const written = async (format: Parameters<typeof exportBlob>[0], list = reports) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await exportBlob(format, list, now, async () => undefined)).arrayBuffer());

describe('exports written a page at a time', () => {
  it('JSON is the same document the one-piece export made, and reads back field for field', async () => {
    const text = await written('json');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(buildExport(reports, now))));
    expect(parseImportFile('x.json', text)).toEqual({ reports, problems: [] });
    expect(JSON.parse(await written('json', []))).toMatchObject({ count: 0, reports: [] });
  });

  it('NDJSON has one report a line and reads back', async () => {
    const text = await written('ndjson');
    expect(text.split('\n').filter(Boolean)).toHaveLength(reports.length);
    expect(parseImportFile('x.ndjson', text).reports).toEqual(reports);
  });

  it('CSV starts with the BOM and the header, and has one CRLF row a report outside quotes', async () => {
    const text = await written('csv');
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    const rowsOutsideQuotes = text.split(/\r\n(?=tiktok:)/).length;
    expect(rowsOutsideQuotes).toBe(reports.length + 1);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('DSA statements are one JSON document with a statement a report', async () => {
    const parsed = JSON.parse(await written('dsa'));
    expect(parsed.statements).toHaveLength(reports.length);
    expect(parsed.statements[0]).toMatchObject({ content_type: ['CONTENT_TYPE_VIDEO'] });
  });

  it('gives the page back between pages', async () => {
    const pause = vi.fn(async () => undefined);
    await exportBlob('csv', reports, now, pause);
    expect(pause).toHaveBeenCalledTimes(Math.ceil(reports.length / EXPORT_PAGE_SIZE) - 1);
  });

  it('names files with the date and the count', () => {
    expect(exportFileName('csv', 3, now)).toBe('saring-reports-2026-11-25-3.csv');
    expect(exportFileName('ndjson', 3, now)).toBe('saring-reports-2026-11-25-3.ndjson');
    expect(exportFileName('dsa', 12, now)).toBe('saring-dsa-statements-2026-11-25-12.json');
    expect(exportFileName('json', 0, new Date('2027-01-02T23:59:59Z'))).toBe('saring-reports-2027-01-02-0.json');
  });
});
