import type { IDBPTransaction, StoreNames } from 'idb';
import type { SaringDB, SaringDatabase } from './db';

/**
 * Runs `work` in one readwrite transaction: all of it is stored or none of it. A value the
 * browser refuses throws before its request exists, which would not abort the transaction
 * by itself and would keep the rest of the batch: abort it here.
 */
export async function inOneTransaction<Names extends [StoreNames<SaringDB>, ...StoreNames<SaringDB>[]], T>(
  dbPromise: Promise<SaringDatabase>,
  names: Names,
  work: (tx: IDBPTransaction<SaringDB, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = (await dbPromise).transaction(names, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: nothing of it was kept.
    }
    tx.done.catch(() => undefined);
    throw error;
  }
}
