import { openSaringDB, type SaringDatabase, type StoredSnapshot } from './db';
import { inOneTransaction } from './one-transaction';
import type { Subscription } from '../lists/sync/subscription';

export type ListStore = ReturnType<typeof createListStore>;

export function createListStore(dbPromise: Promise<SaringDatabase> = openSaringDB()) {
  return {
    async all(): Promise<Subscription[]> {
      return (await dbPromise).getAll('lists');
    },

    async get(id: string): Promise<Subscription | undefined> {
      return (await dbPromise).get('lists', id);
    },

    async remove(id: string): Promise<void> {
      await (await dbPromise).delete('lists', id);
    },

    async snapshot(): Promise<StoredSnapshot | undefined> {
      return (await dbPromise).get('snapshots', 'hoaxes');
    },

    /**
     * New lists and the index compiled from them, in one transaction: a restart never finds
     * a list without its index, or an index of lists that were not stored.
     */
    async apply(subscriptions: readonly Subscription[], snapshot?: StoredSnapshot): Promise<void> {
      await inOneTransaction(dbPromise, ['lists', 'snapshots'], (tx) =>
        Promise.all([...subscriptions.map((s) => tx.objectStore('lists').put(s)), snapshot && tx.objectStore('snapshots').put(snapshot)]),
      );
    },
  };
}
