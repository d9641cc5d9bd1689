import type { Page } from 'puppeteer';
import type { BrowserName, ExtensionBrowser } from './browsers';
import { clickToolbarButton } from './toolbar-button';

/** Turns bulk mode on in `page` the way a volunteer does: the toolbar button, then the popup's switch. */
export async function turnOnBulkMode(session: ExtensionBrowser, name: BrowserName, page: Page): Promise<void> {
  const popup = await clickToolbarButton(session, name, page);
  await popup.waitForSelector('#bulk-toggle');
  await popup.click('#bulk-toggle');
  await page.waitForSelector('saring-bulk-bar', { timeout: 10_000 });
  if (!popup.isClosed()) await popup.close().catch(() => undefined);
  await page.bringToFront();
}

/**
 * What the context menu's "Report this post to Saring…" does (utils/background/browser-ui.ts),
 * which no automation protocol can click: with the activeTab grant a click gives, the
 * volunteer tools are injected into the tab and asked to report the right-clicked post.
 */
export async function reportPointedPost(session: ExtensionBrowser, name: BrowserName, page: Page): Promise<void> {
  const popup = await clickToolbarButton(session, name, page);
  const found = await popup.evaluate(async () => {
    type Scripting = { executeScript(o: object): Promise<{ result?: unknown }[]> };
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const scope = globalThis as unknown as { browser?: { scripting: Scripting; tabs: Tabs }; chrome: { scripting: Scripting; tabs: Tabs } };
    const api = scope.browser ?? scope.chrome;
    const named = Number(new URLSearchParams(location.search).get('tab'));
    const tabId = named > 0 ? named : (await api.tabs.query({ active: true, currentWindow: true }))[0].id!;
    await api.scripting.executeScript({ target: { tabId }, files: ['/page-tools.js'] });
    const [run] = await api.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as Record<symbol, { reportPointedPost(): boolean } | undefined>)[Symbol.for('saring.page-tools')]?.reportPointedPost() ?? null,
    });
    return run.result;
  });
  if (!popup.isClosed()) await popup.close().catch(() => undefined);
  if (found !== true) throw new Error(`the report picker did not open: ${String(found)}`);
  await page.bringToFront();
}
