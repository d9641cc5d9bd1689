import type { Report } from './report';
import { openSaringDB, type SaringDatabase } from './db';

export { DB_NAME, DB_VERSION, openSaringDB } from './db';

export type ReportStore = ReturnType<typeof createReportStore>;

export function createReportStore(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  return {
    /** Stores the report, replacing an earlier report of the same post but keeping when it was first reported. */
    async save(report: Report): Promise<Report> {
      const db = await dbPromise;
      const tx = db.transaction('reports', 'readwrite');
      const earlier = await tx.store.get(report.id);
      const saved = earlier ? { ...report, reportedAt: Math.min(earlier.reportedAt, report.reportedAt) } : report;
      await tx.store.put(saved);
      await tx.done;
      return saved;
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
  };
}
