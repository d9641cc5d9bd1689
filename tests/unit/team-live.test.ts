import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from './support/make-post';
import { makeProfile, type Profile } from './support/team-profile';
import { type Member, MEMBERS, teamServerForFile } from './support/team-server';

globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;

const DB = 'pemantau-live';
const server = teamServerForFile(DB);
afterEach(() => vi.restoreAllMocks());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let posts = 0;
function reportBy(profile: Profile): Report {
  const post = makePost({ postId: `74000000000${String(++posts).padStart(8, '0')}`, caption: 'Ayo coblos nomor 2' });
  return buildReport(post, { flags: [], category: 'campaign', lists: {}, reportedAt: profile.clock.now, reporterId: profile.reporterId, source: 'warning', extensionVersion: '0.1.0' });
}

async function joined(name: Member, options: { watchLingerMs?: number } = {}): Promise<Profile> {
  const profile = makeProfile(name, options);
  await profile.team.join({ url: server.couch.url, db: DB, user: name, password: MEMBERS[name].password });
  return profile;
}

async function reportAndPush(profile: Profile): Promise<Report> {
  const report = reportBy(profile);
  await profile.reports.saveAll([report]);
  await profile.team.reportsChanged([report.id]);
  await profile.team.syncNow('push');
  return report;
}

/** Waits until the moderator holds the report, up to `ms`; how long it took, or undefined. */
async function arrival(profile: Profile, id: string, ms: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (await profile.reports.get(id)) return performance.now() - started;
    await sleep(20);
  }
  return undefined;
}

/** Every request this process sends to the team server while `work` runs, with its body. */
async function requestsDuring(work: () => Promise<unknown>): Promise<{ url: string; body: string }[]> {
  const seen: { url: string; body: string }[] = [];
  const real = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(server.couch.url)) seen.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
    return real(input, init);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

describe('the reports page open: the team’s changes pulled live', () => {
  it('brings a new report to the moderator as soon as the server has it, with no pass asked for', async () => {
    const mod = await joined('mod-1');
    const vol = await joined('vol-a');
    mod.team.watch();
    // The first pass is done and the live pull waits on the server.
    while (!(await mod.team.status()).lastSyncedAt) await sleep(20);
    await sleep(300);
    const report = await reportAndPush(vol);
    const took = await arrival(mod, report.id, 5_000);
    expect(took).toBeDefined();
    expect(took!).toBeLessThan(2_000);
    expect(mod.team.pullingLive()).toBe(true);
    await mod.team.leave();
  }, 20_000);

  it('stops soon after the page stops saying it is open; a pass still brings what came meanwhile', async () => {
    const mod = await joined('mod-1', { watchLingerMs: 300 });
    const vol = await joined('vol-a');
    mod.team.watch();
    const stopBy = performance.now() + 3_000;
    while (mod.team.pullingLive() && performance.now() < stopBy) await sleep(20);
    expect(mod.team.pullingLive()).toBe(false);
    const report = await reportAndPush(vol);
    expect(await arrival(mod, report.id, 800)).toBeUndefined();
    await mod.team.syncNow();
    expect(await mod.reports.get(report.id)).toBeDefined();
  }, 20_000);

  it('leaves at once even while the page keeps saying it is open', async () => {
    const mod = await joined('mod-1');
    const vol = await joined('vol-a');
    mod.team.watch();
    while (!(await mod.team.status()).lastSyncedAt) await sleep(20);
    const pings = setInterval(() => mod.team.watch(), 10);
    try {
      // Leave in the middle of a pass: a burst of reports is coming in.
      const burst = Array.from({ length: 400 }, () => reportBy(vol));
      await vol.reports.saveAll(burst);
      await vol.team.reportsChanged(burst.map((r) => r.id));
      await vol.team.syncNow('push');
      while ((await mod.reports.count()) === 0) await sleep(5);
      const started = performance.now();
      await mod.team.leave();
      expect(performance.now() - started).toBeLessThan(2_000);
      await sleep(200);
      expect(mod.team.pullingLive()).toBe(false);
    } finally {
      clearInterval(pings);
    }
  }, 20_000);

  it('does not hammer the server when applying fails each time: it waits before trying again', async () => {
    const mod = await joined('mod-1');
    const vol = await joined('vol-a');
    await reportAndPush(vol);
    vi.spyOn(mod.reports, 'importAll').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const asked = await requestsDuring(async () => {
      mod.team.watch();
      await sleep(1_500);
    });
    expect((await mod.team.status()).lastError?.message).toMatch(/storage is full/);
    expect(asked.filter((r) => r.url.includes('/_changes')).length).toBeLessThan(10);
    vi.mocked(mod.reports.importAll).mockRestore();
    await mod.team.leave();
  }, 20_000);

  it('stops at once when the user leaves the team with the page open', async () => {
    const mod = await joined('mod-1');
    mod.team.watch();
    while (!(await mod.team.status()).lastSyncedAt) await sleep(20);
    const started = performance.now();
    await mod.team.leave();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(mod.team.pullingLive()).toBe(false);
  }, 20_000);
});

async function reviewOnServer(report: Report): Promise<{ status?: string; conflicts: string[] }> {
  const url = `${server.couch.url}/${DB}/${encodeURIComponent(`review:tiktok:${report.postId}`)}?conflicts=true`;
  const doc = (await fetch(url, { headers: { authorization: server.couch.basicAuth('admin', server.couch.admin.password) } }).then((r) => r.json())) as { status?: string; _conflicts?: string[] };
  return { status: doc.status, conflicts: doc._conflicts ?? [] };
}

describe('what a pass sends', () => {
  it('asks the server nothing about sending when nothing of the user’s own waits', async () => {
    const vol = await joined('vol-a');
    await vol.team.syncNow();
    const sending = await requestsDuring(() => reportAndPush(vol));
    expect(sending.filter((r) => r.url.endsWith('/_bulk_docs'))).toHaveLength(1);
    // The push's checkpoint on the server, which a push reads first even with nothing to send.
    const pushCheckpoints = new Set(sending.flatMap((r) => r.url.match(/\/_local\/[^?]+/g) ?? []));
    expect(pushCheckpoints.size).toBeGreaterThan(0);

    const idle = await requestsDuring(() => vol.team.syncNow());
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.filter((r) => /\/_(revs_diff|bulk_docs)/.test(r.url))).toEqual([]);
    expect(idle.filter((r) => [...pushCheckpoints].some((id) => r.url.includes(id)))).toEqual([]);
  }, 20_000);

  it('still sends a review merged from two moderators’ when applying failed right after merging it', async () => {
    const vol = await joined('vol-a');
    const report = await reportAndPush(vol);
    const [m1, m2] = [await joined('mod-1'), await joined('mod-2')];
    await m1.reports.setStatus([report.id], 'triaged', Date.UTC(2026, 10, 25, 10));
    await m2.reports.setStatus([report.id], 'dismissed', Date.UTC(2026, 10, 25, 11));
    await m1.team.reviewsChanged([report.id]);
    await m1.team.syncNow();
    await m2.team.reviewsChanged([report.id]);
    await m2.team.syncNow();
    expect((await reviewOnServer(report)).conflicts).toHaveLength(1);

    // mod-1 merges the two versions into its replica, then fails to store the result locally.
    vi.spyOn(m1.reports, 'update').mockRejectedValueOnce(new Error('disk trouble'));
    await m1.team.syncNow();
    expect((await m1.team.status()).lastError).toBeDefined();
    await m1.team.syncNow();
    const review = await reviewOnServer(report);
    expect(review.conflicts).toEqual([]);
    expect(review.status).toBe('dismissed');
  }, 20_000);

  it('sends only the user’s own documents: the reviews and reports the server sent stay out of the push', async () => {
    const vol = await joined('vol-a');
    const mod = await joined('mod-1');
    const decided = await reportAndPush(vol);
    await mod.team.syncNow();
    await mod.reports.setStatus([decided.id], 'confirmed', Date.UTC(2026, 10, 25, 12));
    await mod.team.reviewsChanged([decided.id]);
    await mod.team.syncNow();
    await vol.team.syncNow();
    expect(await vol.reports.get(decided.id)).toMatchObject({ status: 'confirmed' });

    const asked = await requestsDuring(() => reportAndPush(vol));
    const ids = asked.filter((r) => r.url.endsWith('/_revs_diff')).flatMap((r) => Object.keys(JSON.parse(r.body) as object));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('report:') && id.endsWith(':vol-a'))).toBe(true);

    const modAsked = await requestsDuring(async () => {
      await mod.reports.setStatus([decided.id], 'dismissed', Date.UTC(2026, 10, 25, 13));
      await mod.team.reviewsChanged([decided.id]);
      await mod.team.syncNow();
    });
    const modIds = modAsked.filter((r) => r.url.endsWith('/_revs_diff')).flatMap((r) => Object.keys(JSON.parse(r.body) as object));
    expect(modIds).toEqual([`review:tiktok:${decided.postId}`]);
  }, 20_000);
});
