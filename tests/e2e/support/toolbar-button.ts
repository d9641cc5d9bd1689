import type { Browser, Page } from 'puppeteer';
import { GECKO_ID, type BrowserName, type ExtensionBrowser } from './browsers';

type BidiResult = { result: { type: string; result?: { value: unknown }; exceptionDetails?: { text: string }; contexts?: { url: string; context: string }[] } };
type BidiConnection = { send(method: string, params: object): Promise<BidiResult> };

/**
 * Runs `fn` as privileged script in Firefox's browser window, through the BiDi
 * chrome scope that `--remote-allow-system-access` opens. Puppeteer's types do
 * not expose the raw connection, hence the cast.
 */
async function inFirefoxChrome(browser: Browser, fn: (...args: string[]) => unknown, ...args: string[]): Promise<unknown> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.contexts!.find((c) => c.url === 'chrome://browser/content/browser.xhtml')!;
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: fn.toString(),
    awaitPromise: true,
    arguments: args.map((value) => ({ type: 'string', value })),
    target: { context: window.context },
  });
  if (result.type === 'exception') throw new Error(`privileged script failed: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

/**
 * Firefox's toolbar click, as its own code runs it: triggerAction grants activeTab
 * for the selected tab and opens the popup panel. Returns the tab's id. The grant
 * belongs to the page as loaded: a later navigation drops it, as for a real click.
 */
async function clickFirefoxToolbarButton(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  const tabId = await inFirefoxChrome(
    browser,
    (extensionId) => {
      const chrome = globalThis as unknown as Record<string, any>;
      const { ExtensionParent } = chrome.ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = chrome.WebExtensionPolicy.getByID(extensionId).extension;
      const tab = chrome.gBrowser.selectedTab;
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(chrome.window);
      if (!extension.tabManager.hasActiveTabPermission(tab)) throw new Error('activeTab was not granted');
      return String(extension.tabManager.getWrapper(tab).id);
    },
    GECKO_ID,
  );
  return Number(tabId);
}

/**
 * Clicks Saring's toolbar button for `page` and returns the popup to drive. In
 * Chromium that is the real popup. Firefox's popup panel is no target puppeteer
 * can reach, so the popup is opened as a page that speaks for the clicked tab.
 */
export async function clickToolbarButton(session: ExtensionBrowser, name: BrowserName, page: Page): Promise<Page> {
  if (name === 'firefox') {
    const tabId = await clickFirefoxToolbarButton(session.browser, page);
    return session.openExtensionPage(`popup.html?tab=${tabId}`, '#engine-status');
  }
  await page.bringToFront();
  const [saring] = (await session.browser.extensions()).values();
  await page.triggerExtensionAction(saring);
  const popupTarget = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
  return (await popupTarget.asPage())!;
}
