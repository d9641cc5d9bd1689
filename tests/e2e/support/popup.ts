import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from './browsers';

/**
 * The browser's id for the one tab whose Saring content script reads `platform`.
 * Saring has no "tabs" permission, so tab addresses are hidden from it; the
 * content scripts' own answers tell the tabs apart instead.
 */
export async function tabIdOf(session: ExtensionBrowser, platform: string): Promise<number> {
  const probe = await session.openExtensionPage('popup.html', '#engine-status');
  try {
    const id = await probe.evaluate(async (wanted) => {
      type TabsApi = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string } | null> };
      const scope = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome: { tabs: TabsApi } };
      const api = scope.browser ?? scope.chrome;
      for (const tab of await api.tabs.query({})) {
        const status = await api.tabs.sendMessage(tab.id!, 'saring:page-status').catch(() => null);
        if (status?.platform === wanted) return tab.id!;
      }
      return -1;
    }, platform);
    if (id < 0) throw new Error(`no tab where Saring reads ${platform}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** The popup, opened as a page that speaks for the tab where Saring reads `platform`, once it has read that tab. */
export async function openPopupFor(session: ExtensionBrowser, platform: string, ready = '#page-status'): Promise<Page> {
  const tabId = await tabIdOf(session, platform);
  return session.openExtensionPage(`popup.html?tab=${tabId}`, ready);
}

export const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
