import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveFixtures } from './support/fixture-server';
import { clickToolbarButton } from './support/toolbar-button';

const ARTICLE_URL = 'https://kabarkota.example/politik/relawan-donasi';

describe.each<BrowserName>(['chromium', 'firefox'])('checking an article from the popup, in %s', (browserName) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the article with readability, flags it, and shows the verdict in the popup and on the page', async () => {
    const page = await session.browser.newPage();
    await serveFixtures(page, (url) => (url.href === ARTICLE_URL ? 'web/article/source.html' : null));
    await page.goto(ARTICLE_URL);
    // Only the toolbar click grants activeTab: without it Saring could not read this page at all.
    const popup = await clickToolbarButton(session, browserName, page);
    await popup.waitForSelector('#check-page-button');
    await popup.click('#check-page-button');
    const result = await popup.waitForSelector('#check-result[data-kinds]');
    expect((await result!.evaluate((el) => el.getAttribute('data-kinds')))!.split(' ')).toContain('election_fundraising');

    await page.waitForSelector('html[data-saring-state="flagged"]');
    expect(await page.$eval('saring-article-verdict', (host) => host.shadowRoot?.textContent ?? '')).toContain('Election fundraising');
    expect(await page.$('nav')).not.toBeNull();
  });
});
