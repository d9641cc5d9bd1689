import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HealthRecord } from '@/utils/page/page-health';
import { DB_NAME, openSaringDB } from '@/utils/storage/db';
import { createHealthLog, HEALTH_LOG_LIMIT } from '@/utils/storage/health-log';

const record = (path: string): HealthRecord => ({ platform: 'tiktok', pageKind: 'feed', path, problem: 'no-posts', postsSeen: 0 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

describe('health log', () => {
  it('lists records newest first, each with when it was seen', async () => {
    const log = createHealthLog();
    await log.record(record('/a'), 1);
    await log.record(record('/b'), 2);
    expect((await log.list()).map((r) => [r.path, r.at])).toEqual([['/b', 2], ['/a', 1]]);
  });

  it(`keeps only the newest ${HEALTH_LOG_LIMIT} records`, async () => {
    const log = createHealthLog();
    for (let i = 0; i < HEALTH_LOG_LIMIT + 3; i++) await log.record(record(`/${i}`), i);
    const kept = await log.list();
    expect(kept).toHaveLength(HEALTH_LOG_LIMIT);
    expect(kept[0].path).toBe(`/${HEALTH_LOG_LIMIT + 2}`);
    expect(kept.at(-1)!.path).toBe('/3');
  });
});

describe('schema upgrade from version 1', () => {
  it('keeps the reports of a version-1 profile and adds the health store', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byReportedAt', 'reportedAt');
      },
    });
    await v1.put('reports', { id: 'tiktok:1', reportedAt: 5 });
    v1.close();
    const db = await openSaringDB();
    expect([...db.objectStoreNames]).toEqual(['disputes', 'health', 'lists', 'reports', 'shown', 'snapshots', 'team']);
    expect(await db.get('reports', 'tiktok:1')).toMatchObject({ reportedAt: 5 });
    db.close();
  });
});
