import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from './browsers';

export type ExportedReport = Record<string, unknown> & { id: string };

export interface DownloadedExport {
  name: string;
  text: string;
  /** Whether the file's bytes start with a UTF-8 BOM. */
  bom: boolean;
}

/** Clicks one of the reports page's export buttons and reads the downloaded file back through its blob link. */
export async function downloadExport(page: Page, format: 'json' | 'csv' | 'ndjson' | 'dsa'): Promise<DownloadedExport> {
  const before = await page.$eval('#export-link', (a) => a.getAttribute('href')).catch(() => null);
  await page.click(`#export-${format}`);
  await page.waitForFunction((old) => document.querySelector('#export-link')?.getAttribute('href') != old, { polling: 50 }, before);
  // Bytes, not text(): decoding as text drops the BOM the CSV must start with.
  return page.$eval('#export-link', async (a) => {
    const bytes = new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer());
    return { name: a.getAttribute('download') ?? '', bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: new TextDecoder().decode(bytes) };
  });
}

/** Every stored report, read through the reports page's own JSON export. */
export async function exportedReports(session: ExtensionBrowser): Promise<ExportedReport[]> {
  const page = await session.openExtensionPage('reports.html', '#report-count');
  try {
    // With nothing stored the export button is disabled: the count says so.
    if ((await page.$eval('#report-count', (p) => p.getAttribute('data-count'))) === '0') return [];
    return (JSON.parse((await downloadExport(page, 'json')).text) as { reports: ExportedReport[] }).reports;
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
