import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

async function launchChromium(buildDir = BUILD_DIRS.chromium): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch(CHROMIUM_LAUNCH);
  const id = await browser.installExtension(buildDir);
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

async function launchFirefox(buildDir = BUILD_DIRS.firefox): Promise<ExtensionBrowser> {
  // A pinned UUID makes the moz-extension:// address known before the extension loads.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(buildDir);
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

export function launchWithExtension(name: BrowserName, options: { hostPermissions?: string[] } = {}): Promise<ExtensionBrowser> {
  const buildDir = options.hostPermissions ? withHostPermissions(name, options.hostPermissions) : BUILD_DIRS[name];
  return name === 'chromium' ? launchChromium(buildDir) : launchFirefox(buildDir);
}

/**
 * A copy of the build that already holds these host permissions. No protocol can answer the
 * browsers' own permission prompt; with the permission held, `permissions.request` resolves
 * true without one, so a test still walks the options page's real request.
 */
function withHostPermissions(name: BrowserName, origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `saring-${name}-`));
  cpSync(BUILD_DIRS[name], dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const key = manifest.manifest_version === 3 ? 'host_permissions' : 'permissions';
  manifest[key] = [...((manifest[key] as string[] | undefined) ?? []), ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
