import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { openPopupFor, textOf } from './support/popup';
import { serveTiktokFixtures } from './support/fixture-server';

const FEED_URL = 'https://www.tiktok.com/following';
// Three captions in four are election posts that Saring flags (see the fixture's caption list).
const FLAGGED_SHARE = 3 / 4;

async function openFeed(session: ExtensionBrowser): Promise<Page> {
  const page = await session.browser.newPage();
  await serveTiktokFixtures(page);
  await page.goto(FEED_URL);
  return page;
}

/** Closes every page but the first blank one, so a failed test leaves no feed behind for the popup to find. */
async function closeOpenedPages(session: ExtensionBrowser): Promise<void> {
  const pages = await session.browser.pages();
  await Promise.all(pages.slice(1).map((p) => p.close().catch(() => undefined)));
}

const markedCount = (page: Page) => page.$$eval('article[data-saring-state]', (a) => a.length);

describe.each<BrowserName>(['chromium', 'firefox'])('long feeds in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await closeOpenedPages(session);
  });

  it('scans all 300 posts of a feed that grows page by page as it scrolls, and the popup counts them', async () => {
    const page = await openFeed(session);
    await page.evaluate(() => (window as unknown as { __scrollFeed(size: number, max: number): void }).__scrollFeed(20, 300));
    for (let i = 0; i < 200 && (await page.$$eval('article', (a) => a.length)) < 300; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await page.$$eval('article', (a) => a.length)).toBe(300);
    await page.waitForFunction(() => document.querySelectorAll('article[data-saring-state]').length === 300, { polling: 100, timeout: 30_000 });
    expect(await page.$$eval('article[data-saring-state="flagged"]', (a) => a.length)).toBe(300 * FLAGGED_SHARE);

    const popup = await openPopupFor(session, 'tiktok');
    expect(await textOf(popup, '#page-platform')).toBe('TikTok');
    expect(await popup.$eval('#page-counts', (el) => [el.getAttribute('data-scanned'), el.getAttribute('data-flagged')])).toEqual(['300', String(300 * FLAGGED_SHARE)]);
    await popup.close();
    await page.close();
  });

  it('says in the popup and the health log when a feed shows no posts it can read', async () => {
    const page = await openFeed(session);
    // The fixture shows no posts until told to: after the page settles (10 s), Saring calls it unreadable.
    const popup = await openPopupFor(session, 'tiktok');
    await popup.waitForSelector('#page-health[data-health="broken"]', { timeout: 20_000 });
    expect(await textOf(popup, '#page-health')).toContain("TikTok's page layout may have changed");
    const reports = await session.openExtensionPage('reports.html', '#health-log li[data-problem="no-posts"]');
    expect(await textOf(reports, '#health-log li')).toContain('/following');
    await Promise.all([reports.close(), popup.close(), page.close()]);
  });
});

// Long tasks are reported by Chromium's PerformanceObserver; Firefox has no 'longtask' entry type.
describe('a feed that grows by 300 posts at once, in chromium', () => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads and marks every post without a task over 50 ms, and badges each flagged post as it nears the screen', async () => {
    const page = await openFeed(session);
    await page.evaluate(() => (window as unknown as { __growFeed(n: number): void }).__growFeed(300));
    await page.waitForFunction(() => document.querySelectorAll('article[data-saring-state]').length === 300, { polling: 100, timeout: 30_000 });
    expect(await page.$$eval('article[data-saring-state="flagged"]', (a) => a.length)).toBe(300 * FLAGGED_SHARE);
    // Badges go only on posts near the screen: those far below wait until the reader gets there.
    await page.waitForFunction(() => document.querySelector('#one-column-item-0 saring-badge') !== null, { polling: 100 });
    const badgesBeforeScrolling = await page.$$eval('article saring-badge', (b) => b.length);
    expect(badgesBeforeScrolling).toBeLessThan(300 * FLAGGED_SHARE);
    await page.evaluate(() => document.querySelector('#one-column-item-299')!.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('#one-column-item-299 saring-badge') !== null, { polling: 100, timeout: 10_000 });
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(await markedCount(page)).toBe(300);
    expect(longTasks).toEqual([]);
    await page.close();
  });
});
