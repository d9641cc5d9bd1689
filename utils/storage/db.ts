import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { HealthRecord } from '../page/page-health';
import { upgradeStoredReport, type Report } from './report';
import type { Dispute } from './dispute';
import type { Subscription } from '../lists/sync/subscription';
import type { HoaxSnapshot } from '../engine/hoax-snapshot';
import type { TeamConfig, TeamState } from '../team/team-config';

/** The compiled hoax index of the lists in force, so a restart need not rebuild it. */
export interface StoredSnapshot {
  id: 'hoaxes';
  /** Which lists, at which versions, it was built from: any other key means rebuild. */
  listsKey: string;
  snapshot: HoaxSnapshot;
}

/** A health record as logged: when it was seen, under an id the store gives. */
export interface LoggedHealthRecord extends HealthRecord {
  id?: number;
  /** Epoch milliseconds. */
  at: number;
}

/** A post the user chose to see despite a hoax warning: "show anyway" sticks. */
export interface ShownPost {
  /** `platform:postId`. */
  id: string;
  at: number;
}

export interface SaringDB extends DBSchema {
  reports: {
    key: string;
    value: Report;
    indexes: { byReportedAt: number; byPlatform: string; byStatus: string; byCategory: string; byReporter: string };
  };
  health: {
    key: number;
    value: LoggedHealthRecord;
  };
  disputes: {
    key: string;
    value: Dispute;
    indexes: { byAt: number; byPostKey: string };
  };
  shown: {
    key: string;
    value: ShownPost;
  };
  lists: {
    key: string;
    value: Subscription;
  };
  snapshots: {
    key: string;
    value: StoredSnapshot;
  };
  team: {
    key: 'config' | 'state';
    value: TeamConfig | TeamState;
  };
}

export const DB_NAME = 'saring';
export const DB_VERSION = 6;

export type SaringDatabase = IDBPDatabase<SaringDB>;
type UpgradeTransaction = IDBPTransaction<SaringDB, StoreNames<SaringDB>[], 'versionchange'>;

// Each `oldVersion < N` step is one schema change, so a profile at any version
// walks forward through every step it missed.
async function upgrade(db: SaringDatabase, oldVersion: number, tx: UpgradeTransaction): Promise<void> {
  if (oldVersion < 1) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byReportedAt', 'reportedAt');
  }
  if (oldVersion < 2) {
    // Keys grow with time, so key order is time order and pruning takes the lowest keys.
    db.createObjectStore('health', { keyPath: 'id', autoIncrement: true });
  }
  if (oldVersion < 3) {
    const disputes = db.createObjectStore('disputes', { keyPath: 'id' });
    disputes.createIndex('byAt', 'at');
    disputes.createIndex('byPostKey', 'postKey');
    db.createObjectStore('shown', { keyPath: 'id' });
    // Reports gained their evidence fields (reporter, category, note, lists, seen and updated times).
    if (oldVersion >= 1) {
      for (let cursor = await tx.objectStore('reports').openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(upgradeStoredReport(cursor.value));
      }
    }
  }
  if (oldVersion < 4) {
    // The moderators' filters: platform, review state, category and reporter.
    const reports = tx.objectStore('reports');
    reports.createIndex('byPlatform', 'platform');
    reports.createIndex('byStatus', 'status');
    reports.createIndex('byCategory', 'category');
    reports.createIndex('byReporter', 'reporterId');
  }
  if (oldVersion < 5) {
    // Subscribed lists with their last good copy, and the hoax index compiled from them.
    db.createObjectStore('lists', { keyPath: 'id' });
    db.createObjectStore('snapshots', { keyPath: 'id' });
  }
  if (oldVersion < 6) {
    // Team sync's server, credentials and progress: here, not in storage.local, which content scripts can read.
    db.createObjectStore('team');
  }
}

export function openSaringDB(name = DB_NAME): Promise<SaringDatabase> {
  return openDB<SaringDB>(name, DB_VERSION, {
    // A failed step aborts the whole upgrade: the profile stays at its old version, whole, and the step runs again next time.
    upgrade: (db, oldVersion, _newVersion, tx) =>
      void upgrade(db, oldVersion, tx).catch((error) => {
        console.error('[Saring] database upgrade failed:', error);
        tx.abort();
      }),
  });
}
