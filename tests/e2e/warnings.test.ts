import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';
import { chooseByTyping, exportedReports, shadowText, waitInShadow } from './support/reports';
import { reportPointedPost } from './support/page-tools';

const VIDEO_URL = 'https://www.tiktok.com/@someone/video/7300000000000000001';
const VIDEO_POST = 'div:has(> [data-e2e="browse-video-desc"])';
const FEED_URL = 'https://www.tiktok.com/foryou';

async function open(session: ExtensionBrowser, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await serveTiktokFixtures(page);
  await page.goto(url);
  return page;
}

const inBadge = (post: string, inner: string) => `${post} saring-badge >>> ${inner}`;

describe.each<BrowserName>(['chromium', 'firefox'])('warnings and reports in %s', (browserName) => {
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

  it('reports in one click, undoes it, then reports again with a note, keeping the evidence', async () => {
    const page = await open(session, VIDEO_URL);
    await page.waitForSelector(`${VIDEO_POST}[data-saring-state="flagged"] saring-badge`);
    await page.click(inBadge(VIDEO_POST, 'button.report'));
    await waitInBadge(page, VIDEO_POST, '.toast');
    await page.waitForSelector(`${VIDEO_POST}[data-saring-reported]`);
    expect((await exportedReports(session)).map((r) => r.id)).toEqual(['tiktok:7300000000000000001']);

    await page.click(inBadge(VIDEO_POST, 'button.undo'));
    await waitInBadge(page, VIDEO_POST, '.quiet');
    await page.waitForFunction((post) => !document.querySelector(post)?.hasAttribute('data-saring-reported'), {}, VIDEO_POST);
    expect(await exportedReports(session)).toEqual([]);

    await page.reload();
    await page.waitForSelector(`${VIDEO_POST}[data-saring-state="flagged"] saring-badge`);
    await page.click(inBadge(VIDEO_POST, 'button.report'));
    await waitInBadge(page, VIDEO_POST, '.toast button.link');
    await page.click(inBadge(VIDEO_POST, '.toast button.link'));
    await waitInBadge(page, VIDEO_POST, 'form.note textarea');
    await chooseByTyping(page, inBadge(VIDEO_POST, 'form.note select'), 'Political');
    await page.type(inBadge(VIDEO_POST, 'form.note textarea'), 'dibayar tim sukses');
    await page.click(inBadge(VIDEO_POST, 'form.note button[type="submit"]'));
    await waitInBadge(page, VIDEO_POST, 'form.note [role="status"]');

    const [report] = await exportedReports(session);
    expect(report).toMatchObject({
      id: 'tiktok:7300000000000000001',
      kinds: ['campaign'],
      category: 'political_ad',
      note: 'dibayar tim sukses',
      pageKind: 'video',
      source: 'warning',
      lists: { patterns: { listId: expect.any(String), version: expect.any(Number) } },
      extensionVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
    expect(report.reporterId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.seenAt as number).toBeLessThanOrEqual(report.reportedAt as number);
    expect((report.flags as { score: number }[])[0].score).toBeGreaterThan(0);
  });

  it('shows the reasons with the caption as text, markup and all, and offers the platform and Bawaslu flows', async () => {
    const page = await open(session, VIDEO_URL);
    await page.waitForSelector(`${VIDEO_POST} saring-badge`);
    await page.click(inBadge(VIDEO_POST, 'button.why'));
    await waitInBadge(page, VIDEO_POST, '.reason .caption mark');
    expect(await page.$eval(inBadge(VIDEO_POST, 'button.why'), (b) => b.getAttribute('aria-expanded'))).toBe('true');
    const caption = await page.$eval(inBadge(VIDEO_POST, '.reason .caption'), (p) => p.textContent ?? '');
    expect(caption).toContain('<img src=x onerror="window.__saringXss=1">');
    expect(await page.$$(inBadge(VIDEO_POST, '.reason img'))).toHaveLength(0);
    expect(await page.evaluate(() => (window as { __saringXss?: number }).__saringXss)).toBeUndefined();

    await page.click(inBadge(VIDEO_POST, 'button.report'));
    await waitInBadge(page, VIDEO_POST, '.bridge a');
    const links = await page.$$eval(inBadge(VIDEO_POST, '.bridge a'), (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    expect(links).toEqual([
      [VIDEO_URL, 'noopener noreferrer'],
      ['https://sigaplapor.bawaslu.go.id/', 'noopener noreferrer'],
    ]);
  });

  it('remembers "not a problem" for that post after a reload, and tells moderators', async () => {
    const page = await open(session, FEED_URL);
    await page.waitForSelector('#one-column-item-2[data-saring-state="flagged"] saring-badge');
    // The page's own script reaching into the open shadow root is not the user: its click is refused.
    await page.evaluate(() => document.querySelector<HTMLElement>('#one-column-item-2 saring-badge')!.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!.click());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.$eval('#one-column-item-2', (el) => el.getAttribute('data-saring-state'))).toBe('flagged');
    await page.click(inBadge('#one-column-item-2', 'button.dismiss'));
    await page.waitForSelector('#one-column-item-2[data-saring-state="dismissed"]');
    await page.reload();
    await page.waitForSelector('#one-column-item-3[data-saring-state="flagged"]');
    await page.waitForSelector('#one-column-item-2[data-saring-state="dismissed"]');
    expect(await page.$$('#one-column-item-2 saring-badge')).toHaveLength(0);
    expect(await page.$('#one-column-item-0[data-saring-state="flagged"]')).not.toBeNull();

    const reports = await session.openExtensionPage('reports.html', '#disputes li');
    expect(await reports.$eval('#disputes li', (li) => li.getAttribute('data-post-key'))).toBe('tiktok:7400000000000000303');
  });

  it('reports a post Saring did not flag, from the context menu, as the category the user picks', async () => {
    const page = await open(session, FEED_URL);
    await page.waitForSelector('#one-column-item-1[data-saring-state="scanned"]');
    await page.click('#one-column-item-1 [data-e2e="video-desc"]', { button: 'right' });
    await reportPointedPost(session, browserName, page);
    await waitInShadow(page, '#one-column-item-1 saring-report-picker', 'button[data-category="hoax"]');
    await page.click('#one-column-item-1 saring-report-picker >>> button[data-category="hoax"]');
    await waitInShadow(page, '#one-column-item-1 saring-report-picker', '.toast');
    const reports = await exportedReports(session);
    const reported = reports.find((r) => String(r.captionSnapshot).startsWith('Resep rendang'));
    expect(reported).toMatchObject({ kinds: [], category: 'hoax', source: 'menu', flags: [] });
    expect(await shadowText(page, '#one-column-item-1 saring-report-picker', '.toast')).not.toBe('');
  });
});
