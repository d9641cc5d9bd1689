import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging/send';
import { PAGE_STATUS_REQUEST } from '@/utils/messaging/protocol';
import { watchPosts } from './post-watcher';
import { createPageSession } from './page-session';
import { createNearViewportMounter } from './near-viewport';
import { createVerdictPresenter } from './show-verdicts';
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import { mountWarningBadge } from '@/components/mount-warning-badge';

// Video platforms render their first posts within a few seconds; ten leaves room for slow connections.
const SETTLE_MS = 10_000;

const warn = (what: string) => (error: unknown) => console.warn(`[Saring] ${what}:`, error);

/** The one runner every platform's content script shares; only the adapter differs. */
export function startScanning(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const session = createPageSession({
    adapter,
    settleMs: SETTLE_MS,
    onBroken: (record) => void sendToBackground('health:record', { record }).catch(warn('could not log a page-reading problem')),
  });
  const mountWhenNear = createNearViewportMounter();
  const present = createVerdictPresenter({
    check: async (posts) => (await sendToBackground('posts:check', { posts })).verdicts,
    showBadge: async ({ post, anchor }, verdict) =>
      mountWhenNear(anchor, () =>
        mountWarningBadge(ctx, anchor, verdict.flags, async () => {
          await sendToBackground('report:save', { post });
        }),
      ),
    onError: warn('could not check posts on this page'),
    noteVerdict: session.noteVerdict,
  });
  session.begin(new URL(location.href));
  const watcher = watchPosts({
    adapter,
    root: document.body,
    currentUrl: () => new URL(location.href),
    onPosts: (batch) => {
      session.notePosts(batch);
      void present(batch);
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    session.begin(newUrl);
    watcher.rescan();
  });
  const answerPopup = (message: unknown, sender: { id?: string }) =>
    message === PAGE_STATUS_REQUEST && sender.id === browser.runtime.id ? Promise.resolve(session.status()) : undefined;
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => {
    watcher.stop();
    session.stop();
    browser.runtime.onMessage.removeListener(answerPopup);
  });
}
