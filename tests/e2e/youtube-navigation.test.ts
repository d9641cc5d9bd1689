import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveFixtures } from './support/fixture-server';
import { openPopupFor, textOf } from './support/popup';
import { navigate, singlePageApp } from './support/spa-page';

const youtube = singlePageApp({ '/': 'youtube/home/source.html', '/watch': 'youtube/watch/source.html' }, 'YouTube');

describe.each<BrowserName>(['chromium', 'firefox'])('YouTube home to watch page in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('flags feed items on the home page, then the watch page after single-page navigation', async () => {
    const page = await session.browser.newPage();
    await serveFixtures(page, (url) => (url.hostname === 'www.youtube.com' ? { html: youtube } : null));
    await page.goto('https://www.youtube.com/');
    await page.waitForFunction(() => document.querySelectorAll('ytd-rich-item-renderer[data-saring-state]').length === 3, { polling: 100 });
    const kinds = await page.$$eval('ytd-rich-item-renderer', (items) => items.map((i) => i.getAttribute('data-saring-kinds')));
    expect(kinds).toEqual(['campaign', null, 'political_ad']);

    await navigate(page, '/watch?v=DebatCapr2x');
    await page.waitForSelector('ytd-watch-flexy[data-saring-state="flagged"]');
    expect(await page.$eval('ytd-watch-flexy', (el) => el.getAttribute('data-saring-kinds'))).toBe('political_ad');
    // The warning sits with the title and description, never over the player's controls.
    expect(await page.$('ytd-watch-metadata > saring-badge')).not.toBeNull();
    expect(await page.$('#player saring-badge')).toBeNull();

    const popup = await openPopupFor(session, 'youtube');
    await popup.waitForFunction(() => document.querySelector('#page-kind')?.getAttribute('data-kind') === 'video', { polling: 100, timeout: 10_000 });
    expect(await textOf(popup, '#page-platform')).toBe('YouTube');
    await Promise.all([popup.close(), page.close()]);
  });
});
