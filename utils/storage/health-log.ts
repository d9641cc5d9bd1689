import type { HealthRecord } from '../page/page-health';
import { openSaringDB, type LoggedHealthRecord, type SaringDatabase } from './db';

// Enough to see a pattern over weeks of browsing; a broken adapter logs once per page, not per post.
export const HEALTH_LOG_LIMIT = 500;

export type HealthLog = ReturnType<typeof createHealthLog>;

export function createHealthLog(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  return {
    /** Adds a record and drops the oldest past the limit, in one transaction. */
    async record(record: HealthRecord, at: number): Promise<LoggedHealthRecord> {
      const db = await dbPromise;
      const tx = db.transaction('health', 'readwrite');
      const logged: LoggedHealthRecord = { ...record, at };
      logged.id = await tx.store.add(logged);
      let excess = (await tx.store.count()) - HEALTH_LOG_LIMIT;
      for (let cursor = await tx.store.openCursor(); cursor && excess > 0; cursor = await cursor.continue(), excess--) {
        await cursor.delete();
      }
      await tx.done;
      return logged;
    },

    /** Newest first. */
    async list(): Promise<LoggedHealthRecord[]> {
      return (await (await dbPromise).getAll('health')).reverse();
    },
  };
}
