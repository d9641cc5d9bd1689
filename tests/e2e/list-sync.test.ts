import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { readFixture, serveFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';
import { openPopupFor, textOf } from './support/popup';
import { startListServer, type ListServer } from '../unit/support/list-server';
import { hoaxEntry, hoaxList, makePublisher, type Publisher } from '../unit/support/signed-lists';

// A claim of this test's own, in no bundled list: only a synced list can make Saring know it.
const CAMERA = hoaxEntry('uji-kamera', 'Bilik suara di Kecamatan Sukamaju dipasangi kamera tersembunyi untuk merekam pilihan warga');
const OTHER = hoaxEntry('uji-lain', 'Kertas suara cadangan dibakar diam-diam oleh panitia kelurahan sebelum hari pencoblosan');
const CAPTION = 'Hati-hati! bilik suara di Kecamatan Sukamaju dipasangi kamera tersembunyi untuk merekam pilihan warga, sebarkan';
const VIDEO_URL = 'https://www.tiktok.com/@penyebar/video/7300000000000000777';
const POST = 'div:has(> [data-e2e="browse-video-desc"])';

/** The TikTok video page fixture with this test's caption, at its real address. */
function hoaxVideoPage(): string {
  return readFixture('tiktok/video/source.html')
    .replaceAll('7300000000000000001', '7300000000000000777')
    .replace(/<span data-e2e="new-desc-span">[^<]*<\/span>/, `<span data-e2e="new-desc-span">${CAPTION} </span>`)
    .replace(/"desc":"[^"]*"/, `"desc":"${CAPTION} #pemilu2024"`);
}

async function openVideo(session: ExtensionBrowser, read = true): Promise<Page> {
  const page = await session.browser.newPage();
  await serveFixtures(page, (url) => (url.hostname === 'www.tiktok.com' ? { html: hoaxVideoPage() } : null));
  await page.goto(VIDEO_URL);
  if (read) await page.waitForSelector(`${POST}[data-saring-state]`);
  return page;
}

const kindsOf = (page: Page) => page.$eval(POST, (el) => el.getAttribute('data-saring-kinds') ?? '');

describe.each<BrowserName>(['chromium', 'firefox'])('synced hoax lists in %s', (browserName) => {
  let session: ExtensionBrowser;
  let server: ListServer;
  let publisher: Publisher;
  beforeAll(async () => {
    server = await startListServer();
    publisher = await makePublisher();
    session = await launchWithExtension(browserName, { hostPermissions: ['http://127.0.0.1/*'] });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const card = () => `[data-list-id="sub:${server.url}"]`;

  it('flags a post once version 2 carries its claim, without a reload, and keeps version 2 against a tampered version 3', async () => {
    server.serve(await publisher.sign(hoaxList(1, [OTHER])));
    const options = await session.openExtensionPage('options.html', '#add-list');
    await options.type('#list-url', server.url);
    await options.type('#list-key', publisher.publicKey);
    await options.click('#list-add');
    await options.waitForSelector(`${card()}[data-version="1"]`);

    const video = await openVideo(session);
    expect(await kindsOf(video)).not.toContain('hoax');

    server.serve(await publisher.sign(hoaxList(2, [OTHER, CAMERA])));
    // Chromium does not run a hidden tab's frames, and a click waits for one.
    await options.bringToFront();
    await options.click('#lists-update-now');
    await options.waitForSelector(`${card()}[data-version="2"][data-entries="2"]`);
    // Back on the video's tab, as a person would be: Chromium holds a hidden tab's work until then.
    await video.bringToFront();
    await video.waitForFunction((post) => document.querySelector(post)?.getAttribute('data-saring-kinds')?.includes('hoax'), {}, POST);
    // The hoax warning itself: the video blurred, and Why? names the claim with its fact-check.
    await video.waitForSelector(`[id^="xgwrapper-"][data-saring-blurred]`);
    await video.click(`${POST} saring-badge >>> button.why`);
    await waitInBadge(video, POST, '.hoax a[href]');
    expect(await video.$eval(`${POST} saring-badge >>> .hoax a`, (a) => a.getAttribute('href'))).toBe('https://cekfakta.example/uji-kamera');
    expect(await video.$eval(`${POST} saring-badge >>> .hoax`, (el) => el.textContent)).toContain(CAMERA.claim);

    server.serve((await publisher.sign(hoaxList(3, [OTHER]))).replace('dibakar diam-diam', 'disimpan rapi'));
    await options.bringToFront();
    await options.click('#lists-update-now');
    await options.waitForSelector(`${card()}[data-problem="bad-signature"][data-version="2"]`);
    expect(await options.$eval(`${card()} .list-error`, (el) => el.textContent)).toMatch(/signature/i);
    await video.bringToFront();
    await video.reload();
    await video.waitForFunction((post) => document.querySelector(post)?.getAttribute('data-saring-kinds')?.includes('hoax'), {}, POST);
  });

  it('pauses Saring on a platform a list switches off, telling the popup why, until a list lifts it', async () => {
    const off = { platform: 'tiktok' as const, untilVersion: '99.0.0', reason: 'TikTok changed its video page' };
    server.serve(await publisher.sign(hoaxList(10, [OTHER, CAMERA], { disabledAdapters: [off] })));
    const options = await session.openExtensionPage('options.html', `${card()}[data-version]`);
    await options.click('#lists-update-now');
    await options.waitForSelector(`${card()}[data-version="10"] .list-switch-off`);

    const video = await openVideo(session, false);
    const popup = await openPopupFor(session, 'tiktok', '#platform-off');
    expect(await textOf(popup, '#platform-off')).toContain('99.0.0');
    expect(await textOf(popup, '#platform-off')).toContain(off.reason);
    // Paused: the post is not read, so nothing on it is marked.
    expect(await video.$eval(POST, (el) => el.hasAttribute('data-saring-state'))).toBe(false);

    server.serve(await publisher.sign(hoaxList(11, [OTHER, CAMERA])));
    await options.bringToFront();
    await options.click('#lists-update-now');
    await options.waitForSelector(`${card()}[data-version="11"]`);
    await video.bringToFront();
    await video.waitForFunction((post) => document.querySelector(post)?.getAttribute('data-saring-kinds')?.includes('hoax'), {}, POST);
  });
});
