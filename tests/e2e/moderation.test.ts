import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { serveTiktokFixtures } from './support/fixture-server';
import { waitInBadge } from './support/shadow';
import { downloadExport } from './support/reports';

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

  it('draws the overview, and deletes a report only after asking, with a way back', async () => {
    const page = await session.openExtensionPage('reports.html', '#overview');
    const counts = await page.$$eval('#chart-kinds g', (gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-key'), Number(g.getAttribute('data-count'))])));
    expect(counts).toEqual({ political_ad: 1, election_fundraising: 1, campaign: 1 });
    expect(await page.$$eval('#chart-platforms g', (gs) => gs.map((g) => [g.getAttribute('data-key'), g.getAttribute('data-count')]))).toEqual([['tiktok', '3']]);
    expect(await page.$$eval('#top-authors li', (lis) => lis.length)).toBe(3);

    await page.click('tr[data-report-id="tiktok:7400000000000000101"] input[type="checkbox"]');
    await page.click('#delete-selected');
    await page.waitForSelector('#delete-confirm');
    expect(await shownCount(page)).toBe(3); // nothing is deleted before the answer
    await page.click('#delete-confirm');
    await waitShown(page, 2);
    await page.click('#delete-undo');
    await waitShown(page, 3);
    expect(await page.$('tr[data-report-id="tiktok:7400000000000000101"]')).not.toBeNull();
    await page.close();
  });

  it('exports every format, reads the files back, and an import into a fresh profile gives the same reports', async () => {
    const reports = await session.openExtensionPage('reports.html', '#reports tbody tr[data-report-id]');
    const json = await downloadExport(reports, 'json');
    const csv = await downloadExport(reports, 'csv');
    const ndjson = await downloadExport(reports, 'ndjson');
    const dsa = await downloadExport(reports, 'dsa');
    await reports.close();

    const exported = JSON.parse(json.text) as { count: number; reports: { id: string; status: string }[] };
    expect(json.name).toMatch(/^saring-reports-\d{4}-\d{2}-\d{2}-3\.json$/);
    expect(exported.count).toBe(3);
    expect(exported.reports.find((r) => r.id === 'tiktok:7400000000000000303')?.status).toBe('confirmed');
    expect(csv.name).toMatch(/-3\.csv$/);
    expect(csv.bom).toBe(true);
    expect(csv.text.startsWith('id,')).toBe(true);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(4);
    expect(ndjson.text.trim().split('\n')).toHaveLength(3);
    expect(JSON.parse(dsa.text).statements).toHaveLength(3);

    const dir = mkdtempSync(join(tmpdir(), 'saring-import-'));
    writeFileSync(join(dir, 'volunteer-a.ndjson'), ndjson.text);
    writeFileSync(join(dir, 'volunteer-a.json'), json.text);
    writeFileSync(join(dir, 'broken.ndjson'), `${ndjson.text.split('\n')[0]}\n{"id": nope\n`);
    const fresh = await launchWithExtension(browserName);
    try {
      const page = await fresh.openExtensionPage('reports.html', '#import-files');
      const input = (await page.$('#import-files')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(join(dir, 'volunteer-a.ndjson'), join(dir, 'volunteer-a.json'), join(dir, 'broken.ndjson'));
      await page.waitForSelector('#import-result');
      expect(await page.$eval('#import-result', (p) => [p.getAttribute('data-added'), p.getAttribute('data-unchanged')])).toEqual(['3', '0']);
      expect(await page.$$eval('#import-problems li', (lis) => lis.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-line')]))).toEqual([['broken.ndjson', '2']]);
      await waitShown(page, 3);
      const again = JSON.parse((await downloadExport(page, 'json')).text) as { reports: unknown[] };
      expect(again.reports).toEqual(exported.reports);

      await input.uploadFile(join(dir, 'volunteer-a.ndjson'));
      await page.waitForFunction(() => document.querySelector('#import-result')?.getAttribute('data-unchanged') === '3', { polling: 50 });
    } finally {
      await fresh.close();
    }
  });
});
