import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HealthRecord } from '../page/page-health';
import type { Report } from './report';

/** A health record as logged: when it was seen, under an id the store gives. */
export interface LoggedHealthRecord extends HealthRecord {
  id?: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface SaringDB extends DBSchema {
  reports: {
    key: string;
    value: Report;
    indexes: { byReportedAt: number };
  };
  health: {
    key: number;
    value: LoggedHealthRecord;
  };
}

export const DB_NAME = 'saring';
export const DB_VERSION = 2;

export type SaringDatabase = IDBPDatabase<SaringDB>;

// Each `oldVersion < N` step is one schema change, so a profile at any version
// walks forward through every step it missed.
function upgrade(db: SaringDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byReportedAt', 'reportedAt');
  }
  if (oldVersion < 2) {
    // Keys grow with time, so key order is time order and pruning takes the lowest keys.
    db.createObjectStore('health', { keyPath: 'id', autoIncrement: true });
  }
}

export function openSaringDB(): Promise<SaringDatabase> {
  return openDB<SaringDB>(DB_NAME, DB_VERSION, { upgrade: (db, oldVersion) => upgrade(db, oldVersion) });
}
