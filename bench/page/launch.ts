import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
// The same launch as the end-to-end tests, so the bench runs Chromium as the tests do.
import { CHROMIUM_LAUNCH } from '../../tests/e2e/support/browsers';

export const BUILD_DIR = resolve('.output/chrome-mv3');

/** A failure that means the figures would be meaningless, as opposed to a missed goal. */
export class BenchBroken extends Error {}

export interface BenchBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Copies the build aside, so that a rebuild started elsewhere during the bench
 * (the e2e tests rebuild .output) cannot change or remove it under the browser.
 */
export function copyBuild(): { dir: string; remove(): void } {
  if (!existsSync(resolve(BUILD_DIR, 'manifest.json'))) {
    throw new BenchBroken(`no built extension at ${BUILD_DIR}; run \`npx wxt build -b chrome\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'saring-bench-page-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Chromium with Saring installed from `extensionDir`; the baseline pages open in a private window of the same browser. */
export async function launchBenchBrowser(extensionDir: string): Promise<BenchBrowser> {
  const browser = await puppeteer.launch({ ...CHROMIUM_LAUNCH, protocolTimeout: 60_000 });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw new BenchBroken(`could not install the extension built at ${BUILD_DIR}: ${String(error)}`);
  }
  return { browser, close: () => browser.close() };
}
