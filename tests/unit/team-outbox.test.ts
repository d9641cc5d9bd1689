import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '@/utils/storage/report';
import { putOwnReports, putReviews } from '@/utils/team/outbox';
import type { PouchDatabase, PouchDoc } from '@/utils/team/pouch';
import { reportDocId, reviewDocId } from '@/utils/team/team-docs';
import { makePost } from './support/make-post';

// pouchdb-browser looks for `self` as it loads; in Node the global object stands in.
(globalThis as { self?: unknown }).self ??= globalThis;
const { default: PouchDB } = await import('pouchdb-browser');
// @ts-expect-error pouchdb-adapter-memory ships no types; it is a plugin object.
const { default: memoryAdapter } = await import('pouchdb-adapter-memory');
(PouchDB as unknown as { plugin(p: unknown): void }).plugin(memoryAdapter);
type Pouch = new (name: string, options?: Record<string, unknown>) => PouchDatabase;

/** The least a database must do for the outbox: get and put, with CouchDB's revision rule. */
function fakePouch(): PouchDatabase & { docs: Map<string, PouchDoc>; puts: number } {
  const docs = new Map<string, PouchDoc>();
  const notFound = () => Object.assign(new Error('missing'), { status: 404, name: 'not_found' });
  const db = {
    docs,
    puts: 0,
    async get(id: string) {
      const doc = docs.get(id);
      if (!doc || doc._deleted) throw notFound();
      return structuredClone(doc);
    },
    async put(doc: PouchDoc) {
      const held = docs.get(doc._id);
      if (held && held._rev !== doc._rev) throw Object.assign(new Error('Document update conflict'), { status: 409, name: 'conflict' });
      if (!held && doc._rev) throw notFound();
      const n = held?._rev ? Number(held._rev.split('-')[0]) + 1 : 1;
      const rev = `${n}-${Math.random().toString(16).slice(2, 10)}`;
      docs.set(doc._id, JSON.parse(JSON.stringify({ ...doc, _rev: rev })) as PouchDoc);
      db.puts++;
      return { ok: true, id: doc._id, rev };
    },
    bulkDocs: () => Promise.reject(new Error('not used')),
    changes: () => Promise.reject(new Error('not used')),
    info: async () => ({ update_seq: db.puts, doc_count: [...docs.values()].filter((d) => !d._deleted).length }),
    replicate: { to: () => Promise.reject(new Error('not used')), from: () => Promise.reject(new Error('not used')) },
    destroy: async () => undefined,
  };
  return db as unknown as PouchDatabase & { docs: Map<string, PouchDoc>; puts: number };
}

let names = 0;
const databases: [string, () => PouchDatabase][] = [
  ['an in-memory fake', fakePouch],
  ['PouchDB (memory adapter)', () => new (PouchDB as unknown as Pouch)(`outbox-${++names}`, { adapter: 'memory' })],
];

const T0 = Date.UTC(2026, 10, 25, 9);
const ME = { user: 'vol-a', reporterId: 'profile-a' };
let posts = 0;
function makeReport(overrides: Partial<Report> = {}): Report {
  const post = makePost({ postId: `73000000000${String(++posts).padStart(8, '0')}` });
  return { ...buildReport(post, { flags: [], category: 'campaign', lists: {}, reportedAt: T0, reporterId: ME.reporterId, source: 'warning', extensionVersion: '0.1.0' }), ...overrides };
}
const lookupIn = (reports: Map<string, Report>) => async (id: string) => reports.get(id);
const tryGet = (db: PouchDatabase, id: string) => db.get(id).catch(() => undefined);
async function allIds(db: PouchDatabase): Promise<number> {
  return (await db.info()).doc_count;
}

describe.each(databases)('outbox into %s', (_name, open) => {
  /** A report put once into a fresh replica: the replica, the reports it is looked up in, and its document's id. */
  async function putOnce(report: Report) {
    const db = open();
    const reports = new Map([[report.id, report]]);
    await putOwnReports(db, [report.id], lookupIn(reports), ME);
    return { db, reports, id: reportDocId(report.platform, report.postId, 'vol-a') };
  }

  describe('putOwnReports', () => {
    it('puts the user’s report as a report document, without status, history or reporters', async () => {
      const db = open();
      const report = makeReport({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', at: T0 + 1 }], note: 'lihat menit 0:42' });
      await putOwnReports(db, [report.id], lookupIn(new Map([[report.id, report]])), ME);
      const doc = await db.get(reportDocId('tiktok', report.postId, 'vol-a'));
      expect(doc).toMatchObject({ _id: `report:tiktok:${report.postId}:vol-a`, type: 'report', reporter: 'vol-a', platform: 'tiktok', postId: report.postId });
      expect(doc._rev).toMatch(/^1-/);
      expect(doc.withdrawn).toBeUndefined();
      const evidence = doc.report as Record<string, unknown>;
      expect(evidence).not.toHaveProperty('status');
      expect(evidence).not.toHaveProperty('history');
      expect(evidence).not.toHaveProperty('reporters');
      const { status: _s, history: _h, reporters: _r, ...rest } = report;
      expect(evidence).toEqual(rest);
      expect(await allIds(db)).toBe(1);
    });

    it('skips a report whose reporterId is not this profile’s (an imported one)', async () => {
      const db = open();
      const mine = makeReport();
      const imported = makeReport({ reporterId: 'profile-someone-else', reporters: [{ reporterId: 'profile-someone-else', reportedAt: T0 }] });
      await putOwnReports(db, [imported.id, mine.id], lookupIn(new Map([[mine.id, mine], [imported.id, imported]])), ME);
      expect(await tryGet(db, reportDocId('tiktok', imported.postId, 'vol-a'))).toBeUndefined();
      expect(await tryGet(db, reportDocId('tiktok', mine.postId, 'vol-a'))).toBeDefined();
      expect(await allIds(db)).toBe(1);
    });

    it('a second call with a changed note updates the same document: same _id, new _rev, no second document', async () => {
      const report = makeReport();
      const { db, reports, id } = await putOnce(report);
      const first = await db.get(id);
      reports.set(report.id, { ...report, note: 'akun ini juga menyebar hoaks kemarin', updatedAt: T0 + 60_000 });
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      const second = await db.get(id);
      expect(second._id).toBe(first._id);
      expect(second._rev).not.toBe(first._rev);
      expect(second._rev).toMatch(/^2-/);
      expect(second.report).toMatchObject({ note: 'akun ini juga menyebar hoaks kemarin', updatedAt: T0 + 60_000 });
      expect(await allIds(db)).toBe(1);
    });

    it('does nothing when the report is unchanged: no new _rev', async () => {
      const report = makeReport({ note: 'sekali saja' });
      const { db, reports, id } = await putOnce(report);
      const first = await db.get(id);
      const seq = (await db.info()).update_seq;
      await putOwnReports(db, [report.id, report.id], lookupIn(reports), ME);
      // A copy from the store (a new object, equal): still nothing to write.
      await putOwnReports(db, [report.id], async () => structuredClone(report), ME);
      expect((await db.get(id))._rev).toBe(first._rev);
      expect((await db.info()).update_seq).toEqual(seq);
    });

    it('marks the document withdrawn: true when the report is gone, keeps it, and does so once', async () => {
      const report = makeReport();
      const { db, reports, id } = await putOnce(report);
      reports.delete(report.id);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      const withdrawn = await db.get(id);
      expect(withdrawn).toMatchObject({ _id: id, type: 'report', reporter: 'vol-a', withdrawn: true });
      expect(withdrawn._rev).toMatch(/^2-/);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      expect((await db.get(id))._rev).toBe(withdrawn._rev);
      expect(await allIds(db)).toBe(1);
    });

    it('a report gone that never went up writes nothing', async () => {
      const db = open();
      await putOwnReports(db, ['tiktok:123'], async () => undefined, ME);
      expect(await tryGet(db, reportDocId('tiktok', '123', 'vol-a'))).toBeUndefined();
      expect(await allIds(db)).toBe(0);
    });

    it('reporting the post again after withdrawing clears withdrawn', async () => {
      const report = makeReport();
      const { db, reports, id } = await putOnce(report);
      reports.delete(report.id);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      reports.set(report.id, report);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      const back = await db.get(id);
      expect(back.withdrawn).toBeUndefined();
      expect(back._rev).toMatch(/^3-/);
    });

    it('a web report whose postId holds colons lands on the same document as its withdrawal', async () => {
      const db = open();
      const base = makeReport();
      const report: Report = { ...base, platform: 'web', postId: 'https://news.example/a:b', id: 'web:https://news.example/a:b', pageKind: 'article' };
      const reports = new Map([[report.id, report]]);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      reports.delete(report.id);
      await putOwnReports(db, [report.id], lookupIn(reports), ME);
      expect(await db.get(reportDocId('web', 'https://news.example/a:b', 'vol-a'))).toMatchObject({ withdrawn: true });
      expect(await allIds(db)).toBe(1);
    });
  });

  describe('putReviews', () => {
    it('writes a review document with by = the moderator on each decision', async () => {
      const db = open();
      const report = makeReport({
        status: 'confirmed',
        history: [
          { from: 'new', to: 'triaged', at: T0 + 1_000 },
          { from: 'triaged', to: 'confirmed', at: T0 + 2_000 },
        ],
        updatedAt: T0 + 2_000,
      });
      await putReviews(db, [report.id], lookupIn(new Map([[report.id, report]])), 'mod-1');
      const doc = await db.get(reviewDocId('tiktok', report.postId));
      expect(doc).toMatchObject({
        _id: `review:tiktok:${report.postId}`,
        type: 'review',
        platform: 'tiktok',
        postId: report.postId,
        status: 'confirmed',
        updatedAt: T0 + 2_000,
        history: [
          { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
          { from: 'triaged', to: 'confirmed', at: T0 + 2_000, by: 'mod-1' },
        ],
      });
      expect(doc).not.toHaveProperty('report');
      expect(doc).not.toHaveProperty('reporters');
    });

    it('merging into an existing review keeps the earlier moderator’s by on earlier entries', async () => {
      const db = open();
      const triaged = makeReport({ status: 'triaged', history: [{ from: 'new', to: 'triaged', at: T0 + 1_000 }], updatedAt: T0 + 1_000 });
      await putReviews(db, [triaged.id], lookupIn(new Map([[triaged.id, triaged]])), 'mod-1');
      const id = reviewDocId('tiktok', triaged.postId);
      const first = await db.get(id);
      // mod-2's browser has mod-1's decision (pulled) and adds its own.
      const confirmed: Report = { ...triaged, status: 'confirmed', history: [...triaged.history, { from: 'triaged', to: 'confirmed', at: T0 + 2_000 }], updatedAt: T0 + 2_000 };
      await putReviews(db, [confirmed.id], lookupIn(new Map([[confirmed.id, confirmed]])), 'mod-2');
      const merged = await db.get(id);
      expect(merged._rev).not.toBe(first._rev);
      expect(merged.status).toBe('confirmed');
      expect(merged.updatedAt).toBe(T0 + 2_000);
      expect(merged.history).toEqual([
        { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
        { from: 'triaged', to: 'confirmed', at: T0 + 2_000, by: 'mod-2' },
      ]);
      expect(await allIds(db)).toBe(1);
    });

    it('a decision in the replica that this browser never saw is kept, and the latest decision is the status', async () => {
      const db = open();
      const report = makeReport({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', at: T0 + 1_000 }], updatedAt: T0 + 1_000 });
      await putReviews(db, [report.id], lookupIn(new Map([[report.id, report]])), 'mod-1');
      const other: Report = { ...report, status: 'dismissed', history: [{ from: 'new', to: 'dismissed', at: T0 + 3_000 }], updatedAt: T0 + 3_000 };
      await putReviews(db, [other.id], lookupIn(new Map([[other.id, other]])), 'mod-2');
      const merged = await db.get(reviewDocId('tiktok', report.postId));
      expect(merged.status).toBe('dismissed');
      expect(merged.history).toEqual([
        { from: 'new', to: 'confirmed', at: T0 + 1_000, by: 'mod-1' },
        { from: 'new', to: 'dismissed', at: T0 + 3_000, by: 'mod-2' },
      ]);
    });

    it('putting the same review twice writes nothing the second time', async () => {
      const db = open();
      const report = makeReport({ status: 'dismissed', history: [{ from: 'new', to: 'dismissed', at: T0 + 1_000 }], updatedAt: T0 + 1_000 });
      const lookup = lookupIn(new Map([[report.id, report]]));
      await putReviews(db, [report.id], lookup, 'mod-1');
      const id = reviewDocId('tiktok', report.postId);
      const first = await db.get(id);
      await putReviews(db, [report.id], lookup, 'mod-1');
      await putReviews(db, [report.id], lookup, 'mod-2');
      const after = await db.get(id);
      expect(after._rev).toBe(first._rev);
      expect(after.history).toEqual([{ from: 'new', to: 'dismissed', at: T0 + 1_000, by: 'mod-1' }]);
    });

    it('a report gone from this browser writes no review', async () => {
      const db = open();
      await putReviews(db, ['tiktok:404'], async () => undefined, 'mod-1');
      expect(await tryGet(db, reviewDocId('tiktok', '404'))).toBeUndefined();
      expect(await allIds(db)).toBe(0);
    });
  });
});
