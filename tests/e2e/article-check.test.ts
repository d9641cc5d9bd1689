import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browsers';
import { serveFixtures } from './support/fixture-server';

const ARTICLE_URL = 'https://kabarkota.example/politik/relawan-donasi';

// Only a click on Saring's toolbar button grants activeTab, and only Chromium lets
// puppeteer make that click (Page.triggerExtensionAction); Firefox's remote protocol
// has no equivalent, so this check runs in Chromium.
describe('checking an article from the popup, in chromium', () => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the article with readability, flags it, and shows the verdict in the popup and on the page', async () => {
    const page = await session.browser.newPage();
    await serveFixtures(page, (url) => (url.href === ARTICLE_URL ? 'web/article/source.html' : null));
    await page.goto(ARTICLE_URL);
    await page.bringToFront();
    const [saring] = (await session.browser.extensions()).values();
    await page.triggerExtensionAction(saring);
    const popupTarget = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    const popup = (await popupTarget.asPage())!;
    await popup.waitForSelector('#check-page-button');
    await popup.click('#check-page-button');
    const result = await popup.waitForSelector('#check-result[data-kinds]');
    expect((await result!.evaluate((el) => el.getAttribute('data-kinds')))!.split(' ')).toContain('election_fundraising');

    await page.waitForSelector('html[data-saring-state="flagged"]');
    expect(await page.$eval('saring-article-verdict', (host) => host.shadowRoot?.textContent ?? '')).toContain('Penggalangan dana pemilu');
    expect(await page.$('nav')).not.toBeNull();
  });
});
