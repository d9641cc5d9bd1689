import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_STATUS_REQUEST } from '@/utils/messaging/protocol';
import { createPortChannel, PORT_NAME, type PortChannel } from '@/utils/messaging/port-channel';
import { watchPosts } from './post-watcher';
import { createPageSession } from './page-session';
import { createNearViewportMounter } from './near-viewport';
import { createVerdictPresenter } from './show-verdicts';
import type { EmbeddedPost, SiteAdapter } from '@/utils/sites/site-adapter';
import { withEmbedded } from '@/utils/sites/embedded';
import { mountWarningBadge } from '@/components/mount-warning-badge';

// Video platforms render their first posts within a few seconds; ten leaves room for slow connections.
const SETTLE_MS = 10_000;

const warn = (what: string) => (error: unknown) => console.warn(`[Saring] ${what}:`, error);

/** The page's own JSON, parsed in the background; posts read before it arrives are read again after. */
async function readPageJson(adapter: SiteAdapter, background: PortChannel): Promise<EmbeddedPost[]> {
  const texts = adapter.embeddedDataOf?.(document) ?? [];
  if (texts.length === 0) return [];
  try {
    return (await background.send('embedded:parse', { platform: adapter.platform, texts })).posts;
  } catch (error) {
    warn("could not read this page's own data")(error);
    return [];
  }
}

/** The one runner every platform's content script shares; only the adapter differs. */
export function startScanning(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const background = createPortChannel(() => browser.runtime.connect({ name: PORT_NAME }));
  const session = createPageSession({
    adapter,
    settleMs: SETTLE_MS,
    onBroken: (record) => void background.send('health:record', { record }).catch(warn('could not log a page-reading problem')),
  });
  const mountWhenNear = createNearViewportMounter();
  const present = createVerdictPresenter({
    check: async (posts) => (await background.send('posts:check', { posts })).verdicts,
    showBadge: async ({ post, anchor }, verdict) =>
      mountWhenNear(anchor, () =>
        mountWarningBadge(ctx, anchor, verdict.flags, async () => {
          await background.send('report:save', { post });
        }),
      ),
    onError: warn('could not check posts on this page'),
    noteVerdict: session.noteVerdict,
  });
  session.begin(new URL(location.href));
  let embedded = new Map<string, EmbeddedPost>();
  const watcher = watchPosts({
    adapter,
    root: document.body,
    currentUrl: () => new URL(location.href),
    enrich: (post) => withEmbedded(post, embedded.get(post.postId)),
    onPosts: (batch) => {
      session.notePosts(batch);
      void present(batch);
    },
  });
  void readPageJson(adapter, background).then((posts) => {
    if (posts.length === 0) return;
    embedded = new Map(posts.map((p) => [p.postId, p]));
    watcher.refresh();
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
    background.close();
    browser.runtime.onMessage.removeListener(answerPopup);
  });
}
