import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag } from '@/utils/engine/types';
import { parseImportFile, reportsToNdjson } from '@/utils/moderation/import-file';
import { mergeReports } from '@/utils/moderation/merge-reports';
import { buildExport } from '@/utils/storage/export-json';
import { buildReport, type Report } from '@/utils/storage/report';
import { createReportStore } from '@/utils/storage/report-store';
import { makePost } from './support/make-post';

const campaign: Flag = {
  kind: 'campaign',
  score: 0.6,
  reason: 'Campaign message: "coblos nomor"',
  matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 }],
};
const hoaxFlag: Flag = {
  kind: 'hoax',
  score: 0.91,
  reason: 'Repeats a debunked claim',
  matches: [],
  hoax: { claimId: 'h1', claim: 'Kotak suara dibakar', verdict: 'false', date: '2024-02-10', url: 'https://cek.example/h1', score: 0.91, sharedWords: ['kotak', 'suara'] },
};

function report(postId: string, reporterId: string, reportedAt: number, flags: Flag[] = [campaign]): Report {
  return buildReport(makePost({ postId, pageKind: 'feed' }), {
    flags,
    lists: { patterns: { listId: 'saring-patterns', version: 3 } },
    reportedAt,
    reporterId,
    source: 'warning',
    extensionVersion: '0.1.0',
  });
}

const now = new Date('2026-11-25T10:00:00Z');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

describe('reading export files', () => {
  const reports = [report('1', 'vol-a', 1000), { ...report('2', 'vol-a', 2000, [hoaxFlag]), note: 'dibagikan grup WA', status: 'confirmed' as const, history: [{ from: 'new' as const, to: 'confirmed' as const, at: 3000 }] }];

  it('gives back the same reports, field for field, from the JSON export and from NDJSON', () => {
    expect(parseImportFile('a.json', JSON.stringify(buildExport(reports, now)))).toEqual({ reports, problems: [] });
    expect(parseImportFile('a.ndjson', reportsToNdjson(reports))).toEqual({ reports, problems: [] });
    expect(parseImportFile('list.json', JSON.stringify(reports))).toEqual({ reports, problems: [] });
  });

  it('names the file and line of a bad line in NDJSON, and takes the rest', () => {
    const lines = reportsToNdjson(reports).split('\n');
    const text = [lines[0], '{"id": broken', '', JSON.stringify({ ...reports[1], platform: 'myspace' }), lines[1]].join('\n');
    const parsed = parseImportFile('vol-b.ndjson', text);
    expect(parsed.reports.map((r) => r.id)).toEqual(['tiktok:1', 'tiktok:2']);
    expect(parsed.problems).toEqual([
      { file: 'vol-b.ndjson', line: 2, message: 'not valid JSON' },
      { file: 'vol-b.ndjson', line: 4, message: expect.stringContaining('platform "myspace"') },
    ]);
  });

  it('names the place of a bad report in a JSON export', () => {
    const bad = { ...reports[0], id: 'tiktok:999' };
    const parsed = parseImportFile('x.json', JSON.stringify(buildExport([reports[1], bad], now)));
    expect(parsed.reports).toHaveLength(1);
    expect(parsed.problems).toEqual([{ file: 'x.json', line: 2, message: 'id "tiktok:999" is not tiktok:1' }]);
  });

  it('refuses a file that is not a Saring export, and hostile fields never get through', () => {
    expect(parseImportFile('x.json', '{"hello": 1}').problems[0].message).toMatch(/not a Saring export/);
    expect(parseImportFile('x.json', '[1, 2').problems[0].message).toBe('not valid JSON');
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(reports[0]).slice(1)}`);
    const parsed = parseImportFile('h.ndjson', `${JSON.stringify({ ...hostile, extra: '<script>' })}\n`);
    expect(parsed.reports[0]).toEqual(reports[0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a field that is an object with its own "toString" instead of throwing on it', () => {
    const lines = [{ ...reports[0], id: { toString: {} } }, { ...reports[1], platform: { toString: {} } }, reports[0]].map((r) => JSON.stringify(r)).join('\n');
    const parsed = parseImportFile('t.ndjson', `${lines}\n`);
    expect(parsed.reports).toEqual([reports[0]]);
    expect(parsed.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^id "an object" is not/), expect.stringMatching(/^platform "an object" is not one of/)]);
  });

  it('reads a BOM-prefixed file and older reports without the newer fields', () => {
    const { history, reporters, category, note, ...older } = reports[0];
    const parsed = parseImportFile('old.json', `\uFEFF${JSON.stringify([older])}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.reports[0]).toMatchObject({ category: 'other', note: '', history: [], reporters: [{ reporterId: 'vol-a', reportedAt: 1000 }] });
    void [history, reporters, category, note];
  });
});

describe('merging', () => {
  it('keeps every reporter with their earliest time, and the earliest report', () => {
    const merged = mergeReports(report('1', 'vol-b', 5000), report('1', 'vol-a', 1000));
    expect(merged.reporters).toEqual([
      { reporterId: 'vol-a', reportedAt: 1000 },
      { reporterId: 'vol-b', reportedAt: 5000 },
    ]);
    expect(merged.reportedAt).toBe(1000);
    expect(merged.reporterId).toBe('vol-a');
  });

  it("lets the latest review decision win, and keeps every decision in the history", () => {
    const triaged = { ...report('1', 'mod-1', 1000), status: 'triaged' as const, history: [{ from: 'new' as const, to: 'triaged' as const, at: 2000 }] };
    const confirmed = { ...report('1', 'mod-2', 1000), status: 'confirmed' as const, history: [{ from: 'new' as const, to: 'confirmed' as const, at: 3000 }] };
    expect(mergeReports(triaged, confirmed)).toMatchObject({ status: 'confirmed', history: [{ to: 'triaged' }, { to: 'confirmed' }] });
    expect(mergeReports(confirmed, triaged).status).toBe('confirmed');
  });

  it('is idempotent: merging again changes nothing', () => {
    const ids = fc.constantFrom('vol-a', 'vol-b', 'vol-c');
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, fc.integer({ min: 1, max: 10_000 })), { minLength: 1, maxLength: 6 }), (entries) => {
        const all = entries.map(([who, at]) => report('1', who, at));
        const once = all.reduce(mergeReports);
        expect(all.reduce(mergeReports, once)).toEqual(once);
        expect(mergeReports(once, once)).toEqual(once);
      }),
    );
  });
});

describe('importing into the store', () => {
  it('dedupes by post across files, counts reporters, and the same files twice change nothing', async () => {
    const store = createReportStore();
    const volunteerA = [report('1', 'vol-a', 1000), report('2', 'vol-a', 1500)];
    const volunteerB = [report('1', 'vol-b', 900), report('3', 'vol-b', 2500)];
    expect(await store.importAll([...volunteerA, ...volunteerB])).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const first = await store.list();
    expect(first.find((r) => r.id === 'tiktok:1')!.reporters.map((r) => r.reporterId)).toEqual(['vol-b', 'vol-a']);
    expect(await store.importAll([...volunteerA, ...volunteerB])).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await store.list()).toEqual(first);
  });

  it('an export imported into an empty profile gives back the same reports', async () => {
    const source = createReportStore();
    await source.importAll([report('1', 'vol-a', 1000), { ...report('2', 'vol-b', 2000, [hoaxFlag]), note: 'n' }]);
    const exported = JSON.stringify(buildExport(await source.list(), now));
    globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
    const fresh = createReportStore();
    await fresh.importAll(parseImportFile('export.json', exported).reports);
    expect(await fresh.list()).toEqual(await source.list());
  });
});
