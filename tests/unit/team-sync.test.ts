import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type Report } from '@/utils/storage/report';
import { exportBlob } from '@/utils/moderation/export-files';
import { parseImportFile } from '@/utils/moderation/import-file';
import { makePost } from './support/make-post';
import { startCouchServer, type CouchServer } from './support/couch-server';
import { makeProfile, setUpTeam, type Profile } from './support/team-profile';
import { type Member, MEMBERS, teamServerForFile } from './support/team-server';
import { startListServer } from './support/list-server';

globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;

const DB = 'pemantau-2026';
const server = teamServerForFile(DB);

let posts = 0;
function reportBy(profile: Profile, caption = 'Ayo coblos nomor 2'): Report {
  const post = makePost({ postId: `73000000000${String(++posts).padStart(8, '0')}`, caption });
  return buildReport(post, { flags: [], category: 'campaign', lists: {}, reportedAt: profile.clock.now, reporterId: profile.reporterId, source: 'warning', extensionVersion: '0.1.0' });
}

/** A volunteer reports a post and syncs, as the background does after the click; the write is for undo. */
async function reportAndSync(profile: Profile) {
  const report = reportBy(profile);
  const write = await profile.reports.saveAll([report]);
  await profile.team.reportsChanged([report.id]);
  await profile.team.syncNow();
  return { report, write };
}

async function joined(name: Member): Promise<Profile> {
  const profile = makeProfile(name);
  await profile.team.join({ url: server.couch.url, db: DB, user: name, password: MEMBERS[name].password });
  return profile;
}

async function serverDoc(id: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${server.couch.url}/${DB}/${encodeURIComponent(id)}`, { headers: { authorization: server.couch.basicAuth(server.couch.admin.name, server.couch.admin.password) } });
  return response.status === 404 ? undefined : ((await response.json()) as Record<string, unknown>);
}

describe('team sync through a CouchDB server', () => {
  it('sends volunteers’ reports up, shows them to a moderator, and brings the moderator’s decision back to the volunteer', async () => {
    const volA = await joined('vol-a');
    const volB = await joined('vol-b');
    const [a1, a2] = [reportBy(volA), reportBy(volA)];
    await volA.reports.saveAll([a1, a2]);
    await volA.team.reportsChanged([a1.id, a2.id]);
    await volA.team.syncNow();
    const b1 = { ...reportBy(volB), postId: a1.postId, id: a1.id };
    await volB.reports.saveAll([b1]);
    await volB.team.reportsChanged([b1.id]);
    await volB.team.syncNow();
    expect(await serverDoc(`report:tiktok:${a1.postId}:vol-a`)).toMatchObject({ type: 'report', reporter: 'vol-a' });
    expect((await volA.team.status()).waiting).toBe(0);

    const mod = await joined('mod-1');
    const seen = await mod.reports.list();
    expect(seen.map((r) => r.id).sort()).toEqual([a1.id, a2.id].sort());
    expect(seen.find((r) => r.id === a1.id)?.reporters.map((r) => r.reporterId).sort()).toEqual(['vol-a', 'vol-b']);
    expect(mod.changes.length).toBeGreaterThan(0);

    await mod.reports.setStatus([a1.id], 'confirmed', mod.clock.now + 60_000);
    await mod.team.reviewsChanged([a1.id]);
    await mod.team.syncNow();
    expect(await serverDoc(`review:tiktok:${a1.postId}`)).toMatchObject({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', by: 'mod-1' }] });

    expect((await mod.team.status()).waiting).toBe(0);
    // A moderator who joins later pulls that review: someone else's decision is not waiting to go up.
    const late = await joined('mod-2');
    expect((await late.reports.get(a1.id))?.status).toBe('confirmed');
    expect((await late.team.status()).waiting).toBe(0);
    await volA.team.syncNow();
    const back = await volA.reports.get(a1.id);
    expect(back).toMatchObject({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed' }] });
    expect((await volA.reports.get(a2.id))?.status).toBe('new');
    await volB.team.syncNow();
    expect((await volB.reports.get(b1.id))?.status).toBe('confirmed');
  });

  it('never duplicates a report: syncing again, or a volunteer’s export imported by the moderator, changes nothing', async () => {
    const vol = await joined('vol-a');
    const { report } = await reportAndSync(vol);
    await vol.team.reportsChanged([report.id]);
    await vol.team.syncNow();
    await vol.team.syncNow();
    const mod = await joined('mod-1');
    const before = await mod.reports.list();
    const exported = await (await exportBlob('json', [report], new Date())).text();
    const counts = await mod.reports.importAll(parseImportFile('vol-a.json', exported).reports);
    expect(counts.added).toBe(0);
    expect(await mod.reports.count()).toBe(before.length);
    const all = await fetch(`${server.couch.url}/${DB}/_all_docs`, { headers: { authorization: server.couch.basicAuth('admin', server.couch.admin.password) } }).then((r) => r.json() as Promise<{ rows: { id: string }[] }>);
    expect(all.rows.filter((r) => r.id.includes(report.postId))).toHaveLength(1);
  });

  it('keeps both moderators’ decisions when they change the same report at once: the latest wins, the other stays in the history', async () => {
    const vol = await joined('vol-b');
    const { report } = await reportAndSync(vol);
    const [m1, m2] = [await joined('mod-1'), await joined('mod-2')];
    await m1.reports.setStatus([report.id], 'triaged', Date.UTC(2026, 10, 25, 10));
    await m2.reports.setStatus([report.id], 'dismissed', Date.UTC(2026, 10, 25, 11));
    // Both write before either has seen the other's: the server holds two versions of one review.
    await m1.team.reviewsChanged([report.id]);
    await m2.team.reviewsChanged([report.id]);
    await m1.team.syncNow();
    await m2.team.syncNow();
    await m1.team.syncNow();
    await m2.team.syncNow();
    const review = await serverDoc(`review:tiktok:${report.postId}`);
    expect(review?.status).toBe('dismissed');
    expect((review?.history as { to: string; by: string }[]).map((c) => [c.to, c.by])).toEqual([
      ['triaged', 'mod-1'],
      ['dismissed', 'mod-2'],
    ]);
    const conflicts = await fetch(`${server.couch.url}/${DB}/${encodeURIComponent(`review:tiktok:${report.postId}`)}?conflicts=true`, { headers: { authorization: server.couch.basicAuth('admin', server.couch.admin.password) } }).then((r) => r.json() as Promise<{ _conflicts?: string[] }>);
    expect(conflicts._conflicts ?? []).toEqual([]);
    await vol.team.syncNow();
    expect(await vol.reports.get(report.id)).toMatchObject({ status: 'dismissed' });
    expect((await vol.reports.get(report.id))?.history.map((c) => c.to)).toEqual(['triaged', 'dismissed']);
  });

  it('lets a report taken back (undo) leave the moderator’s queue', async () => {
    const vol = await joined('vol-a');
    const { report, write } = await reportAndSync(vol);
    const mod = await joined('mod-1');
    expect(await mod.reports.get(report.id)).toBeDefined();
    await vol.reports.undo(write);
    await vol.team.reportsChanged([report.id]);
    await vol.team.syncNow();
    expect(await serverDoc(`report:tiktok:${report.postId}:vol-a`)).toMatchObject({ withdrawn: true });
    await mod.team.syncNow();
    expect(await mod.reports.get(report.id)).toBeUndefined();
  });

  it('refuses a wrong password, and an account with no team role, before storing anything', async () => {
    const profile = makeProfile('vol-a');
    await expect(profile.team.join({ url: server.couch.url, db: DB, user: 'vol-a', password: 'wrong' })).rejects.toThrow(/name or password/);
    await expect(profile.team.join({ url: 'http://team.example.org', db: DB, user: 'vol-a', password: 'x' })).rejects.toThrow(/https/);
    expect(await profile.store.config()).toBeUndefined();
    expect((await profile.team.status()).joined).toBeUndefined();
  });

  it('keeps reports waiting when the server is down, says so, and sends them when it is back', async () => {
    const vol = await joined('vol-b');
    const unreachable = makeProfile('vol-b');
    await unreachable.store.setConfig({ ...(await vol.store.config())!, url: 'http://127.0.0.1:9' });
    const { report } = await reportAndSync(unreachable);
    const status = await unreachable.team.status();
    expect(status.lastError?.message).toMatch(/cannot be reached/);
    expect(status.waiting).toBe(1);
    expect(await unreachable.reports.get(report.id)).toBeDefined();
    await unreachable.store.setConfig({ ...(await vol.store.config())! });
    await unreachable.team.syncNow();
    const after = await unreachable.team.status();
    expect(after.lastError).toBeUndefined();
    expect(after.waiting).toBe(0);
    expect(await serverDoc(`report:tiktok:${report.postId}:vol-b`)).toBeDefined();
  });

  const badServers: [string, RegExp, (res: import('node:http').ServerResponse) => void][] = [
    ['answers with a web page', /not CouchDB/, (res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Maintenance</h1>')],
    ['answers 500', /error \(500\)/, (res) => void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal"}')],
    ['never answers', /cannot be reached/, () => undefined],
  ];

  it.each(badServers)('shows the error and keeps the report waiting when the server %s', async (_name, words, answer) => {
    const bad = await startListServer();
    bad.answer((_req, res) => answer(res));
    try {
      const vol = await joined('vol-b');
      const stuck = makeProfile('vol-b', { timeoutMs: 300 });
      await stuck.store.setConfig({ ...(await vol.store.config())!, url: bad.url.replace('/list.json', '') });
      const { report } = await reportAndSync(stuck);
      const status = await stuck.team.status();
      expect(status.lastError?.message).toMatch(words);
      expect(status.waiting).toBe(1);
      expect(await stuck.reports.get(report.id)).toEqual(report);
      expect(await serverDoc(`report:tiktok:${report.postId}:vol-b`)).toBeUndefined();
    } finally {
      await bad.close();
    }
  });

  it('keeps a volunteer’s local decision and says why when the server refuses it: only moderators change review states', async () => {
    const vol = await joined('vol-a');
    const { report } = await reportAndSync(vol);
    // A tampered extension that believes this volunteer is a moderator: the server still says no.
    await vol.store.setConfig({ ...(await vol.store.config())!, role: 'moderator' });
    await vol.reports.setStatus([report.id], 'platform_removed', vol.clock.now + 1000);
    await vol.team.reviewsChanged([report.id]);
    await vol.team.syncNow();
    expect((await vol.team.status()).refused).toEqual([{ id: `review:tiktok:${report.postId}`, reason: 'only moderators change review states', at: expect.any(Number) }]);
    expect(await serverDoc(`review:tiktok:${report.postId}`)).toBeUndefined();
    expect(await vol.reports.get(report.id)).toMatchObject({ status: 'platform_removed' });
    expect(await serverDoc(`report:tiktok:${report.postId}:vol-a`)).toMatchObject({ reporter: 'vol-a' });
  });

  it('counts a document from the server that is not a valid report, and never shows it', async () => {
    const mod = await joined('mod-1');
    const before = await mod.reports.count();
    // A member's forged document the rules let through (its shape is the server's business only up to the rules).
    const forged = { _id: `report:tiktok:999999:vol-a`, type: 'report', reporter: 'vol-a', platform: 'tiktok', postId: '999999', report: { platform: 'tiktok', postId: '999999', captionSnapshot: 42 } };
    const put = await fetch(`${server.couch.url}/${DB}/${encodeURIComponent(forged._id)}`, { method: 'PUT', headers: { authorization: server.couch.basicAuth('vol-a', MEMBERS['vol-a'].password), 'content-type': 'application/json' }, body: JSON.stringify(forged) });
    expect(put.status).toBe(201);
    await mod.team.syncNow();
    const status = await mod.team.status();
    expect(status.ignored).toBe(1);
    expect(await mod.reports.count()).toBe(before);
    expect(await mod.reports.get('tiktok:999999')).toBeUndefined();
  });

  it('leaving stops sync and keeps the local reports', async () => {
    const vol = await joined('vol-a');
    const report = reportBy(vol);
    await vol.reports.saveAll([report]);
    await vol.team.leave();
    await vol.team.reportsChanged([report.id]);
    await vol.team.syncNow();
    expect(await vol.reports.get(report.id)).toBeDefined();
    expect(await serverDoc(`report:tiktok:${report.postId}:vol-a`)).toBeUndefined();
    expect((await vol.team.status()).joined).toBeUndefined();
  });
});

describe('a sync cut off by the server going down', () => {
  let disk: CouchServer;
  beforeAll(async () => {
    disk = await startCouchServer(undefined, { persistent: true });
    await setUpTeam(disk, DB, MEMBERS);
  }, 60_000);
  afterAll(() => disk?.stop());

  const serverCount = async () => {
    const response = await fetch(`${disk.url}/${DB}/_all_docs?startkey="report:"&endkey="report:\ufff0"`, { headers: { authorization: disk.basicAuth('admin', disk.admin.password) } }).catch(() => undefined);
    return response?.ok ? ((await response.json()) as { rows: unknown[] }).rows.length : -1;
  };

  it('resumes after the server is stopped and restarted mid-push: every report arrives once', async () => {
    const vol = makeProfile('vol-a');
    await vol.team.join({ url: disk.url, db: DB, user: 'vol-a', password: MEMBERS['vol-a'].password });
    const reports = Array.from({ length: 1_500 }, () => reportBy(vol));
    await vol.reports.saveAll(reports);
    const cut = vol.team.reportsChanged(reports.map((r) => r.id));
    // Wait until some, not all, have arrived, then take the server down under the running pass.
    let arrived = 0;
    while ((arrived = await serverCount()) < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await disk.restart();
    await cut;
    await vol.team.syncNow();
    expect(arrived).toBeLessThan(1_500);
    const halfway = await vol.team.status();
    if (halfway.lastError) await vol.team.syncNow();
    const done = await vol.team.status();
    expect(done.lastError).toBeUndefined();
    expect(done.waiting).toBe(0);
    expect(await serverCount()).toBe(1_500);

    const mod = makeProfile('mod-1');
    await mod.team.join({ url: disk.url, db: DB, user: 'mod-1', password: MEMBERS['mod-1'].password });
    expect(await mod.reports.count()).toBe(1_500);
  }, 60_000);
});
