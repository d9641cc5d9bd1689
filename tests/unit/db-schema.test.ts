import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openSaringDB } from '@/utils/storage/db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

/** A profile as an older Saring left it: the stores of that version, with one report in them. */
async function profileAt(version: 1 | 2): Promise<void> {
  const db = await openDB(DB_NAME, version, {
    upgrade(db) {
      db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byReportedAt', 'reportedAt');
      if (version >= 2) db.createObjectStore('health', { keyPath: 'id', autoIncrement: true });
    },
  });
  const flags = [{ kind: 'campaign', score: 0.6, reason: 'r', matches: [] }];
  await db.put('reports', { id: 'tiktok:1', platform: 'tiktok', postId: '1', reportedAt: 5, kinds: ['campaign'], flags, status: 'new' });
  db.close();
}

describe('database schema', () => {
  it(`is at version ${DB_VERSION} with every store and index on a fresh profile`, async () => {
    const db = await openSaringDB();
    expect(db.version).toBe(6);
    expect([...db.objectStoreNames]).toEqual(['disputes', 'health', 'lists', 'reports', 'shown', 'snapshots', 'team']);
    const tx = db.transaction(['disputes', 'reports']);
    expect([...tx.objectStore('disputes').indexNames].sort()).toEqual(['byAt', 'byPostKey']);
    expect([...tx.objectStore('reports').indexNames].sort()).toEqual(['byCategory', 'byPlatform', 'byReportedAt', 'byReporter', 'byStatus']);
    db.close();
  });

  it.each([1, 2] as const)('walks a version-%i profile forward, keeping its reports and giving them the evidence fields', async (version) => {
    await profileAt(version);
    const db = await openSaringDB();
    expect([...db.objectStoreNames]).toEqual(['disputes', 'health', 'lists', 'reports', 'shown', 'snapshots', 'team']);
    expect(await db.get('reports', 'tiktok:1')).toMatchObject({
      reportedAt: 5,
      kinds: ['campaign'],
      category: 'campaign',
      note: '',
      lists: {},
      seenAt: 5,
      updatedAt: 5,
      reporterId: '',
      source: 'warning',
    });
    db.close();
  });

  it('step 4 indexes the stored reports for the filters', async () => {
    await profileAt(2);
    const db = await openSaringDB();
    expect(await db.getAllKeysFromIndex('reports', 'byStatus', 'new')).toEqual(['tiktok:1']);
    expect(await db.getAllKeysFromIndex('reports', 'byCategory', 'campaign')).toEqual(['tiktok:1']);
    expect(await db.getAllKeysFromIndex('reports', 'byPlatform', 'tiktok')).toEqual(['tiktok:1']);
    db.close();
  });

  it('step 5 adds the subscribed lists and the index snapshot to a version-4 profile, keeping its reports', async () => {
    // A version-4 profile, as that release left it, with a report in it.
    await profileAt(2);
    const at4 = await openDB(DB_NAME, 4, {
      upgrade(db, _old, _new, tx) {
        db.createObjectStore('disputes', { keyPath: 'id' });
        db.createObjectStore('shown', { keyPath: 'id' });
        const reports = tx.objectStore('reports');
        for (const name of ['byPlatform', 'byStatus', 'byCategory', 'byReporter']) reports.createIndex(name, name);
      },
    });
    expect([...at4.objectStoreNames]).not.toContain('lists');
    at4.close();
    const db = await openSaringDB();
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['lists', 'snapshots', 'reports']));
    expect(await db.count('reports')).toBe(1);
    await db.put('lists', { id: 'sub:https://cekfakta.example/list.json', url: 'https://cekfakta.example/list.json', publicKey: 'k', addedAt: 1, state: {} });
    expect(await db.getAllKeys('lists')).toEqual(['sub:https://cekfakta.example/list.json']);
    db.close();
  });

  it('step 6 adds the team store, out of content scripts’ reach, to a version-5 profile, keeping its lists', async () => {
    await profileAt(2);
    const at5 = await openDB(DB_NAME, 5, {
      upgrade(db, _old, _new, tx) {
        db.createObjectStore('disputes', { keyPath: 'id' });
        db.createObjectStore('shown', { keyPath: 'id' });
        db.createObjectStore('lists', { keyPath: 'id' });
        db.createObjectStore('snapshots', { keyPath: 'id' });
        const reports = tx.objectStore('reports');
        for (const name of ['byPlatform', 'byStatus', 'byCategory', 'byReporter']) reports.createIndex(name, name);
      },
    });
    await at5.put('lists', { id: 'sub:https://cekfakta.example/list.json', url: 'https://cekfakta.example/list.json', publicKey: 'k', addedAt: 1, state: {} });
    at5.close();
    const db = await openSaringDB();
    expect(db.version).toBe(6);
    expect(await db.count('lists')).toBe(1);
    expect(await db.count('reports')).toBe(1);
    await db.put('team', { pendingReports: [], pendingReviews: [], pushedSeq: 0, appliedSeq: 0, ignored: 0 }, 'state');
    expect(await db.getAllKeys('team')).toEqual(['state']);
    db.close();
  });
});
