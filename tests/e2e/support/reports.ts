import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from './browsers';

export type ExportedReport = Record<string, unknown> & { id: string };

/** Every stored report, read through the reports page's own JSON export. */
export async function exportedReports(session: ExtensionBrowser): Promise<ExportedReport[]> {
  const page = await session.openExtensionPage('reports.html', '#report-count');
  try {
    // With nothing stored the export button is disabled: the count says so.
    if ((await page.$eval('#report-count', (p) => p.getAttribute('data-count'))) === '0') return [];
    await page.click('#export-json');
    await page.waitForSelector('#export-link');
    const text = await page.$eval('#export-link', async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
    return (JSON.parse(text) as { reports: ExportedReport[] }).reports;
  } finally {
    await page.close();
  }
}

/** Waits for `inner` inside an open shadow root of the first `host` element; waitForSelector does not see into shadow roots. */
export async function waitInShadow(page: Page, host: string, inner: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((h, i) => document.querySelector(h)?.shadowRoot?.querySelector(i) != null, { polling: 50, timeout }, host, inner);
}

export const shadowText = (page: Page, host: string, inner: string) =>
  page.evaluate((h, i) => document.querySelector(h)?.shadowRoot?.querySelector(i)?.textContent ?? '', host, inner);

/**
 * Chooses an option the way a person does, by typing its first letters into the focused
 * menu: Saring ignores changes a script makes (puppeteer's `select()` is one).
 */
export async function chooseByTyping(page: Page, selector: string, typed: string): Promise<void> {
  const menu = await page.waitForSelector(selector);
  await menu!.focus();
  await page.keyboard.type(typed, { delay: 20 });
}
