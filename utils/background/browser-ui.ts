import { browser } from 'wxt/browser';
import { translatorFor } from '../i18n/messages';
import { resolveLanguage } from '../i18n/translate';
import { runToolInTab } from '../popup/page-tools-in-tab';
import { readSettings, settingsItem } from '../settings/settings';
import { CONTENT_SCRIPT_PAGES } from '../sites/pages';

export const REPORT_MENU_ID = 'saring-report-post';

async function menuTitle(): Promise<string> {
  const settings = await readSettings();
  return translatorFor(resolveLanguage(settings.language, browser.i18n.getUILanguage()))('menu_report_post');
}

/**
 * "Report this post to Saring…" in the page's context menu, on the platforms only:
 * any post can be reported, flagged or not, without a button on every post costing the feed.
 */
export function setUpReportMenu(): void {
  const create = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: REPORT_MENU_ID, title: await menuTitle(), contexts: ['page', 'link', 'image', 'video'], documentUrlPatterns: [...CONTENT_SCRIPT_PAGES] });
  };
  void create().catch((error) => console.warn('[Saring] could not add the report menu:', error));
  settingsItem.watch(() => void create().catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return;
    void runToolInTab(tab.id, 'report-pointed-post', info.frameId ?? 0);
  });
}

/** The bulk-mode keyboard shortcut: it goes to the tab the user is looking at. */
export function setUpBulkCommand(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-bulk-mode') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await runToolInTab(tab.id, 'toggle-bulk');
  });
}
