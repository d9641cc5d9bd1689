import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { waitInBadge } from './support/shadow';
import { serveTiktokFixtures } from './support/fixture-server';

const VIDEO_URL = 'https://www.tiktok.com/@someone/video/7300000000000000001';
const FEED_URL = 'https://www.tiktok.com/foryou';

async function openTiktok(session: ExtensionBrowser, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await serveTiktokFixtures(page);
  await page.goto(url);
  return page;
}

const stateOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => [el.getAttribute('data-saring-state'), el.getAttribute('data-saring-kinds')]);

// Firefox's BiDi reports moz-extension:// tabs as about:blank, so each page is asked its own address.
async function findPage(session: ExtensionBrowser, url: string): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no page opened at ${url}`);
}

async function readExport(page: Page): Promise<{ count: number; reports: Record<string, unknown>[] }> {
  await page.click('#export-json');
  await page.waitForSelector('#export-link');
  const text = await page.$eval('#export-link', async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
  return JSON.parse(text);
}

describe.each<BrowserName>(['chromium', 'firefox'])('thin slice in %s', (browserName) => {
  let session: ExtensionBrowser;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('flags a campaign post on a video page, reports it, and lists and exports the report', async () => {
    const page = await openTiktok(session, VIDEO_URL);
    const post = 'div:has(> [data-e2e="browse-video-desc"])';
    await page.waitForSelector(`${post}[data-saring-state="flagged"]`);
    expect(await stateOf(page, post)).toEqual(['flagged', 'campaign']);

    await page.click(`${post} saring-badge >>> button.why`);
    await waitInBadge(page, post, '.reason mark');
    const marked = await page.$$eval(`${post} saring-badge >>> .reason .caption mark`, (marks) => marks.map((m) => m.textContent));
    expect(marked.join(' ')).toMatch(/coblos/i);
    await page.click(`${post} saring-badge >>> button.report`);
    await waitInBadge(page, post, '.toast');

    const reports = await session.openExtensionPage('reports.html', 'tr[data-report-id="tiktok:7300000000000000001"]');
    const row = await reports.$eval('tr[data-report-id="tiktok:7300000000000000001"]', (tr) => tr.textContent);
    expect(row).toContain('@someone');
    expect(row).toContain('Campaign content');

    const exported = await readExport(reports);
    expect(exported.count).toBe(1);
    expect(exported.reports[0]).toMatchObject({
      platform: 'tiktok',
      postId: '7300000000000000001',
      permalink: VIDEO_URL,
      authorHandle: 'someone',
      kinds: ['campaign'],
      status: 'new',
    });
    expect(exported.reports[0].captionSnapshot).toContain('Ayo coblos paslon nomor urut 1');
    await Promise.all([page.close(), reports.close()]);
  });

  it("flags a paid partnership that only the page's JSON reveals, parsed in the background", async () => {
    const page = await openTiktok(session, 'https://www.tiktok.com/@kreator.kota/video/7404000000000000001');
    const post = 'div:has(> [data-e2e="browse-video-desc"])';
    // The DOM shows a campaign caption and no ad label; adAuthorization in the page JSON makes it a political ad.
    await page.waitForSelector(`${post}[data-saring-kinds="political_ad"]`);
    await page.close();
  });

  it('shows markup inside a caption as text, on the page and in the reports, and runs none of it', async () => {
    const page = await openTiktok(session, VIDEO_URL);
    await page.waitForSelector('[data-saring-state="flagged"]');
    expect(await page.evaluate(() => (window as { __saringXss?: number }).__saringXss)).toBeUndefined();
    expect(await page.$$('saring-badge >>> img, saring-badge >>> script')).toHaveLength(0);

    const reports = await session.openExtensionPage('reports.html', 'td.caption');
    const caption = await reports.$eval('td.caption', (td) => td.textContent);
    expect(caption).toContain('<img src=x onerror="window.__saringXss=1">');
    expect(caption).toContain('<script>window.__saringXss=2</script>');
    expect(await reports.$$('td.caption img, td.caption script')).toHaveLength(0);
    expect(await reports.evaluate(() => (window as { __saringXss?: number }).__saringXss)).toBeUndefined();
    await Promise.all([page.close(), reports.close()]);
  });

  it('reads every post of a For You feed, including one that arrives late, and flags only the political ones', async () => {
    const page = await openTiktok(session, FEED_URL);
    await page.waitForSelector('#one-column-item-3[data-saring-state="flagged"]');
    expect(await stateOf(page, '#one-column-item-0')).toEqual(['flagged', 'election_fundraising']);
    expect(await stateOf(page, '#one-column-item-1')).toEqual(['scanned', null]);
    expect(await stateOf(page, '#one-column-item-2')).toEqual(['flagged', 'political_ad']);
    expect(await stateOf(page, '#one-column-item-3')).toEqual(['flagged', 'campaign']);
    expect(await page.$$('#one-column-item-1 saring-badge')).toHaveLength(0);

    // Reported twice, once before and once after a reload: it must be stored once.
    for (let round = 0; round < 2; round++) {
      if (round > 0) await page.reload();
      await page.waitForSelector('#one-column-item-2[data-saring-state="flagged"] saring-badge');
      await page.click('#one-column-item-2 saring-badge >>> button.report');
      await waitInBadge(page, '#one-column-item-2', '.toast');
    }

    const reports = await session.openExtensionPage('reports.html', 'tr[data-report-id="tiktok:7400000000000000303"]');
    const exported = await readExport(reports);
    const ids = exported.reports.map((r) => r.id);
    expect(ids).toContain('tiktok:7400000000000000303');
    expect(ids.filter((id) => id === 'tiktok:7400000000000000303')).toHaveLength(1);
    expect(exported.reports.find((r) => r.id === 'tiktok:7400000000000000303')).toMatchObject({
      kinds: ['political_ad'],
      authorHandle: 'media.pemenangan',
    });
    await Promise.all([page.close(), reports.close()]);
  });

  it('says in the popup that posts are being checked, and opens the reports page from it', async () => {
    const popup = await session.openExtensionPage('popup.html', '#open-reports');
    await popup.waitForFunction(() => document.querySelector('#engine-status')?.textContent?.includes('Active'), { polling: 50 });
    expect(await popup.$eval('#engine-status', (p) => p.textContent)).toMatch(/Active: \d{3,} patterns/);
    await popup.click('#open-reports');
    const reports = await findPage(session, `${session.extensionBase}reports.html`);
    await reports.waitForSelector('#report-count');
    expect(await reports.$eval('h1', (h) => h.textContent)).toContain('Saring reports');
    await reports.close();
  });
});
