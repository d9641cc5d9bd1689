import { mergeReporters, type Report, type ReportStatus } from './report';
import { canonicalJson } from '../lists/canonical-json';
import { mergeReports } from '../moderation/merge-reports';
import { openSaringDB, type SaringDatabase } from './db';
import { inOneTransaction } from './one-transaction';

export { DB_NAME, DB_VERSION, openSaringDB } from './db';

export type ReportStore = ReturnType<typeof createReportStore>;

/** What an import did: reports new here, reports merged into, and reports it changed nothing in. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** A write that can be taken back: each report as it was before, or null where there was none. */
export interface ReportWrite {
  saved: Report[];
  before: (Report | null)[];
}

/**
 * A later report of the same post replaces the evidence, but keeps when it was first seen and
 * reported, its note, its review (a moderator's decision is not undone by a new report), and every reporter.
 */
function merged(earlier: Report | undefined, report: Report): Report {
  if (!earlier) return report;
  return {
    ...report,
    reportedAt: Math.min(earlier.reportedAt, report.reportedAt),
    seenAt: Math.min(earlier.seenAt, report.seenAt),
    note: report.note || earlier.note,
    status: earlier.status,
    history: earlier.history,
    reporters: mergeReporters(earlier.reporters, report.reporters),
  };
}

// From this many reports a batch asks for the stored ids in one request rather than one
// request a report: that halved writing 10,000 new reports (bench:store). A single report,
// the common case, must not read 100,000 ids to be saved.
const ONE_READ_FROM = 50;
// ...but only while the store is at most this many times the batch: a moderator's pulled batch
// of 500 into 100,000 stored reports reads 500 keys, not 100,000 (which, batch after batch,
// made applying a pull quadratic). The bounded read says which case this is without a count.
const ONE_READ_UP_TO_TIMES = 8;

/** Which of these ids are stored: `has` answers per id, read in the way that costs least for the batch. */
async function storedIds(store: { getAllKeys(query?: null, count?: number): Promise<string[]> }, batchSize: number): Promise<{ has(id: string): boolean }> {
  if (batchSize < ONE_READ_FROM) return { has: () => true };
  const limit = batchSize * ONE_READ_UP_TO_TIMES;
  const keys = await store.getAllKeys(null, limit + 1);
  return keys.length <= limit ? new Set(keys) : { has: () => true };
}

export function createReportStore(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  /** All in one transaction: 200 reports from bulk mode are stored together or not at all. */
  function saveAll(reports: Report[]): Promise<ReportWrite> {
    return inOneTransaction(dbPromise, ['reports'], async (tx) => {
      const stored = await storedIds(tx.store, reports.length);
      const before = await Promise.all(reports.map(async (r) => (stored.has(r.id) ? ((await tx.store.get(r.id)) ?? null) : null)));
      const saved = reports.map((r, i) => merged(before[i] ?? undefined, r));
      await Promise.all(saved.map((r) => tx.store.put(r)));
      return { saved, before };
    });
  }

  return {
    async save(report: Report): Promise<Report> {
      return (await saveAll([report])).saved[0];
    },

    saveAll,

    /**
     * Takes a write back: reports that were new go, reports that were updated return to
     * how they were. A report changed again since (a later report) is left as it is.
     * Returns how many reports were taken back.
     */
    async undo(write: ReportWrite): Promise<number> {
      const reverted = await inOneTransaction(dbPromise, ['reports'], (tx) =>
        Promise.all(
          write.saved.map(async (saved, i) => {
            const current = await tx.store.get(saved.id);
            // Compared without key order: the write behind an undo token comes back from Chrome's session storage with its keys sorted.
            if (!current || canonicalJson(current) !== canonicalJson(saved)) return 0;
            const before = write.before[i];
            await (before ? tx.store.put(before) : tx.store.delete(saved.id));
            return 1;
          }),
        ),
      );
      return reverted.reduce<number>((sum, n) => sum + n, 0);
    },

    /**
     * Imports reports from volunteers' files in one transaction: each post once, merged with
     * what is stored (mergeReports). The same files imported twice change nothing.
     */
    async importAll(reports: Report[]): Promise<ImportCounts> {
      const incoming = new Map<string, Report>();
      for (const r of reports) incoming.set(r.id, incoming.has(r.id) ? mergeReports(incoming.get(r.id)!, r) : r);
      return inOneTransaction(dbPromise, ['reports'], async (tx) => {
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
        const known = await storedIds(tx.store, incoming.size);
        await Promise.all(
          [...incoming.values()].map(async (report) => {
            const stored = known.has(report.id) ? await tx.store.get(report.id) : undefined;
            const next = stored ? mergeReports(stored, report) : report;
            if (stored && canonicalJson(stored) === canonicalJson(next)) return void counts.unchanged++;
            counts[stored ? 'updated' : 'added']++;
            await tx.store.put(next);
          }),
        );
        return counts;
      });
    },

    /** A review decision on many reports in one transaction; each change goes into the report's history. */
    async setStatus(ids: readonly string[], status: ReportStatus, at: number): Promise<number> {
      const changed = await inOneTransaction(dbPromise, ['reports'], (tx) =>
        Promise.all(
          ids.map(async (id) => {
            const report = await tx.store.get(id);
            if (!report || report.status === status) return 0;
            await tx.store.put({ ...report, status, updatedAt: at, history: [...report.history, { from: report.status, to: status, at }] });
            return 1;
          }),
        ),
      );
      return changed.reduce<number>((sum, n) => sum + n, 0);
    },

    /** Deletes reports and hands them back, so the page can offer to put them back. */
    async removeMany(ids: readonly string[]): Promise<Report[]> {
      return inOneTransaction(dbPromise, ['reports'], async (tx) => {
        const removed = await Promise.all(ids.map(async (id) => (await tx.store.get(id)) ?? []));
        await Promise.all(ids.map((id) => tx.store.delete(id)));
        return removed.flat();
      });
    },

    /** Puts deleted reports back, exactly as they were. */
    async restoreMany(reports: readonly Report[]): Promise<void> {
      await inOneTransaction(dbPromise, ['reports'], (tx) => Promise.all(reports.map((r) => tx.store.put(r))));
    },

    async get(id: string): Promise<Report | undefined> {
      return (await dbPromise).get('reports', id);
    },

    /** Changes one report in place; returns it as stored, or undefined when it is gone. */
    async update(id: string, change: (report: Report) => Report): Promise<Report | undefined> {
      return inOneTransaction(dbPromise, ['reports'], async (tx) => {
        const current = await tx.store.get(id);
        if (!current) return undefined;
        const next = change(current);
        await tx.store.put(next);
        return next;
      });
    },

    /** Newest first. */
    async list(): Promise<Report[]> {
      const db = await dbPromise;
      const oldestFirst = await db.getAllFromIndex('reports', 'byReportedAt');
      return oldestFirst.reverse();
    },

    async count(): Promise<number> {
      return (await dbPromise).count('reports');
    },

    /** Reports first made at or after `since` (epoch ms): "you flagged N posts today". */
    async countSince(since: number): Promise<number> {
      return (await dbPromise).countFromIndex('reports', 'byReportedAt', IDBKeyRange.lowerBound(since));
    },
  };
}
