import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { openPopupFor, textOf } from './support/popup';
import { serveFixtures } from './support/tiktok-server';

const navigate = (page: Page, path: string) => page.evaluate((p) => (window as unknown as { __navigate(p: string): void }).__navigate(p), path);

async function popupSays(session: ExtensionBrowser, pageKind: string, scanned: string): Promise<void> {
  const popup = await openPopupFor(session, 'tiktok');
  // The content script learns of a pushState within WXT's location poll (1 s); the popup refreshes every second.
  await popup.waitForFunction(
    (kind, count) => document.querySelector('#page-kind')?.textContent === kind && document.querySelector('#posts-scanned')?.textContent === count,
    { polling: 100, timeout: 10_000 },
    pageKind,
    scanned,
  );
  expect(await textOf(popup, '#page-platform')).toBe('TikTok');
  await popup.close();
}

describe.each<BrowserName>(['chromium', 'firefox'])('single-page navigation on TikTok in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the feed, then the video page, then search results, without a reload', async () => {
    const page = await session.browser.newPage();
    await serveFixtures(page, (url) => (url.hostname === 'www.tiktok.com' ? 'spa/tiktok-navigation.html' : null));
    await page.goto('https://www.tiktok.com/foryou');
    await page.waitForFunction(() => document.querySelectorAll('article[data-saring-state]').length === 2, { polling: 100 });
    expect(await page.$eval('#one-column-item-0', (a) => a.getAttribute('data-saring-kinds'))).toBe('campaign');
    await popupSays(session, 'Beranda · Feed', '2');

    await navigate(page, '/@tim.pemenangan/video/7405000000000000009');
    const videoPost = 'div:has(> [data-e2e="browse-video-desc"])';
    await page.waitForSelector(`${videoPost}[data-saring-state="flagged"]`);
    expect(await page.$eval(videoPost, (el) => el.getAttribute('data-saring-kinds'))).toContain('election_fundraising');
    await popupSays(session, 'Halaman video · Video page', '1');

    await navigate(page, '/search?q=coblos');
    await page.waitForFunction(() => document.querySelectorAll('[data-e2e="search_top-item-list"] > div[data-saring-state]').length === 2, { polling: 100 });
    await popupSays(session, 'Hasil pencarian · Search results', '2');
    await page.close();
  });
});
