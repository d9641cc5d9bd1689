import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/fixture-server';
import { chooseByTyping, exportedReports, shadowText, waitInShadow } from './support/reports';
import { turnOnBulkMode } from './support/page-tools';

const FEED_URL = 'https://www.tiktok.com/following';
const BAR = 'saring-bulk-bar';

/** The long feed with `count` posts on the page at once, every one read by Saring. */
async function openFeedWith(session: ExtensionBrowser, count: number): Promise<Page> {
  const page = await session.browser.newPage();
  await serveTiktokFixtures(page);
  await page.goto(FEED_URL);
  await page.evaluate((n) => (window as unknown as { __growFeed(n: number): void }).__growFeed(n), count);
  await page.waitForFunction((n) => document.querySelectorAll('article[data-saring-state]').length >= n, { polling: 100, timeout: 30_000 }, count);
  // Keys the page itself hears, as the platform's own shortcuts would.
  await page.evaluate(() => {
    const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
    window.addEventListener('keydown', (e) => heard.push(e.key));
  });
  return page;
}

const heardKeys = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
const barSays = (page: Page, text: string) =>
  page.waitForFunction((host, t) => document.querySelector(host)?.shadowRoot?.textContent?.includes(t), { polling: 100, timeout: 15_000 }, BAR, text);

describe.each<BrowserName>(['chromium', 'firefox'])('bulk mode in %s', (browserName) => {
  // A fresh profile for each test: the counts of stored reports are the point.
  let session: ExtensionBrowser;
  beforeEach(async () => {
    session = await launchWithExtension(browserName);
  });
  afterEach(async () => {
    await session?.close();
  });

  it('flags 50 posts with the keyboard alone, storing each once, and leaves the keys to the page while off', async () => {
    const page = await openFeedWith(session, 80);
    await page.bringToFront();
    await page.keyboard.press('j');
    expect(await heardKeys(page)).toEqual(['j']); // bulk mode off: the platform gets its keys

    await turnOnBulkMode(session, browserName, page);
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('j');
      await page.keyboard.press('x');
    }
    await barSays(page, '50 selected');
    await page.keyboard.press('r');
    await barSays(page, '50 posts reported.');
    expect(await heardKeys(page)).toEqual(['j']); // bulk mode on: j, x and r were Saring's alone

    const reports = await exportedReports(session);
    expect(reports).toHaveLength(50);
    expect(new Set(reports.map((r) => r.id)).size).toBe(50);
    expect(reports.every((r) => r.source === 'bulk' && r.category === 'political_ad')).toBe(true);
    expect(await page.$$eval('article[data-saring-reported]', (a) => a.length)).toBe(50);
    expect(await shadowText(page, BAR, '.today')).toContain('50');
  });

  it('selects every flagged post on the page, reports them as one category, and undoes the lot', async () => {
    const page = await openFeedWith(session, 200);
    await turnOnBulkMode(session, browserName, page);
    const flagged = await page.$$eval('article[data-saring-state="flagged"]', (a) => a.length);
    expect(flagged).toBe(150);
    await page.click(`${BAR} >>> button.select-flagged`);
    await barSays(page, `${flagged} selected`);
    await chooseByTyping(page, `${BAR} >>> select.category`, 'Election');
    if (browserName === 'chromium') await page.evaluate(() => void (window as unknown as { __longTasks: unknown[] }).__longTasks.splice(0));
    await page.click(`${BAR} >>> button.report`);
    await barSays(page, `${flagged} posts reported.`);

    const reports = await exportedReports(session);
    expect(reports).toHaveLength(flagged);
    expect(reports.every((r) => r.category === 'election_fundraising')).toBe(true);
    if (browserName === 'chromium') {
      // The page stays responsive while 150 reports are stored: no task over 50 ms.
      expect(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)).toEqual([]);
    }

    await waitInShadow(page, BAR, 'button.undo');
    await page.click(`${BAR} >>> button.undo`);
    await barSays(page, 'Report withdrawn.');
    expect(await exportedReports(session)).toEqual([]);
  });
});
