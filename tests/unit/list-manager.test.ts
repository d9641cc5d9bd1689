import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createListManager, type ListManagerDeps } from '@/utils/background/list-manager';
import { createListStore } from '@/utils/storage/list-store';
import { openSaringDB } from '@/utils/storage/db';
import { buildClaimIndex } from '@/utils/engine/engine';
import { toSnapshot } from '@/utils/engine/hoax-snapshot';
import { subscriptionId } from '@/utils/lists/sync/subscription';
import { bundledPatterns } from './support/bundled-lists';
import { hoaxEntry, hoaxList, makePublisher, type Publisher } from './support/signed-lists';
import { startListServer, type ListServer } from './support/list-server';

const NOW = Date.UTC(2026, 10, 25, 12);
const BUNDLED_CLAIMS = [
  hoaxEntry('b-1', 'Tinta pemilu mengandung babi sehingga haram dipakai'),
  hoaxEntry('b-2', 'Warga negara asing ikut mencoblos memakai e-KTP di tempat pemungutan suara'),
  hoaxEntry('b-3', 'Petugas KPPU meninggal karena diracun setelah penghitungan suara'),
  hoaxEntry('b-4', 'Bantuan sosial dihentikan bila tidak memilih calon petahana'),
];
const CONTAINER = hoaxEntry('uji-kontainer', 'Tujuh kontainer berisi surat suara yang sudah dicoblos tiba di pelabuhan Tanjung Priok');
const SERVER = hoaxEntry('uji-server', 'Server KPU di Singapura sudah disetel untuk memenangkan pasangan nomor satu');
const CONTAINER_POST = 'Viral! tujuh kontainer surat suara sudah dicoblos tiba di pelabuhan Tanjung Priok, sebarkan!';
const SERVER_POST = 'Awas, server KPU di Singapura sudah disetel untuk memenangkan pasangan nomor satu';

let servers: ListServer[];
let publisher: Publisher;
beforeAll(async () => {
  servers = [await startListServer(), await startListServer()];
  publisher = await makePublisher();
});
afterAll(() => Promise.all(servers.map((s) => s.close())));
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

function makeManager(overrides: Partial<ListManagerDeps> = {}) {
  const changes: number[] = [];
  const clock = { now: NOW };
  const deps: ListManagerDeps = {
    store: createListStore(openSaringDB()),
    bundled: async () => ({ patterns: bundledPatterns(), hoaxes: hoaxList(1, BUNDLED_CLAIMS, { listId: 'saring-hoaxes', name: 'Bawaan' }) }),
    now: () => clock.now,
    extensionVersion: '0.1.0',
    onListsChanged: () => void changes.push(clock.now),
    timeoutMs: 2_000,
    ...overrides,
  };
  return { manager: createListManager(deps), changes, clock };
}

const hoaxIdOf = async (manager: ReturnType<typeof makeManager>['manager'], text: string) =>
  (await manager.engine()).analyse({ text, sponsored: false }).flags.find((f) => f.kind === 'hoax')?.hoax?.claimId;

describe('the list manager', () => {
  it('flags a post only once a synced version carries its claim, keeps that version against a tampered one, and tells pages once per change', async () => {
    const [server] = servers;
    const { manager, changes, clock } = makeManager();
    server.serve(await publisher.sign(hoaxList(1, [SERVER])));
    await manager.subscribe(server.url, publisher.publicKey);
    expect(await hoaxIdOf(manager, CONTAINER_POST)).toBeUndefined();
    expect(await hoaxIdOf(manager, SERVER_POST)).toBe('uji-server');
    expect(changes).toHaveLength(1);

    server.serve(await publisher.sign(hoaxList(2, [SERVER, CONTAINER])));
    clock.now += 1000;
    const views = await manager.updateNow();
    expect(await hoaxIdOf(manager, CONTAINER_POST)).toBe('uji-kontainer');
    expect(views.find((v) => v.id === subscriptionId(server.url))).toMatchObject({ version: 2, entries: 2, state: { updatedAt: NOW + 1000 } });
    expect(changes).toHaveLength(2);

    server.serve((await publisher.sign(hoaxList(3, [SERVER]))).replace('nomor satu', 'nomor dua'));
    clock.now += 1000;
    const after = await manager.updateNow();
    expect(await hoaxIdOf(manager, CONTAINER_POST)).toBe('uji-kontainer');
    expect(after.find((v) => !v.bundled)).toMatchObject({ version: 2, state: { error: { problem: 'bad-signature' }, updatedAt: NOW + 1000, checkedAt: NOW + 2000 } });
    expect(changes).toHaveLength(2);
  });

  it('merges every list in force: bundled entries and two subscriptions', async () => {
    const other = await makePublisher();
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER])));
    servers[1].serve(await other.sign(hoaxList(1, [CONTAINER], { listId: 'lain' })));
    const { manager } = makeManager();
    await manager.subscribe(servers[0].url, publisher.publicKey);
    await manager.subscribe(servers[1].url, other.publicKey);
    expect(await hoaxIdOf(manager, SERVER_POST)).toBe('uji-server');
    expect(await hoaxIdOf(manager, CONTAINER_POST)).toBe('uji-kontainer');
    expect(await hoaxIdOf(manager, 'Katanya tinta pemilu mengandung babi jadi haram dipakai')).toBe('b-1');
    const views = await manager.views();
    expect(views.map((v) => [v.id, v.entries])).toEqual([
      ['bundled:hoaxes', 4],
      ['bundled:patterns', bundledPatterns().entries.length],
      [subscriptionId(servers[0].url), 1],
      [subscriptionId(servers[1].url), 1],
    ]);
    expect(await manager.versionsFor((await manager.engine()).analyse({ text: CONTAINER_POST, sponsored: false }).flags)).toMatchObject({ hoaxes: { listId: 'lain', version: 1 } });

    await manager.unsubscribe(subscriptionId(servers[1].url));
    expect(await hoaxIdOf(manager, CONTAINER_POST)).toBeUndefined();
    expect(await createListStore(openSaringDB()).all()).toHaveLength(1);
  });

  it('starts from the stored lists after a restart, with the stored index', async () => {
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER])));
    const first = makeManager();
    await first.manager.subscribe(servers[0].url, publisher.publicKey);
    const stored = await createListStore(openSaringDB()).snapshot();
    expect(stored?.listsKey).toContain('uji-hoaks@1');

    servers[0].answer((_q, r) => r.writeHead(500).end());
    const restarted = makeManager();
    expect(await hoaxIdOf(restarted.manager, SERVER_POST)).toBe('uji-server');

    // The index comes from the snapshot, not from the lists: one built from other claims, stored under the same key, is what matches.
    const decoy = toSnapshot(buildClaimIndex([...BUNDLED_CLAIMS, CONTAINER]));
    await createListStore(openSaringDB()).apply([], { id: 'hoaxes', listsKey: stored!.listsKey, snapshot: decoy });
    const fromDecoy = makeManager();
    expect((await fromDecoy.manager.engine()).analyse({ text: CONTAINER_POST, sponsored: false }).flags.some((f) => f.kind === 'hoax')).toBe(true);
  });

  it('refuses an address that is not HTTPS, a key that is not a P-256 key, and the same list twice', async () => {
    const { manager } = makeManager();
    await expect(manager.subscribe('http://lists.example/hoaks.json', publisher.publicKey)).rejects.toThrow(/https/);
    await expect(manager.subscribe(servers[0].url, 'bukan-kunci')).rejects.toThrow(/public key/);
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER])));
    await manager.subscribe(servers[0].url, publisher.publicKey);
    await expect(manager.subscribe(servers[0].url, publisher.publicKey)).rejects.toThrow(/already/);
  });

  it('keeps a subscription whose first download failed, with its error, and takes the list when it comes', async () => {
    servers[0].answer((_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>'));
    const { manager } = makeManager();
    const views = await manager.subscribe(servers[0].url, publisher.publicKey);
    expect(views.at(-1)).toMatchObject({ bundled: false, state: { error: { problem: 'html' } } });
    expect(views.at(-1)?.version).toBeUndefined();
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER])));
    const taken = (await manager.updateNow()).at(-1);
    expect(taken?.version).toBe(1);
    expect(taken?.state.error).toBeUndefined();
  });

  it('leaves a server that asked to wait alone on the alarm, but asks it on "update now"', async () => {
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER])));
    const { manager, clock } = makeManager();
    await manager.subscribe(servers[0].url, publisher.publicKey);
    servers[0].answer((_q, r) => r.writeHead(503, { 'retry-after': '3600' }).end());
    await manager.updateNow();
    const asked = servers[0].requests.length;
    clock.now += 60_000;
    await manager.syncDue();
    expect(servers[0].requests.length).toBe(asked);
    await manager.updateNow();
    expect(servers[0].requests.length).toBe(asked + 1);
  });

  it('switches a platform off until the version a list names', async () => {
    servers[0].serve(await publisher.sign(hoaxList(1, [SERVER], { disabledAdapters: [{ platform: 'tiktok', untilVersion: '0.2.0', reason: 'TikTok changed its feed' }] })));
    const old = makeManager();
    await old.manager.subscribe(servers[0].url, publisher.publicKey);
    expect(await old.manager.switchedOff('tiktok')).toMatchObject({ untilVersion: '0.2.0' });
    expect(await old.manager.switchedOff('youtube')).toBeUndefined();
    const fixed = makeManager({ extensionVersion: '0.2.0' });
    expect(await fixed.manager.switchedOff('tiktok')).toBeUndefined();
  });
});
