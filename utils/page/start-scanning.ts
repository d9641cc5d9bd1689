import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging/send';
import { watchPosts } from './post-watcher';
import { createVerdictPresenter } from './show-verdicts';
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import { mountWarningBadge } from '@/components/mount-warning-badge';

/** The one runner every platform's content script shares; only the adapter differs. */
export function startScanning(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const present = createVerdictPresenter({
    check: async (posts) => (await sendToBackground('posts:check', { posts })).verdicts,
    showBadge: ({ post, element }, verdict) =>
      mountWarningBadge(ctx, element, verdict.flags, async () => {
        await sendToBackground('report:save', { post });
      }),
    onError: (error) => console.warn('[Saring] could not check posts on this page:', error),
  });
  const watcher = watchPosts({
    adapter,
    root: document.body,
    currentUrl: () => new URL(location.href),
    onPosts: (batch) => void present(batch),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.rescan());
  ctx.onInvalidated(() => watcher.stop());
}
