import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageSetup, PostVerdict, ReportReceipt } from '@/utils/messaging/protocol';
import type { Report } from '@/utils/storage/report';
import type { Dispute } from '@/utils/storage/dispute';
import { makePost } from './support/make-post';
import { CONTENT, dataOf, makeTestRouter, NOW, OTHER_TAB, PAGE } from './support/test-router';

const CAMPAIGN = 'Ayo coblos nomor urut 2';
const post = (overrides: Record<string, unknown> = {}) => makePost({ pageKind: 'feed', caption: CAMPAIGN, ...overrides });

let router: ReturnType<typeof makeTestRouter>;
const send = (type: string, payload: unknown, sender = CONTENT) => router.handle({ type, payload }, sender);
const save = async (payload: Record<string, unknown>, sender = CONTENT) => dataOf<ReportReceipt>(await send('report:save', { source: 'warning', ...payload }, sender));
const check = async (posts: unknown[]) => dataOf<{ verdicts: PostVerdict[] }>(await send('posts:check', { posts })).verdicts;
const listReports = async () => dataOf<{ reports: Report[] }>(await send('reports:list', {}, PAGE)).reports;
const listDisputes = async () => dataOf<{ disputes: Dispute[] }>(await send('disputes:list', {}, PAGE)).disputes;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  router = makeTestRouter();
});

describe('a report keeps its evidence', () => {
  it('records who, when, what matched and from which list, with the flag kind preselected', async () => {
    const { report } = await save({ post: post({ authorName: 'Akun Satu' }), seenAt: NOW - 5_000 });
    expect(report).toMatchObject({
      platform: 'tiktok',
      authorName: 'Akun Satu',
      captionSnapshot: CAMPAIGN,
      kinds: ['campaign'],
      category: 'campaign',
      lists: { patterns: { listId: 'saring-patterns', version: 7 } },
      pageKind: 'feed',
      seenAt: NOW - 5_000,
      reportedAt: NOW,
      reporterId: 'reporter-1',
      extensionVersion: '0.1.0',
    });
    expect(report.flags[0].score).toBeGreaterThan(0);
  });

  it('does not believe a page that claims it saw the post after reporting it', async () => {
    const { report } = await save({ post: post(), seenAt: NOW + 3_600_000 });
    expect(report.seenAt).toBe(NOW);
  });

  it('takes a category the reporter chose for a post Saring did not flag', async () => {
    const { report } = await save({ post: post({ caption: 'Resep nasi goreng' }), category: 'hoax', source: 'menu' });
    expect(report).toMatchObject({ kinds: [], category: 'hoax', source: 'menu' });
  });

  it('refuses an unknown category or source', async () => {
    expect(await send('report:save', { post: post(), source: 'warning', category: 'spam' })).toMatchObject({ ok: false, error: 'unknown report category' });
    expect(await send('report:save', { post: post(), source: 'robot' })).toMatchObject({ ok: false, error: 'unknown report source' });
    expect(await listReports()).toEqual([]);
  });

  it('updates, never duplicates, when the same post is reported twice', async () => {
    await save({ post: post() });
    router.world.now = NOW + 1_000;
    await save({ post: post({ caption: `${CAMPAIGN} hari ini` }) });
    const reports = await listReports();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reportedAt: NOW, updatedAt: NOW + 1_000, captionSnapshot: `${CAMPAIGN} hari ini` });
  });

  it("counts today's reports", async () => {
    expect((await save({ post: post({ postId: '1' }) })).today).toBe(1);
    expect((await save({ post: post({ postId: '2' }) })).today).toBe(2);
    expect(dataOf<{ today: number }>(await send('reports:today', {})).today).toBe(2);
  });
});

describe('undo', () => {
  it('takes a new report away', async () => {
    const { undoToken } = await save({ post: post() });
    expect(await send('report:undo', { undoToken })).toEqual({ ok: true, data: {} });
    expect(await listReports()).toEqual([]);
  });

  it('puts an updated report back as it was, note and all', async () => {
    const first = await save({ post: post() });
    await send('report:annotate', { undoToken: first.undoToken, note: 'iklan berbayar', category: 'political_ad' });
    const [before] = await listReports();
    router.world.now = NOW + 1_000;
    const second = await save({ post: post({ caption: 'Caption lain, coblos nomor 2' }) });
    await send('report:undo', { undoToken: second.undoToken });
    expect(await listReports()).toEqual([before]);
  });

  it('works only from the tab that made the report, and only once', async () => {
    const { undoToken } = await save({ post: post() });
    expect(await send('report:undo', { undoToken }, OTHER_TAB)).toMatchObject({ ok: false });
    expect(await listReports()).toHaveLength(1);
    await send('report:undo', { undoToken });
    expect(await send('report:undo', { undoToken })).toMatchObject({ ok: false });
  });

  it('leaves a report alone that changed after the write being undone, and says so', async () => {
    const first = await save({ post: post() });
    router.world.now = NOW + 1_000;
    await save({ post: post({ caption: 'Caption lain, coblos nomor 2' }) });
    expect(await send('report:undo', { undoToken: first.undoToken })).toMatchObject({ ok: false, error: expect.stringMatching(/changed since/) });
    expect((await listReports())[0].captionSnapshot).toBe('Caption lain, coblos nomor 2');
  });

  it('still takes a report away after a note was added to it', async () => {
    const { undoToken } = await save({ post: post() });
    await send('report:annotate', { undoToken, note: 'catatan', category: 'political_ad' });
    expect(await send('report:undo', { undoToken })).toEqual({ ok: true, data: {} });
    expect(await listReports()).toEqual([]);
  });

  it('expires after 30 minutes', async () => {
    const { undoToken } = await save({ post: post() });
    router.world.now = NOW + 30 * 60_000 + 1;
    expect(await send('report:undo', { undoToken })).toMatchObject({ ok: false });
    expect(await listReports()).toHaveLength(1);
  });

  it('refuses a made-up token', async () => {
    await save({ post: post() });
    expect(await send('report:undo', { undoToken: 'guess' })).toMatchObject({ ok: false, error: expect.stringMatching(/can no longer be undone/) });
    expect(await send('report:undo', {})).toMatchObject({ ok: false, error: 'undo token missing' });
    expect(await listReports()).toHaveLength(1);
  });
});

describe('report:annotate', () => {
  it('adds a note and a category afterwards', async () => {
    const { undoToken } = await save({ post: post() });
    router.world.now = NOW + 500;
    const { report } = dataOf<{ report: Report }>(await send('report:annotate', { undoToken, category: 'political_ad', note: '  dibayar tim sukses  ' }));
    expect(report).toMatchObject({ category: 'political_ad', note: 'dibayar tim sukses', updatedAt: NOW + 500 });
    expect((await listReports())[0].note).toBe('dibayar tim sukses');
  });

  it('refuses an over-long note and leaves the report alone', async () => {
    const { undoToken } = await save({ post: post() });
    expect(await send('report:annotate', { undoToken, note: 'x'.repeat(2_001) })).toMatchObject({ ok: false });
    expect((await listReports())[0].note).toBe('');
  });
});

describe('reports:save-many', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => post({ postId: String(1000 + i) }));

  it('stores 200 posts once each, with the chosen category, and undoes them together', async () => {
    const result = dataOf<{ count: number; undoToken: string; today: number }>(await send('reports:save-many', { posts: many(200), category: 'political_ad' }));
    expect(result).toMatchObject({ count: 200, today: 200 });
    const reports = await listReports();
    expect(new Set(reports.map((r) => r.id)).size).toBe(200);
    expect(reports.every((r) => r.category === 'political_ad' && r.source === 'bulk')).toBe(true);
    await send('report:undo', { undoToken: result.undoToken });
    expect(await listReports()).toEqual([]);
  });

  it('refuses an empty selection and more than the batch limit', async () => {
    expect(await send('reports:save-many', { posts: [], category: 'other' })).toMatchObject({ ok: false, error: 'no posts selected' });
    expect(await send('reports:save-many', { posts: many(201), category: 'other' })).toMatchObject({ ok: false });
    expect(await listReports()).toEqual([]);
  });
});

describe('disputes', () => {
  it('"not a problem" is stored for moderators and remembered for that post', async () => {
    expect((await check([post()]))[0].flags.map((f) => f.kind)).toEqual(['campaign']);
    await send('post:dismiss', { post: post() });
    expect(await check([post(), post({ postId: 'other' })])).toEqual([
      { flags: [], dismissed: true },
      expect.objectContaining({ flags: [expect.objectContaining({ kind: 'campaign' })] }),
    ]);
    const [dispute] = await listDisputes();
    expect(dispute).toMatchObject({ type: 'not_a_problem', postKey: 'tiktok:7300000000000000001', kinds: ['campaign'], reporterId: 'reporter-1', at: NOW });
  });

  it("muting a rule stops it flagging any post, records the dispute, and settings can undo it", async () => {
    const [verdict] = await check([post()]);
    const match = verdict.flags[0].matches[0];
    await send('rule:mute', { post: post(), rule: { kind: 'pattern', id: match.patternId, label: match.phrase } });
    expect(router.world.settings.mutedRules).toEqual([{ kind: 'pattern', id: match.patternId, label: match.phrase, mutedAt: NOW }]);
    expect((await check([post({ postId: 'another' })]))[0].flags).toEqual([]);
    expect((await listDisputes())[0]).toMatchObject({ type: 'muted_rule', rule: { kind: 'pattern', id: match.patternId } });
    router.world.settings = { ...router.world.settings, mutedRules: [] };
    expect((await check([post({ postId: 'another' })]))[0].flags).toHaveLength(1);
  });

  it('"show anyway" sticks for that post', async () => {
    await send('post:show-anyway', { post: post() });
    expect((await check([post()]))[0].shown).toBe(true);
    expect((await check([post({ postId: 'x' })]))[0].shown).toBeUndefined();
  });

  it('disputes are listed only to Saring\'s own pages', async () => {
    expect(await send('disputes:list', {}, CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/own pages/) });
  });

  it('refuses to mute a rule that does not flag the post it is muted from', async () => {
    const quiet = post({ caption: 'Resep nasi goreng' });
    expect(await send('rule:mute', { post: quiet, rule: { kind: 'pattern', id: 'call_to_vote.coblos', label: 'coblos' } })).toMatchObject({
      ok: false,
      error: 'that rule does not flag this post',
    });
    expect(router.world.settings.mutedRules).toEqual([]);
    expect(await listDisputes()).toEqual([]);
  });

  it('refuses a rule that is not a pattern or a claim', async () => {
    expect(await send('rule:mute', { post: post(), rule: { kind: 'everything', id: 'x', label: 'x' } })).toMatchObject({ ok: false, error: 'unknown rule kind' });
    expect(router.world.settings.mutedRules).toEqual([]);
  });
});

describe('settings shape what pages are told', () => {
  it('drops kinds the user switched off', async () => {
    router.world.settings = { ...router.world.settings, kinds: { ...router.world.settings.kinds, campaign: false } };
    expect((await check([post()]))[0].flags).toEqual([]);
  });

  it('flags nothing on a platform the user switched off, and says so in the setup', async () => {
    router.world.settings = { ...router.world.settings, platforms: { ...router.world.settings.platforms, tiktok: false } };
    expect((await check([post()]))[0].flags).toEqual([]);
    expect(dataOf<PageSetup>(await send('page:setup', { platform: 'tiktok' })).enabled).toBe(false);
    expect(dataOf<PageSetup>(await send('page:setup', { platform: 'youtube' })).enabled).toBe(true);
  });

  it('flags nothing on a platform a list switched off, and tells the page why', async () => {
    expect((await check([post()]))[0].flags).not.toEqual([]);
    const off = { platform: 'tiktok' as const, untilVersion: '0.2.0', reason: 'TikTok changed its feed layout' };
    router.world.switchedOff.set('tiktok', off);
    expect((await check([post()]))[0].flags).toEqual([]);
    expect(dataOf<PageSetup>(await send('page:setup', { platform: 'tiktok' }))).toMatchObject({ enabled: false, switchedOff: off });
    expect(dataOf<PageSetup>(await send('page:setup', { platform: 'youtube' }))).toMatchObject({ enabled: true });
  });

  it("gives a page the strings of the user's language: the browser's, or the one they chose", async () => {
    const browserChoice = dataOf<PageSetup>(await send('page:setup', { platform: 'tiktok' }));
    expect(browserChoice).toMatchObject({ language: 'id', blurHoaxes: true });
    expect(browserChoice.strings.badge_report).toBe('Laporkan');
    router.world.settings = { ...router.world.settings, language: 'en', blurHoaxes: false };
    const english = dataOf<PageSetup>(await send('page:setup', { platform: 'tiktok' }));
    expect(english).toMatchObject({ language: 'en', blurHoaxes: false });
    expect(english.strings.badge_report).toBe('Report');
    expect(await send('page:setup', { platform: 'myspace' })).toMatchObject({ ok: false });
  });
});
