import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { buildExport } from '@/utils/storage/export-json';
import { buildReport, reportIdFor, type Report } from '@/utils/storage/report';
import { createReportStore, DB_NAME, DB_VERSION, openSaringDB } from '@/utils/storage/report-store';
import type { Post } from '@/utils/post';
import { makePost } from './support/make-post';

const post = (overrides: Record<string, unknown> = {}) => makePost({ pageKind: 'video', ...overrides });

const campaignFlag: Flag = {
  kind: 'campaign',
  score: 0.6,
  reason: 'Campaign message: "coblos nomor"',
  matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 }],
};

const context = (flags: Flag[], reportedAt: number, extensionVersion = '0.1.0') => ({
  flags,
  lists: { patterns: { listId: 'saring-patterns', version: 3 } },
  reportedAt,
  reporterId: 'reporter-1',
  source: 'warning' as const,
  extensionVersion,
});

const report = (overrides: Partial<Post>, reportedAt: number, flags: Flag[] = [campaignFlag]) => buildReport(post(overrides), context(flags, reportedAt));

beforeEach(() => {
  // A brand-new, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

describe('buildReport', () => {
  it('copies the post, the flags and their kinds', () => {
    const flags: Flag[] = [campaignFlag, { ...campaignFlag, kind: 'election_fundraising' }];
    expect(buildReport(post(), { ...context(flags, 1_700_000_000_000, '1.2.3'), seenAt: 1_699_999_990_000 })).toEqual({
      id: 'tiktok:7300000000000000001',
      platform: 'tiktok',
      postId: '7300000000000000001',
      permalink: 'https://www.tiktok.com/@warga/video/7300000000000000001',
      authorHandle: 'warga',
      authorName: post().authorName,
      captionSnapshot: 'Ayo coblos nomor urut 2',
      pageKind: 'video',
      kinds: ['campaign', 'election_fundraising'],
      flags,
      category: 'campaign',
      note: '',
      lists: { patterns: { listId: 'saring-patterns', version: 3 } },
      seenAt: 1_699_999_990_000,
      reportedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      reporterId: 'reporter-1',
      source: 'warning',
      status: 'new',
      history: [],
      reporters: [{ reporterId: 'reporter-1', reportedAt: 1_700_000_000_000 }],
      extensionVersion: '1.2.3',
    });
  });

  it('keys a report by platform and post id', () => {
    expect(reportIdFor({ platform: 'tiktok', postId: 'abc' })).toBe('tiktok:abc');
  });

  it('has no kinds when there are no flags', () => {
    const built = buildReport(post(), context([], 1));
    expect(built.kinds).toEqual([]);
    expect(built.flags).toEqual([]);
    expect(built.category).toBe('other');
  });
});

describe('report store', () => {
  it('creates the reports store with its byReportedAt index on a fresh profile', async () => {
    const db = await openSaringDB();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['disputes', 'health', 'lists', 'reports', 'shown', 'snapshots', 'team']);
    const tx = db.transaction('reports');
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames]).toContain('byReportedAt');
    expect(tx.store.index('byReportedAt').keyPath).toBe('reportedAt');
    db.close();
  });

  it('is empty on a fresh profile', async () => {
    const store = createReportStore();
    expect(await store.list()).toEqual([]);
    expect(await store.count()).toBe(0);
  });

  it('lists a saved report', async () => {
    const store = createReportStore();
    const saved = report({}, 1000);
    expect(await store.save(saved)).toEqual(saved);
    expect(await store.list()).toEqual([saved]);
    expect(await store.count()).toBe(1);
  });

  it('updates a report of the same post instead of adding one, keeping when it was first reported', async () => {
    const store = createReportStore();
    await store.save(report({ caption: 'first caption' }, 1000));
    const second = await store.save(report({ caption: 'edited caption' }, 5000, []));

    expect(await store.count()).toBe(1);
    const [stored] = await store.list();
    expect(stored.captionSnapshot).toBe('edited caption');
    expect(stored.flags).toEqual([]);
    expect(stored.reportedAt).toBe(1000);
    expect(second.reportedAt).toBe(1000);
  });

  it('keeps the earliest time even if a later save carries an earlier time', async () => {
    const store = createReportStore();
    await store.save(report({}, 5000));
    await store.save(report({}, 2000));
    expect((await store.list())[0].reportedAt).toBe(2000);
  });

  it('lists newest first', async () => {
    const store = createReportStore();
    await store.save(report({ postId: 'middle' }, 2000));
    await store.save(report({ postId: 'newest' }, 3000));
    await store.save(report({ postId: 'oldest' }, 1000));
    expect((await store.list()).map((r) => r.postId)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('stores many reports in one write and takes the whole write back', async () => {
    const store = createReportStore();
    await store.save(report({ postId: 'a', caption: 'earlier' }, 1000));
    const write = await store.saveAll([report({ postId: 'a', caption: 'later' }, 2000), report({ postId: 'b' }, 2000)]);
    expect(write.before.map((r) => r?.captionSnapshot ?? null)).toEqual(['earlier', null]);
    expect(await store.count()).toBe(2);
    await store.undo(write);
    expect((await store.list()).map((r) => [r.postId, r.captionSnapshot])).toEqual([['a', 'earlier']]);
  });

  it('undoes a write whose copy came back with its keys in another order, as Chrome session storage returns them', async () => {
    const store = createReportStore();
    const write = await store.saveAll([report({ postId: 'a' }, 1000)]);
    const sortedKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    const roundTripped = { saved: write.saved.map((r) => sortedKeys(r) as Report), before: write.before };
    expect(await store.undo(roundTripped)).toBe(1);
    expect(await store.count()).toBe(0);
  });

  it("keeps a moderator's review and every reporter when the post is reported again", async () => {
    const store = createReportStore();
    const history = [{ from: 'new' as const, to: 'confirmed' as const, at: 1500 }];
    await store.save({ ...report({}, 1000), status: 'confirmed', history });
    await store.save({ ...report({}, 2000), reporters: [{ reporterId: 'reporter-2', reportedAt: 2000 }] });
    const [stored] = await store.list();
    expect(stored).toMatchObject({ status: 'confirmed', history, reportedAt: 1000 });
    expect(stored.reporters).toEqual([
      { reporterId: 'reporter-1', reportedAt: 1000 },
      { reporterId: 'reporter-2', reportedAt: 2000 },
    ]);
  });

  it('keeps a note from an earlier report of the same post', async () => {
    const store = createReportStore();
    await store.save({ ...report({}, 1000), note: 'dibayar' });
    await store.save(report({}, 2000));
    expect((await store.list())[0].note).toBe('dibayar');
  });

  it('counts the reports first made since a time', async () => {
    const store = createReportStore();
    await store.saveAll([report({ postId: 'old' }, 1000), report({ postId: 'new1' }, 5000), report({ postId: 'new2' }, 6000)]);
    expect(await store.countSince(5000)).toBe(2);
  });

  it('merges a batch into a store many times its size: a moderator’s pulled batch finds the reports it updates', async () => {
    const store = createReportStore();
    const stored = Array.from({ length: 1_000 }, (_, i) => report({ postId: `7350000000${String(i).padStart(9, '0')}` }, 1000 + i));
    await store.saveAll(stored);
    // 60 (over the one-read threshold), into 1,000 (over eight times 60): one read per id. The
    // stored ones are the last in key order, past any partial read of the keys.
    const again = stored.slice(-30).map((r) => ({ ...r, note: 'seen again' }));
    const fresh = Array.from({ length: 30 }, (_, i) => report({ postId: `7360000000${String(i).padStart(9, '0')}` }, 9000 + i));
    expect(await store.importAll([...again, ...fresh])).toEqual({ added: 30, updated: 30, unchanged: 0 });
    expect(await store.count()).toBe(1_030);
    expect((await store.get(again[0].id))?.note).toBe('seen again');

    const write = await store.saveAll([...stored.slice(-60, -30), ...Array.from({ length: 30 }, (_, i) => report({ postId: `7370000000${String(i).padStart(9, '0')}` }, 9500 + i))]);
    expect(write.before.filter(Boolean)).toHaveLength(30);
    expect(await store.undo(write)).toBe(60);
    expect(await store.count()).toBe(1_030);
  });

  it('keeps reports across store instances on the same profile', async () => {
    await createReportStore().save(report({}, 1000));
    expect(await createReportStore().count()).toBe(1);
  });
});

describe('JSON export', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('wraps reports with format, version, time and count', () => {
    const reports = [report({ postId: 'a' }, 2), report({ postId: 'b' }, 1)];
    expect(buildExport(reports, now)).toEqual({
      format: 'saring-reports',
      version: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      count: 2,
      reports,
    });
  });

  it('exports an empty list', () => {
    expect(buildExport([], now)).toMatchObject({ count: 0, reports: [] });
  });

  it('gives back the same reports after a JSON round trip', async () => {
    const store = createReportStore();
    await store.save(report({ postId: 'a', caption: 'Ayo coblos 😀 "kutip" <b>' }, 1000));
    await store.save(report({ postId: 'b', caption: 'donasi' }, 2000, []));
    const reports = await store.list();

    const parsed = JSON.parse(JSON.stringify(buildExport(reports, now))) as { reports: Report[]; count: number };
    expect(parsed.count).toBe(2);
    expect(parsed.reports).toEqual(reports);
    expect(parsed.reports.map((r) => r.postId)).toEqual(['b', 'a']);
  });
});

describe('moderation writes', () => {
  it('changes the status of many reports at once, keeping each change in the history', async () => {
    const store = createReportStore();
    await store.saveAll([report({ postId: 'a' }, 1000), report({ postId: 'b' }, 1000)]);
    expect(await store.setStatus(['tiktok:a', 'tiktok:b', 'tiktok:gone'], 'triaged', 5000)).toBe(2);
    expect(await store.setStatus(['tiktok:a'], 'confirmed', 6000)).toBe(1);
    expect(await store.setStatus(['tiktok:a'], 'confirmed', 7000)).toBe(0);
    const a = await store.get('tiktok:a');
    expect(a).toMatchObject({ status: 'confirmed', updatedAt: 6000 });
    expect(a!.history).toEqual([
      { from: 'new', to: 'triaged', at: 5000 },
      { from: 'triaged', to: 'confirmed', at: 6000 },
    ]);
  });

  it('deletes reports and puts them back exactly as they were', async () => {
    const store = createReportStore();
    await store.saveAll([report({ postId: 'a' }, 1000), report({ postId: 'b' }, 2000)]);
    const before = await store.list();
    const removed = await store.removeMany(['tiktok:a', 'tiktok:missing']);
    expect(removed.map((r) => r.id)).toEqual(['tiktok:a']);
    expect(await store.count()).toBe(1);
    await store.restoreMany(removed);
    expect(await store.list()).toEqual(before);
  });
});
