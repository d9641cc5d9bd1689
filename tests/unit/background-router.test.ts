import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { createBackgroundRouter, SenderInfo } from '@/utils/messaging/background-router';
import type { Reply } from '@/utils/messaging/protocol';
import { checkPost, checkPosts, MAX_POSTS_PER_BATCH, MAX_TEXT_LENGTH } from '@/utils/messaging/validate';
import type { Report } from '@/utils/storage/report';
import type { Post } from '@/utils/post';
import { createReportStore, type ReportStore } from '@/utils/storage/report-store';
import { makePost } from './support/make-post';
import { CONTENT, dataOf, makeTestRouter, NOW, PAGE } from './support/test-router';

const post = (overrides: Record<string, unknown> = {}) => makePost({ pageKind: 'feed', ...overrides });

let reports: ReportStore;
let handle: ReturnType<typeof createBackgroundRouter>;
const makeRouter = (store: ReportStore) => makeTestRouter(store).handle;

function expectError(reply: Reply, pattern: RegExp) {
  expect(reply.ok).toBe(false);
  if (reply.ok) return;
  expect(reply.error).toMatch(pattern);
}

async function saveViaRouter() {
  return dataOf<{ report: Report }>(await handle({ type: 'report:save', payload: { post: post(), source: 'warning' } }, CONTENT));
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  reports = createReportStore();
  handle = makeRouter(reports);
});

describe('posts:check', () => {
  it('returns one verdict per post, in order', async () => {
    const posts = [
      post({ postId: '1', caption: 'Ayo coblos nomor urut 2' }),
      post({ postId: '2', caption: 'Resep nasi goreng' }),
      post({ postId: '3', caption: 'Pilih paslon 1 di pemilu', adLabel: 'ad' }),
    ];
    const reply = await handle({ type: 'posts:check', payload: { posts } }, CONTENT);
    const { verdicts } = dataOf<{ verdicts: { flags: { kind: string }[] }[] }>(reply);
    expect(verdicts.map((v) => v.flags.map((f) => f.kind))).toEqual([['campaign'], [], ['political_ad']]);
  });

  it('accepts an empty batch and a batch of exactly the maximum size', async () => {
    const empty = await handle({ type: 'posts:check', payload: { posts: [] } }, CONTENT);
    expect(dataOf<{ verdicts: unknown[] }>(empty).verdicts).toEqual([]);

    const full = Array.from({ length: MAX_POSTS_PER_BATCH }, (_, i) => post({ postId: String(i) }));
    const reply = await handle({ type: 'posts:check', payload: { posts: full } }, CONTENT);
    expect(dataOf<{ verdicts: unknown[] }>(reply).verdicts).toHaveLength(MAX_POSTS_PER_BATCH);
  });

  it('refuses more than MAX_POSTS_PER_BATCH posts', async () => {
    const tooMany = Array.from({ length: MAX_POSTS_PER_BATCH + 1 }, (_, i) => post({ postId: String(i) }));
    const reply = await handle({ type: 'posts:check', payload: { posts: tooMany } }, CONTENT);
    expectError(reply, new RegExp(`more than ${MAX_POSTS_PER_BATCH} posts`));
  });

  it('refuses a batch that is not a list', async () => {
    expectError(await handle({ type: 'posts:check', payload: { posts: 'nope' } }, CONTENT), /not a list/);
    expectError(await handle({ type: 'posts:check' }, CONTENT), /not a list/);
  });

  it('names the malformed post in a batch', async () => {
    const posts = [post({ postId: 'ok' }), post({ postId: '' })];
    expectError(await handle({ type: 'posts:check', payload: { posts } }, CONTENT), /post 1: postId missing/);
  });
});

describe('report:save', () => {
  it('stores a report whose flags the background derived itself', async () => {
    const caption = 'Ayo coblos nomor urut 2';
    const reply = await handle({ type: 'report:save', payload: { post: post({ caption }), source: 'warning' } }, CONTENT);
    const { report } = dataOf<{ report: Report }>(reply);
    expect(report).toMatchObject({
      id: 'tiktok:7300000000000000001',
      captionSnapshot: caption,
      kinds: ['campaign'],
      reportedAt: NOW,
      status: 'new',
      extensionVersion: '0.1.0',
      category: 'campaign',
      reporterId: 'reporter-1',
      source: 'warning',
      lists: { patterns: { listId: 'saring-patterns', version: 7 } },
    });
    const match = report.flags[0].matches[0];
    expect(caption.slice(match.start, match.end)).toBe('coblos nomor');
    expect(await reports.list()).toEqual([report]);
  });

  it('ignores flags and other extra fields claimed by the page', async () => {
    const bogusFlag = { kind: 'hoax', score: 1, reason: 'trust me', matches: [] };
    const payload = {
      source: 'warning',
      post: { ...post({ caption: 'Resep nasi goreng' }), flags: [bogusFlag], kinds: ['hoax'], status: 'approved' },
      flags: [bogusFlag],
      kinds: ['hoax'],
    };
    const reply = await handle({ type: 'report:save', payload }, CONTENT);
    expect(reply.ok).toBe(true);

    const [stored] = await reports.list();
    expect(stored.flags).toEqual([]);
    expect(stored.kinds).toEqual([]);
    expect(stored.status).toBe('new');
    expect(stored).not.toHaveProperty('caption');
  });
});

describe('reports:list', () => {
  it("is refused to a content script, which is not one of Saring's own pages", async () => {
    await saveViaRouter();
    const reply = await handle({ type: 'reports:list', payload: {} }, CONTENT);
    expectError(reply, /own pages/);
  });

  it('is refused to an extension page of another origin', async () => {
    const reply = await handle(
      { type: 'reports:list', payload: {} },
      { id: 'saring-test', url: 'chrome-extension://someone-else/reports.html' },
    );
    expectError(reply, /own pages/);
  });

  it("works from Saring's own extension page", async () => {
    const { report } = await saveViaRouter();
    const reply = await handle({ type: 'reports:list', payload: {} }, PAGE);
    expect(dataOf<{ reports: Report[] }>(reply).reports).toEqual([report]);
  });
});

describe('refused messages', () => {
  it('refuses a sender with another extension id, for every type', async () => {
    const stranger: SenderInfo = { id: 'evil-extension', url: 'chrome-extension://saring-test/reports.html' };
    expectError(await handle({ type: 'posts:check', payload: { posts: [post()] } }, stranger), /another extension/);
    expectError(await handle({ type: 'report:save', payload: { post: post(), source: 'warning' } }, stranger), /another extension/);
    expectError(await handle({ type: 'reports:list', payload: {} }, stranger), /another extension/);
    expectError(await handle({ type: 'posts:check', payload: { posts: [] } }, {}), /another extension/);
    expect(await reports.count()).toBe(0);
  });

  it('refuses an unknown type', async () => {
    expectError(await handle({ type: 'reports:clear', payload: {} }, PAGE), /unknown message type: reports:clear/);
    expectError(await handle({ payload: {} }, PAGE), /unknown message type/);
    expectError(await handle({ type: 'toString' }, PAGE), /unknown message type/);
  });

  it('refuses a message that is not an object', async () => {
    for (const message of [null, undefined, 'posts:check', 42]) {
      expectError(await handle(message, CONTENT), /not a Saring message/);
    }
  });

  it.each([
    ['missing postId', { postId: undefined }, /postId missing/],
    ['empty postId', { postId: '' }, /postId missing/],
    ['caption not a string', { caption: 42 }, /caption or title missing or too long/],
    ['caption over MAX_TEXT_LENGTH', { caption: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, /caption or title missing or too long/],
    ['unknown platform', { platform: 'myspace' }, /unknown platform/],
    ['unknown page kind', { pageKind: 'admin' }, /unknown page kind/],
    ['an unknown ad label', { adLabel: 'yes' }, /unknown ad label/],
    ['ad label missing', { adLabel: undefined }, /unknown ad label/],
    ['hashtags not text', { hashtags: [{}] }, /hashtags or labels are not a short list of text/],
    ['platform labels not a list', { platformLabels: 'Sensitive' }, /hashtags or labels are not a short list of text/],
    ['title over MAX_TEXT_LENGTH', { title: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, /caption or title missing or too long/],
    ['author name not text', { authorName: 7 }, /permalink or author is not text/],
    ['permalink not text', { permalink: null }, /permalink or author is not text/],
  ])('refuses a post with %s and stores nothing', async (_name, overrides, error) => {
    const bad = post(overrides);
    expectError(await handle({ type: 'report:save', payload: { post: bad, source: 'warning' } }, CONTENT), error);
    expectError(await handle({ type: 'posts:check', payload: { posts: [bad] } }, CONTENT), error);
    expect(await reports.count()).toBe(0);
  });

  it('refuses a missing post and stores nothing', async () => {
    expectError(await handle({ type: 'report:save', payload: {} }, CONTENT), /post is not an object/);
    expectError(await handle({ type: 'report:save', payload: { post: [post()] } }, CONTENT), /not an object/);
    expect(await reports.count()).toBe(0);
  });

  it('accepts a caption of exactly MAX_TEXT_LENGTH', async () => {
    const reply = await handle(
      { type: 'report:save', payload: { post: post({ caption: 'a'.repeat(MAX_TEXT_LENGTH) }), source: 'warning' } },
      CONTENT,
    );
    expect(reply.ok).toBe(true);
    expect(await reports.count()).toBe(1);
  });
});

describe('storage failures', () => {
  function routerWithFailingSave(error: unknown) {
    const store: ReportStore = { ...createReportStore(), save: () => Promise.reject(error), saveAll: () => Promise.reject(error) };
    return makeRouter(store);
  }

  it('explains a full disk without losing anything', async () => {
    const failing = routerWithFailingSave(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const reply = await failing({ type: 'report:save', payload: { post: post(), source: 'warning' } }, CONTENT);
    expectError(reply, /no room/);
    expectError(reply, /nothing already stored was lost/);
  });

  it('passes on the message of another storage error', async () => {
    const failing = routerWithFailingSave(new Error('disk on fire'));
    expectError(await failing({ type: 'report:save', payload: { post: post(), source: 'warning' } }, CONTENT), /^disk on fire$/);
  });
});

describe('validate', () => {
  it('returns a clean copy of a valid post without extra fields', () => {
    const checked = checkPost({ ...post(), flags: ['x'], isAdmin: true });
    expect(checked).toEqual({ value: post() });
    expect(Object.keys((checked as { value: Post }).value).sort()).toEqual(
      ['adLabel', 'authorHandle', 'authorName', 'caption', 'hashtags', 'pageKind', 'permalink', 'platform', 'platformLabels', 'postId', 'title'],
    );
  });

  it('refuses a batch with an invalid post', () => {
    expect(checkPosts([post(), 'nope'])).toEqual({ error: 'post 1: post is not an object' });
  });
});

describe('status:get', () => {
  it("tells the extension's own pages how the engine started", async () => {
    const reply = await handle({ type: 'status:get', payload: {} }, PAGE);
    expect(dataOf(reply)).toEqual({ state: 'ready', patterns: { listId: 'saring-patterns', version: 7, entries: 42 } });
  });

  it('is refused to a content script', async () => {
    expectError(await handle({ type: 'status:get', payload: {} }, CONTENT), /own pages/);
  });
});

describe('health:record and health:list', () => {
  const record = { platform: 'tiktok', pageKind: 'feed', path: '/foryou', problem: 'no-posts', postsSeen: 0 };

  it('logs what a content script saw, and lists it only to the extension page', async () => {
    dataOf(await handle({ type: 'health:record', payload: { record } }, CONTENT));
    expectError(await handle({ type: 'health:list', payload: {} }, CONTENT), /only for Saring's own pages/);
    const { records } = dataOf<{ records: unknown[] }>(await handle({ type: 'health:list', payload: {} }, PAGE));
    expect(records).toEqual([{ ...record, at: NOW, id: 1 }]);
  });

  it.each([
    ['an unknown problem', { problem: 'rm -rf' }, /bad path or problem/],
    ['a negative count', { postsSeen: -1 }, /postsSeen is not a count/],
    ['an unknown platform', { platform: 'myspace' }, /unknown platform or page kind/],
    ['a path that is not text', { path: 42 }, /bad path or problem/],
  ])('refuses a record with %s', async (_name, overrides, error) => {
    expectError(await handle({ type: 'health:record', payload: { record: { ...record, ...overrides } } }, CONTENT), error);
  });
});

describe('embedded:parse', () => {
  const tiktokPage = JSON.stringify({
    __DEFAULT_SCOPE__: { 'webapp.video-detail': { itemInfo: { itemStruct: { id: '7400000000000000001', desc: 'Ayo coblos', isAd: true } } } },
  });

  it("parses a page's JSON for a content script, so the page never does", async () => {
    const reply = await handle({ type: 'embedded:parse', payload: { platform: 'tiktok', texts: [tiktokPage] } }, CONTENT);
    expect(dataOf<{ posts: unknown[] }>(reply).posts).toEqual([
      { postId: '7400000000000000001', caption: 'Ayo coblos', adLabel: 'ad', platformLabels: [] },
    ]);
  });

  it('answers broken JSON with no posts, not an error', async () => {
    const reply = await handle({ type: 'embedded:parse', payload: { platform: 'tiktok', texts: ['{"__DEFAULT_SCOPE__": {'] } }, CONTENT);
    expect(dataOf<{ posts: unknown[] }>(reply).posts).toEqual([]);
  });

  it.each([
    ['an unknown platform', { platform: 'myspace', texts: [] }, /unknown platform/],
    ['texts that are not text', { platform: 'tiktok', texts: [42] }, /not a short list of text/],
    ['more than 16 million characters', { platform: 'tiktok', texts: ['x'.repeat(8_000_001), 'y'.repeat(8_000_000)] }, /page JSON too large/],
  ])('refuses %s', async (_name, payload, error) => {
    expectError(await handle({ type: 'embedded:parse', payload }, CONTENT), error);
  });
});

describe('list messages', () => {
  const listMessages = [
    { type: 'lists:subscribe', payload: { url: 'https://evil.example/list.json', publicKey: 'KEY' } },
    { type: 'lists:unsubscribe', payload: { id: 'sub:https://cekfakta.example/list.json' } },
    { type: 'lists:update-now', payload: {} },
    { type: 'lists:status', payload: {} },
  ] as const;

  it.each(listMessages)('refuses $type to a content script: a page must never change what Saring checks against', async (message) => {
    const { handle: router, world } = makeTestRouter(reports);
    expectError(await router(message, CONTENT), /own pages/);
    expect(world.listCalls).toEqual([]);
  });

  it("passes them on from Saring's own pages, after checking their fields", async () => {
    const { handle: router, world } = makeTestRouter(reports);
    dataOf(await router(listMessages[0], PAGE));
    dataOf(await router(listMessages[1], PAGE));
    dataOf(await router(listMessages[2], PAGE));
    expect(world.listCalls).toEqual([['subscribe', 'https://evil.example/list.json', 'KEY'], ['unsubscribe', 'sub:https://cekfakta.example/list.json'], ['updateNow']]);
    expectError(await router({ type: 'lists:subscribe', payload: { url: 42, publicKey: 'KEY' } }, PAGE), /address/);
    expectError(await router({ type: 'lists:subscribe', payload: { url: 'https://a.example/l.json', publicKey: 'K'.repeat(5000) } }, PAGE), /public key/);
    expect(world.listCalls).toHaveLength(3);
  });
});

describe('team messages', () => {
  const teamMessages = [
    { type: 'team:join', payload: { url: 'https://couch.example.org', db: 'team', user: 'vol-a', password: 'pw' } },
    { type: 'team:leave', payload: {} },
    { type: 'team:sync-now', payload: {} },
    { type: 'team:watch', payload: {} },
    { type: 'team:reviews-changed', payload: { ids: ['tiktok:1'] } },
    { type: 'team:status', payload: {} },
  ] as const;

  it.each(teamMessages)('refuses $type to a content script: a page never reaches the credentials or the team', async (message) => {
    const { handle: router, world } = makeTestRouter(reports);
    expectError(await router(message, CONTENT), /own pages/);
    expect(world.teamCalls).toEqual([]);
  });

  it("passes them on from Saring's own pages, with every join field required", async () => {
    const { handle: router, world } = makeTestRouter(reports);
    dataOf(await router(teamMessages[0], PAGE));
    dataOf(await router(teamMessages[3], PAGE));
    dataOf(await router(teamMessages[4], PAGE));
    expectError(await router({ type: 'team:join', payload: { url: 'https://couch.example.org', db: 'team', user: 'vol-a' } }, PAGE), /password/);
    expect(world.teamCalls).toEqual([['join', teamMessages[0].payload], ['watch'], ['reviewsChanged', ['tiktok:1']]]);
  });
});
