import type { Dispute } from './dispute';
import { openSaringDB, type SaringDatabase } from './db';

export type DisputeStore = ReturnType<typeof createDisputeStore>;

/** Disputes, and the posts shown despite a hoax warning: the two things a user says against a flag. */
export function createDisputeStore(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  return {
    async save(dispute: Dispute): Promise<void> {
      await (await dbPromise).put('disputes', dispute);
    },

    /** Newest first. */
    async list(): Promise<Dispute[]> {
      return (await (await dbPromise).getAllFromIndex('disputes', 'byAt')).reverse();
    },

    /** Which of these posts (`platform:postId`) the user called "not a problem", and which they chose to see anyway. */
    async decisionsFor(postKeys: readonly string[]): Promise<{ dismissed: Set<string>; shown: Set<string> }> {
      const db = await dbPromise;
      const tx = db.transaction(['disputes', 'shown']);
      const disputes = tx.objectStore('disputes');
      const shownStore = tx.objectStore('shown');
      const dismissed = new Set<string>();
      const shown = new Set<string>();
      await Promise.all(
        postKeys.map(async (key) => {
          if ((await disputes.count(`not_a_problem:${key}`)) > 0) dismissed.add(key);
          if ((await shownStore.count(key)) > 0) shown.add(key);
        }),
      );
      await tx.done;
      return { dismissed, shown };
    },

    async showAnyway(postKey: string, at: number): Promise<void> {
      await (await dbPromise).put('shown', { id: postKey, at });
    },
  };
}
