import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { readFixture, serveFixtures, serveTiktokFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';

const SCREENSHOTS = resolve('tests/e2e/__screenshots__');
const VIDEO_URL = 'https://www.tiktok.com/@someone/video/7300000000000000001';
const VIDEO_POST = 'div:has(> [data-e2e="browse-video-desc"])';
const badgeText = (page: Page, post: string) => page.$eval(`${post} saring-badge`, (host) => host.shadowRoot?.textContent ?? '');

// The platforms' own dark modes: YouTube marks the root with `dark`, TikTok with data-theme.
// Set once the parser has made the root element, before Saring's content script runs (document_idle).
const DARK_PAGE = `
  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.setAttribute('dark', '');
    document.documentElement.setAttribute('data-theme', 'dark');
    const style = document.createElement('style');
    style.textContent = 'html, body, ytd-app, #app { background: #0f0f0f !important; color: #f1f1f1 !important; }';
    document.head.append(style);
  });`;

async function setLanguage(session: ExtensionBrowser, language: 'id' | 'en' | 'browser'): Promise<void> {
  const options = await session.openExtensionPage('options.html', '#language');
  await options.select('#language', language);
  await options.waitForSelector('[role="status"]');
  await options.close();
}

/** A picture of the badge and what is around it, for people to look at; nothing is compared. */
async function shoot(page: Page, host: string, name: string): Promise<void> {
  const box = await (await page.waitForSelector(host))!.boundingBox();
  if (!box) throw new Error(`${host} is not on screen`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const margin = 24;
  await page.screenshot({
    path: `${SCREENSHOTS}/${name}.png`,
    clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: Math.min(box.width + margin * 2, 900), height: box.height + margin * 2 + 120 },
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('the overlay in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    const pages = await session.browser.pages();
    await Promise.all(pages.slice(1).map((p) => p.close().catch(() => undefined)));
  });

  it('speaks the language chosen in the settings, and changes it on an open page without a reload', async () => {
    await setLanguage(session, 'id');
    const page = await session.browser.newPage();
    await serveTiktokFixtures(page);
    await page.goto(VIDEO_URL);
    await page.waitForSelector(`${VIDEO_POST} saring-badge`);
    expect(await badgeText(page, VIDEO_POST)).toContain('Laporkan');
    expect(await badgeText(page, VIDEO_POST)).toContain('Kenapa?');
    expect(await badgeText(page, VIDEO_POST)).toContain('Konten kampanye');

    await setLanguage(session, 'en');
    await page.waitForFunction(
      (post) => document.querySelector(`${post} saring-badge`)?.shadowRoot?.textContent?.includes('Campaign content'),
      { polling: 100, timeout: 10_000 },
      VIDEO_POST,
    );
    expect(await badgeText(page, VIDEO_POST)).toContain('Not a problem');
    await setLanguage(session, 'browser');
  });

  it.runIf(browserName === 'chromium')('is photographed on a TikTok feed, a YouTube watch page and Shorts, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const feed = await session.browser.newPage();
      await feed.setViewport({ width: 1000, height: 900 });
      if (theme === 'dark') await feed.evaluateOnNewDocument(DARK_PAGE);
      await serveTiktokFixtures(feed);
      await feed.goto('https://www.tiktok.com/foryou');
      await feed.waitForSelector('#one-column-item-0 saring-badge');
      await feed.click('#one-column-item-0 saring-badge >>> button.why');
      await waitInBadge(feed, '#one-column-item-0', '.reasons');
      expect(await feed.$eval('#one-column-item-0 saring-badge', (h) => h.getAttribute('data-theme'))).toBe(theme === 'dark' ? 'dark' : null);
      await shoot(feed, '#one-column-item-0 saring-badge', `tiktok-feed-${theme}`);

      const watch = await session.browser.newPage();
      await watch.setViewport({ width: 1000, height: 900 });
      if (theme === 'dark') await watch.evaluateOnNewDocument(DARK_PAGE);
      await serveFixtures(watch, (url) => (url.pathname === '/watch' ? 'youtube/watch/source.html' : null));
      await watch.goto('https://www.youtube.com/watch?v=DebatCapr2x');
      await watch.waitForSelector('ytd-watch-metadata > saring-badge');
      await shoot(watch, 'ytd-watch-metadata > saring-badge', `youtube-watch-${theme}`);
    }

    // The Shorts fixture's short is about voter rolls, which Saring leaves alone; this one campaigns.
    const campaigningShort = readFixture('youtube/shorts/source.html').replace(/Cara cek nama kamu di DPT online, biar tanggal 14 bisa ke TPS/g, 'Ayo coblos nomor urut 2 tanggal 14, menang satu putaran');
    const shorts = await session.browser.newPage();
    await shorts.setViewport({ width: 1000, height: 900 });
    await serveFixtures(shorts, (url) => (url.pathname.startsWith('/shorts/') ? { html: campaigningShort } : null));
    await shorts.goto('https://www.youtube.com/shorts/CekDptKpu24');
    await shorts.waitForSelector('ytd-reel-video-renderer[is-active] saring-badge');
    await shoot(shorts, 'ytd-reel-video-renderer[is-active] saring-badge', 'youtube-shorts-light');
  });
});
