import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Report } from './report';

interface SaringDB extends DBSchema {
  reports: {
    key: string;
    value: Report;
    indexes: { byReportedAt: number };
  };
}

export const DB_NAME = 'saring';
export const DB_VERSION = 1;

export type ReportStore = ReturnType<typeof createReportStore>;

// Each `oldVersion < N` step is one schema change, so a profile at any version
// walks forward through every step it missed.
function upgrade(db: IDBPDatabase<SaringDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byReportedAt', 'reportedAt');
  }
}

export function openSaringDB(): Promise<IDBPDatabase<SaringDB>> {
  return openDB<SaringDB>(DB_NAME, DB_VERSION, { upgrade: (db, oldVersion) => upgrade(db, oldVersion) });
}

export function createReportStore(dbPromise: Promise<IDBPDatabase<SaringDB>> = openSaringDB()) {
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
