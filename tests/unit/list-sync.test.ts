import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListProblem } from '@/utils/lists/list-problem';
import { DEFAULT_LIMITS } from '@/utils/lists/read-list';
import { syncSubscription, type SyncOptions } from '@/utils/lists/sync/sync-subscription';
import { subscriptionId, type Subscription } from '@/utils/lists/sync/subscription';
import { hoaxEntry, hoaxList, makePublisher, type Publisher } from './support/signed-lists';
import { startListServer, type ListServer } from './support/list-server';

const NOW = Date.UTC(2026, 10, 25, 12);
let server: ListServer;
let publisher: Publisher;

beforeAll(async () => {
  server = await startListServer();
  publisher = await makePublisher();
});
afterAll(() => server.close());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  server.requests.length = 0;
});

const options = (overrides: Partial<SyncOptions> = {}): SyncOptions => ({ now: NOW, limits: DEFAULT_LIMITS, timeoutMs: 2_000, ...overrides });
const fresh = (): Subscription => ({ id: subscriptionId(server.url), url: server.url, publicKey: publisher.publicKey, addedAt: NOW, state: {} });
const CLAIMS = [hoaxEntry('uji-1', 'Surat suara sudah dicoblos ditemukan di tujuh kontainer'), hoaxEntry('uji-2', 'Server KPU diatur untuk memenangkan satu pasangan')];

/** A subscription holding version 2 of the test list, as after a good sync. */
async function holdingVersion2(): Promise<Subscription> {
  server.serve(await publisher.sign(hoaxList(2, CLAIMS)));
  const { subscription, changed } = await syncSubscription(fresh(), options());
  expect(changed).toBe(true);
  return subscription;
}

describe('syncSubscription against a list server on 127.0.0.1', () => {
  it('takes a signed list and keeps its ETag, then asks only for a change', async () => {
    const held = await holdingVersion2();
    expect(held.list?.version).toBe(2);
    expect(held.list?.entries.map((e) => e.id)).toEqual(['uji-1', 'uji-2']);
    expect(held.state).toMatchObject({ checkedAt: NOW, updatedAt: NOW });
    expect(held.state.etag).toBeTruthy();

    const again = await syncSubscription(held, options({ now: NOW + 1000 }));
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(held.state.etag);
    expect(again.changed).toBe(false);
    expect(again.subscription.state).toMatchObject({ checkedAt: NOW + 1000, updatedAt: NOW });
    expect(again.subscription.list?.version).toBe(2);
  });

  it('sends If-Modified-Since when the server gave Last-Modified and no ETag', async () => {
    const body = await publisher.sign(hoaxList(2, CLAIMS));
    const lastModified = 'Tue, 24 Nov 2026 08:00:00 GMT';
    server.answer((req, res) => {
      if (req.headers['if-modified-since'] === lastModified) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', 'last-modified': lastModified }).end(body);
    });
    const first = await syncSubscription(fresh(), options());
    expect(first.subscription.state.lastModified).toBe(lastModified);
    const second = await syncSubscription(first.subscription, options());
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(lastModified);
    expect(second.changed).toBe(false);
    expect(second.subscription.state.error).toBeUndefined();
  });

  it('takes a newer version and refuses the same version with other contents', async () => {
    const held = await holdingVersion2();
    server.serve(await publisher.sign(hoaxList(3, [...CLAIMS, hoaxEntry('uji-3', 'Kotak suara kardus mudah dibobol')])));
    const newer = await syncSubscription(held, options());
    expect(newer.changed).toBe(true);
    expect(newer.subscription.list?.entries).toHaveLength(3);
    server.serve(await publisher.sign(hoaxList(3, CLAIMS)));
    const replayed = await syncSubscription(newer.subscription, options());
    expect(replayed.subscription.state.error?.problem).toBe('rollback');
    expect(replayed.subscription.list?.entries).toHaveLength(3);
  });

  const otherKey = async () => (await makePublisher()).sign(hoaxList(5, CLAIMS));
  const failures: [string, ListProblem, () => Promise<void>, Partial<SyncOptions>?][] = [
    ['an HTML error page', 'html', async () => server.answer((_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><h1>Oops</h1>'))],
    ['HTML sent as JSON', 'html', async () => server.answer((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('<!doctype html><title>Login</title>'))],
    [
      'a body cut short mid-download',
      'truncated',
      async () => {
        const body = await publisher.sign(hoaxList(5, CLAIMS));
        server.answer((_q, r) => {
          r.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          r.write(body.slice(0, 120));
          setTimeout(() => r.destroy(), 20);
        });
      },
    ],
    ['a body that ends early and cleanly', 'truncated', async () => server.serve((await publisher.sign(hoaxList(5, CLAIMS))).slice(0, 200))],
    ['invalid JSON', 'bad-json', async () => server.serve('{"kind": "hoaxes",, }')],
    ['a list with no signature', 'unsigned', async () => server.serve(JSON.stringify(hoaxList(5, CLAIMS)))],
    [
      'a list changed after signing',
      'bad-signature',
      async () => server.serve((await publisher.sign(hoaxList(5, CLAIMS))).replace('tujuh kontainer', 'delapan kontainer')),
    ],
    ['a list signed with another key', 'wrong-key', async () => server.serve(await otherKey())],
    ['an older version (rollback)', 'rollback', async () => server.serve(await publisher.sign(hoaxList(1, CLAIMS)))],
    ['a list past its expiry', 'expired', async () => server.serve(await publisher.sign(hoaxList(5, CLAIMS, { expires: '2026-11-01T00:00:00Z' })))],
    ['a server that never answers', 'timeout', async () => server.answer(() => undefined), { timeoutMs: 150 }],
    ['a 500', 'http', async () => server.answer((_q, r) => r.writeHead(500).end('boom'))],
    ['more entries than allowed', 'too-many-entries', async () => server.serve(await publisher.sign(hoaxList(5, CLAIMS))), { limits: { ...DEFAULT_LIMITS, maxHoaxEntries: 1 } }],
    ['a body over the size limit', 'too-large', async () => server.serve(await publisher.sign(hoaxList(5, CLAIMS))), { limits: { ...DEFAULT_LIMITS, maxBytes: 300 } }],
    ['another list at the same address', 'wrong-list', async () => server.serve(await publisher.sign(hoaxList(5, CLAIMS, { listId: 'lain' })))],
    ['a hostile list (entries not objects)', 'schema', async () => server.serve(JSON.stringify({ ...hoaxList(5, []), entries: ['<script>alert(1)</script>'] }))],
  ];

  it.each(failures)('keeps the list held when the server sends %s', async (_name, problem, serveIt, extra) => {
    const held = await holdingVersion2();
    await serveIt();
    const outcome = await syncSubscription(held, options({ now: NOW + 5000, ...extra }));
    expect(outcome.changed).toBe(false);
    expect(outcome.subscription.state.error?.problem).toBe(problem);
    expect(outcome.subscription.state.error?.message).toMatch(/\w{4,}/);
    expect(outcome.subscription.state).toMatchObject({ checkedAt: NOW + 5000, updatedAt: NOW, etag: held.state.etag });
    expect(outcome.subscription.list).toEqual(held.list);
    expect(outcome.subscription.hash).toBe(held.hash);
  });

  it('names a server that cannot be reached', async () => {
    const gone = await startListServer();
    await gone.close();
    const outcome = await syncSubscription({ ...fresh(), url: gone.url }, options());
    expect(outcome.subscription.state.error?.problem).toBe('network');
    expect(outcome.subscription.list).toBeUndefined();
  });

  it('honours Retry-After: the next due check waits, "update now" does not', async () => {
    const held = await holdingVersion2();
    server.answer((_q, r) => r.writeHead(503, { 'retry-after': '120' }).end());
    const refused = await syncSubscription(held, options());
    expect(refused.subscription.state).toMatchObject({ retryAt: NOW + 120_000, error: { problem: 'http' } });
    const asked = server.requests.length;
    const waited = await syncSubscription(refused.subscription, options({ now: NOW + 60_000 }));
    expect(waited.skipped).toBe(true);
    expect(server.requests.length).toBe(asked);
    server.serve(await publisher.sign(hoaxList(4, CLAIMS)));
    const forced = await syncSubscription(refused.subscription, options({ now: NOW + 60_000, force: true }));
    expect(server.requests.length).toBe(asked + 1);
    expect(forced.subscription.list?.version).toBe(4);
    expect(forced.subscription.state.retryAt).toBeUndefined();
    expect(forced.subscription.state.error).toBeUndefined();
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const held = await holdingVersion2();
    const at = new Date(NOW + 3_600_000).toUTCString();
    server.answer((_q, r) => r.writeHead(429, { 'retry-after': at }).end());
    const refused = await syncSubscription(held, options());
    expect(refused.subscription.state.retryAt).toBe(Date.parse(at));
  });
});
