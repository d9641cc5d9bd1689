import { browser } from 'wxt/browser';
import type { ArticleCheck } from '../page/check-article';
import { PAGE_STATUS_REQUEST, type PageStatus } from '../messaging/protocol';

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=` when
 * the popup is opened as a page of its own (end-to-end tests open it that way).
 */
export async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The content script's account of its page, or null where none runs (an article, a page Saring does not read). */
export async function pageStatusOf(tabId: number): Promise<PageStatus | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, PAGE_STATUS_REQUEST)) as PageStatus | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Runs readability on the tab, through the activeTab grant that opening the popup gives. */
export async function checkArticleIn(tabId: number): Promise<ArticleCheck> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/article.js' as const] });
    return (injection?.result as ArticleCheck | undefined) ?? { state: 'failed', error: 'the page gave no answer' };
  } catch (error) {
    return { state: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

