import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/tiktok-server';

// Long tasks are reported by Chromium's PerformanceObserver; Firefox has no 'longtask' entry type.
describe('a feed that grows by 300 posts at once, in chromium', () => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads and marks every post without a task over 50 ms', async () => {
    const page = await session.browser.newPage();
    await serveTiktokFixtures(page);
    await page.goto('https://www.tiktok.com/following');
    await page.evaluate(() => (window as unknown as { __growFeed(n: number): void }).__growFeed(300));
    await page.waitForFunction(() => document.querySelectorAll('article[data-saring-state]').length === 300, { polling: 100, timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('article saring-badge').length === 225, { polling: 100, timeout: 30_000 });
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(await page.$$eval('article[data-saring-state="flagged"]', (a) => a.length)).toBe(225);
    expect(longTasks).toEqual([]);
    await page.close();
  });
});
