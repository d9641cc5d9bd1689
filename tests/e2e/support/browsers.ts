import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  browser: Browser;
  /** The base of the extension's own pages, ending in `/`. */
  extensionBase: string;
  /** Opens one of the extension's pages; resolves once `readySelector` is on it. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
}

export const GECKO_ID = 'saring@saring.id';
const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv2'),
};

// As root Chromium needs --no-sandbox; the rest keeps it off a network this machine does not have.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Debian's Chromium as the tests and bench:page run it, ready for an extension to be installed. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  enableExtensions: true,
  args: CHROMIUM_ARGS,
};

async function launchChromium(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch(CHROMIUM_LAUNCH);
  const id = await browser.installExtension(BUILD_DIRS.chromium);
  const extensionBase = `chrome-extension://${id}/`;
  return {
    browser,
    extensionBase,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      await page.goto(extensionBase + path);
      await page.waitForSelector(readySelector);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Puppeteer wraps the protocol's error in its own ("Waiting for selector … failed"): the causes say what happened. */
function lostTheDocument(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/Protocol error|context was destroyed|detached/i.test(cause.message)) return true;
  }
  return false;
}

async function launchFirefox(): Promise<ExtensionBrowser> {
  // A pinned UUID makes the moz-extension:// address known before the extension loads.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(BUILD_DIRS.firefox);
  const extensionBase = `moz-extension://${uuid}/`;
  return {
    browser,
    extensionBase,
    async openExtensionPage(path, readySelector) {
      // Firefox's BiDi now and then fails every evaluation in a freshly opened
      // moz-extension page (a protocol error, not a timeout); a new tab does not.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        // Firefox never reports a moz-extension:// navigation as finished; wait for the page's content instead.
        void page.goto(extensionBase + path).catch(() => undefined);
        try {
          await page.waitForSelector(readySelector);
          return page;
        } catch (error) {
          await page.close().catch(() => undefined);
          if (!lostTheDocument(error) || attempt === 3) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}

export function launchWithExtension(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
