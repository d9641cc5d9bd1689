import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';

const shownCount = (page: Page) => page.$eval('#report-count', (p) => Number(p.getAttribute('data-shown')));
const waitShown = (page: Page, n: number) => page.waitForFunction((want) => document.querySelector('#report-count')?.getAttribute('data-shown') === String(want), { polling: 50, timeout: 10_000 }, n);

describe.each<BrowserName>(['chromium', 'firefox'])('the moderation queue in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('filters the reports, changes a review state with its history, and searches their text', async () => {
    const feed = await session.browser.newPage();
    await serveTiktokFixtures(feed);
    await feed.goto('https://www.tiktok.com/foryou');
    for (const item of ['#one-column-item-0', '#one-column-item-2', '#one-column-item-3']) {
      await feed.waitForSelector(`${item} saring-badge`);
      await feed.click(`${item} saring-badge >>> button.report`);
      await waitInBadge(feed, item, '.toast');
    }

    const reports = await session.openExtensionPage('reports.html', '#reports tbody tr[data-report-id]');
    expect(await shownCount(reports)).toBe(3);
    await reports.select('#filter-category', 'political_ad');
    await waitShown(reports, 1);
    const id = await reports.$eval('#reports tbody tr[data-report-id]', (tr) => tr.getAttribute('data-report-id'));
    expect(id).toBe('tiktok:7400000000000000303');

    await reports.click(`tr[data-report-id="${id}"] input[type="checkbox"]`);
    await reports.select('#new-status', 'confirmed');
    await reports.click('#apply-status');
    await reports.waitForSelector(`tr[data-report-id="${id}"] td[data-status="confirmed"]`);
    await reports.click(`tr[data-report-id="${id}"] button.open`);
    await reports.waitForSelector('#evidence #history li');
    expect(await reports.$eval('#evidence #history li', (li) => li.textContent)).toMatch(/New → Confirmed/);
    expect(await reports.$$('#evidence mark')).not.toHaveLength(0);

    await reports.select('#filter-category', '');
    await reports.select('#filter-status', 'confirmed');
    await waitShown(reports, 1);
    await reports.select('#filter-status', '');
    await reports.type('#filter-text', 'donasi');
    await waitShown(reports, 1);
    expect(await reports.$eval('#reports tbody tr[data-report-id]', (tr) => tr.getAttribute('data-report-id'))).toBe('tiktok:7400000000000000101');
    await Promise.all([feed.close(), reports.close()]);
  });
});
