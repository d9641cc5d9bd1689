import { browser } from 'wxt/browser';

export type ToolAction = 'toggle-bulk' | 'report-pointed-post';

export interface ToolResult {
  /** False when no Saring content script runs in that frame (not a platform page) or injection failed. */
  ran: boolean;
  bulkMode?: boolean;
  found?: boolean;
  error?: string;
}

// Serialised into the page by executeScript: it may use nothing from outside its own body.
function runPageTool(action: ToolAction): ToolResult {
  const tools = (globalThis as Record<symbol, { toggleBulk(): boolean; reportPointedPost(): boolean } | undefined>)[Symbol.for('saring.page-tools')];
  if (!tools) return { ran: false };
  return action === 'toggle-bulk' ? { ran: true, bulkMode: tools.toggleBulk() } : { ran: true, found: tools.reportPointedPost() };
}

/**
 * Injects the volunteer tools into the tab (once; they stay for the page's life) and
 * runs one of them. Needs the activeTab grant that opening the popup, pressing the
 * shortcut or choosing the context-menu item gives.
 */
export async function runToolInTab(tabId: number, action: ToolAction, frameId = 0): Promise<ToolResult> {
  const target = { tabId, frameIds: [frameId] };
  try {
    await browser.scripting.executeScript({ target, files: ['/page-tools.js'] });
    const [injection] = await browser.scripting.executeScript({ target, func: runPageTool, args: [action] });
    return (injection?.result as ToolResult | undefined) ?? { ran: false };
  } catch (error) {
    return { ran: false, error: error instanceof Error ? error.message : String(error) };
  }
}
