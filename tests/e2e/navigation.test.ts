import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveFixtures } from './support/fixture-server';
import { openPopupFor, textOf } from './support/popup';
import { navigate, singlePageApp } from './support/spa-page';

const VIDEO_PATH = '/@someone/video/7300000000000000001';
const tiktok = singlePageApp(
  { '/foryou': 'tiktok/foryou/source.html', [VIDEO_PATH]: 'tiktok/video/source.html', '/search': 'tiktok/search/source.html' },
  'TikTok',
);

async function popupSays(session: ExtensionBrowser, pageKind: string, scanned: string): Promise<void> {
  const popup = await openPopupFor(session, 'tiktok');
  // The content script learns of a pushState within WXT's location poll (1 s); the popup refreshes every second.
  await popup.waitForFunction(
    (kind, count) => document.querySelector('#page-kind')?.getAttribute('data-kind') === kind && document.querySelector('#page-counts')?.getAttribute('data-scanned') === count,
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
    await serveFixtures(page, (url) => (url.hostname === 'www.tiktok.com' ? { html: tiktok } : null));
    await page.goto('https://www.tiktok.com/foryou');
    await page.waitForFunction(() => document.querySelectorAll('article[data-saring-state]').length === 3, { polling: 100 });
    const feedKinds = await page.$$eval('article', (items) => items.map((a) => a.getAttribute('data-saring-kinds')));
    expect(feedKinds).toEqual(['election_fundraising', null, 'political_ad']);
    await popupSays(session, 'feed', '3');

    await navigate(page, VIDEO_PATH);
    const videoPost = 'div:has(> [data-e2e="browse-video-desc"])';
    await page.waitForSelector(`${videoPost}[data-saring-state="flagged"]`);
    expect(await page.$eval(videoPost, (el) => el.getAttribute('data-saring-kinds'))).toBe('campaign');
    await popupSays(session, 'video', '1');

    await navigate(page, '/search?q=coblos');
    await page.waitForFunction(() => document.querySelectorAll('[data-e2e="search_top-item-list"] > div[data-saring-state]').length === 3, { polling: 100 });
    expect(await page.$$eval('[data-e2e="search_top-item-list"] > div', (d) => d.map((x) => x.getAttribute('data-saring-kinds')))).toEqual([null, 'campaign', null]);
    await popupSays(session, 'search', '3');
    await page.close();
  });
});
