import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';
import type { CouchServer } from '../unit/support/couch-server';
import { type Member, MEMBERS, teamServerForFile } from '../unit/support/team-server';

const DB = 'pemantau-e2e';

/** One person's browser: its own profile, with the extension, joined to the team from the settings page. */
async function memberBrowser(browserName: BrowserName, couch: CouchServer, name: Member): Promise<ExtensionBrowser> {
  const session = await launchWithExtension(browserName, { hostPermissions: ['http://127.0.0.1/*'] });
  const options = await session.openExtensionPage('options.html', '#team-join');
  await options.type('#team-url', couch.url);
  await options.type('#team-db', DB);
  await options.type('#team-user', name);
  await options.type('#team-password', MEMBERS[name].password);
  await options.click('#team-join-button');
  await options.waitForSelector(`#team-joined[data-user="${name}"]`);
  await options.close();
  return session;
}

async function reportOnFeed(session: ExtensionBrowser, items: string[]): Promise<void> {
  const feed = await session.browser.newPage();
  await serveTiktokFixtures(feed);
  await feed.goto('https://www.tiktok.com/foryou');
  for (const item of items) {
    await feed.waitForSelector(`${item} saring-badge`);
    await feed.click(`${item} saring-badge >>> button.report`);
    await waitInBadge(feed, item, '.toast');
  }
  await feed.close();
}

async function serverIds(couch: CouchServer): Promise<string[]> {
  const response = await fetch(`${couch.url}/${DB}/_all_docs`, { headers: { authorization: couch.basicAuth(couch.admin.name, couch.admin.password) } });
  return ((await response.json()) as { rows: { id: string }[] }).rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));
}

async function waitForServer(couch: CouchServer, ids: string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!ids.every((id) => serverIdsCache.includes(id))) {
    if (Date.now() > deadline) throw new Error(`the server never got ${ids.filter((id) => !serverIdsCache.includes(id)).join(', ')}`);
    serverIdsCache = await serverIds(couch);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
let serverIdsCache: string[] = [];

const rowStatus = (page: Page, id: string) => page.$eval(`tr[data-report-id="${id}"] td[data-status]`, (td) => td.getAttribute('data-status'));

describe.each<BrowserName>(['chromium', 'firefox'])('team sync in %s', (browserName) => {
  const server = teamServerForFile(DB);
  const sessions: ExtensionBrowser[] = [];
  beforeAll(() => void (serverIdsCache = []));
  afterAll(() => Promise.all(sessions.map((s) => s.close().catch(() => undefined))));

  it('two volunteers report, a moderator sees both sets and confirms one, and its volunteer sees the new state', async () => {
    const { couch } = server;
    const volA = await memberBrowser(browserName, couch, 'vol-a');
    sessions.push(volA);
    await reportOnFeed(volA, ['#one-column-item-0', '#one-column-item-2']);
    const volB = await memberBrowser(browserName, couch, 'vol-b');
    sessions.push(volB);
    await reportOnFeed(volB, ['#one-column-item-2', '#one-column-item-3']);
    const [item0, item2, item3] = ['7400000000000000101', '7400000000000000303', '7400000000000000404'];
    await waitForServer(couch, [`report:tiktok:${item0}:vol-a`, `report:tiktok:${item2}:vol-a`, `report:tiktok:${item2}:vol-b`, `report:tiktok:${item3}:vol-b`]);
    expect((await serverIds(couch)).filter((id) => id.startsWith('report:'))).toHaveLength(4);

    const moderator = await memberBrowser(browserName, couch, 'mod-1');
    sessions.push(moderator);
    const queue = await moderator.openExtensionPage('reports.html', '#reports tbody tr[data-report-id]');
    await queue.waitForFunction(() => document.querySelector('#report-count')?.getAttribute('data-count') === '3', { timeout: 15_000 });
    expect(await queue.$eval(`tr[data-report-id="tiktok:${item2}"]`, (tr) => tr.textContent)).toContain('2');

    await queue.click(`tr[data-report-id="tiktok:${item0}"] input[type="checkbox"]`);
    await queue.select('#new-status', 'confirmed');
    await queue.click('#apply-status');
    await queue.waitForSelector(`tr[data-report-id="tiktok:${item0}"] td[data-status="confirmed"]`);
    await waitForServer(couch, [`review:tiktok:${item0}`]);

    const own = await volA.openExtensionPage('reports.html', `tr[data-report-id="tiktok:${item0}"]`);
    await own.bringToFront();
    await own.waitForSelector(`tr[data-report-id="tiktok:${item0}"] td[data-status="confirmed"]`, { timeout: 15_000 });
    expect(await rowStatus(own, `tiktok:${item2}`)).toBe('new');
  }, 120_000);
});
