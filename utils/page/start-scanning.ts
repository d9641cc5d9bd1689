import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_STATUS_REQUEST, type PageSetup, type PageStatus, type PostVerdict } from '@/utils/messaging/protocol';
import { createPortChannel, PORT_NAME, type PortChannel } from '@/utils/messaging/port-channel';
import { createTranslator, type Translate } from '@/utils/i18n/translate';
import { watchPosts } from './post-watcher';
import { createPageSession } from './page-session';
import { createNearViewportMounter } from './near-viewport';
import { createVerdictPresenter, type BadgeHandle } from './show-verdicts';
import type { ScannedPost } from './post-watcher';
import type { EmbeddedPost, SiteAdapter } from '@/utils/sites/site-adapter';
import { withEmbedded } from '@/utils/sites/embedded';
import { mountWarningBadge } from '@/components/mount-warning-badge';
import { badgeActionsFor } from './badge-actions';
import { blurMedia } from './blur-media';
import type { ListedPost } from './bulk-mode';
import { trackPointedPost } from './pointed-post';
import { pageTools, publishPageApi } from './page-api';

// Video platforms render their first posts within a few seconds; ten leaves room for slow connections.
const SETTLE_MS = 10_000;

// For developers reading the console; users see problems in the popup and the health log.
const warn = (what: string) => (error: unknown) => console.warn(`[Saring] ${what} failed:`, error);

/** The page's own JSON, parsed in the background; posts read before it arrives are read again after. */
async function readPageJson(adapter: SiteAdapter, background: PortChannel): Promise<EmbeddedPost[]> {
  const texts = adapter.embeddedDataOf?.(document) ?? [];
  if (texts.length === 0) return [];
  try {
    return (await background.send('embedded:parse', { platform: adapter.platform, texts })).posts;
  } catch (error) {
    warn('page JSON')(error);
    return [];
  }
}

/** The one runner every platform's content script shares; only the adapter differs. */
export function startScanning(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const background = createPortChannel(() => browser.runtime.connect({ name: PORT_NAME }));
  let setup: PageSetup = { enabled: true, language: 'en', strings: {}, blurHoaxes: true };
  let t: Translate = createTranslator({});
  const session = createPageSession({
    adapter,
    settleMs: SETTLE_MS,
    onBroken: (record) => void background.send('health:record', { record }).catch(warn('health log')),
  });
  const onPage = new Map<Element, ListedPost>();
  const firstSeen = new Map<string, number>();
  const mountWhenNear = createNearViewportMounter();

  const listed = (scanned: ScannedPost, flagged: boolean): ListedPost => ({
    ...scanned,
    seenAt: firstSeen.get(scanned.post.postId) ?? Date.now(),
    flagged,
  });

  const postListeners: ((entry: ListedPost) => void)[] = [];
  // Posts that left the page are forgotten: an endless feed must not grow this map forever.
  const forgetGonePosts = () => {
    for (const element of onPage.keys()) if (!element.isConnected) onPage.delete(element);
  };
  const postsInPageOrder = () => {
    forgetGonePosts();
    return [...onPage.values()].sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  };
  let notedSincePrune = 0;

  function showWarning(scanned: ScannedPost, verdict: PostVerdict): BadgeHandle {
    const hoax = verdict.flags.some((f) => f.kind === 'hoax');
    const blur = hoax && setup.blurHoaxes && !verdict.shown ? blurMedia(scanned.element, scanned.post) : null;
    const actions = badgeActionsFor(background, listed(scanned, true), blur);
    const badge = mountWarningBadge(ctx, scanned.anchor, { t, post: scanned.post, flags: verdict.flags, actions });
    return { remove: () => (badge.remove(), blur?.unblur()) };
  }

  const present = createVerdictPresenter({
    check: async (posts) => (await background.send('posts:check', { posts })).verdicts,
    showBadge: async (scanned, verdict) => mountWhenNear(scanned.anchor, async () => showWarning(scanned, verdict)),
    onError: warn('checking posts'),
    badgeKey: ({ post }, verdict) => `${post.postId}|${setup.language}|${setup.blurHoaxes}|${JSON.stringify(verdict)}`,
    noteVerdict: (scanned, verdict) => {
      session.noteVerdict(scanned, verdict);
      const entry = listed(scanned, verdict.flags.length > 0);
      onPage.set(scanned.element, entry);
      if (++notedSincePrune >= 500) (forgetGonePosts(), (notedSincePrune = 0));
      for (const listener of postListeners) listener(entry);
    },
  });

  let embedded = new Map<string, EmbeddedPost>();
  let watcher: ReturnType<typeof watchPosts> | null = null;
  function startWatching(): void {
    session.begin(new URL(location.href));
    watcher = watchPosts({
      adapter,
      root: document.body,
      currentUrl: () => new URL(location.href),
      enrich: (post) => withEmbedded(post, embedded.get(post.postId)),
      onPosts: (batch) => {
        const now = Date.now();
        for (const { post } of batch) if (!firstSeen.has(post.postId)) firstSeen.set(post.postId, now);
        session.notePosts(batch);
        void present(batch);
      },
    });
    void readPageJson(adapter, background).then((posts) => {
      if (posts.length === 0) return;
      embedded = new Map(posts.map((p) => [p.postId, p]));
      watcher?.refresh();
    });
  }

  // Settings decide the language, blur and whether this platform is on; a change applies without a reload.
  async function applySetup(): Promise<void> {
    try {
      setup = await background.send('page:setup', { platform: adapter.platform });
    } catch (error) {
      warn('settings (using the defaults)')(error);
    }
    t = createTranslator(setup.strings);
    if (!watcher && setup.enabled) startWatching();
    else watcher?.rescan();
  }
  void applySetup();
  // New lists (a sync, a subscription) change verdicts: the posts on screen are checked again.
  const onSettingsChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('settings' in changes || 'listsChangedAt' in changes)) void applySetup();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    if (!watcher) return;
    session.begin(newUrl);
    watcher.rescan();
  });

  const pointed = trackPointedPost((target) => {
    const element = adapter.postContaining(target);
    if (!element) return null;
    const known = onPage.get(element);
    if (known) return known;
    const reading = adapter.readPost(element, new URL(location.href));
    return reading ? { post: reading.post, element, anchor: reading.anchor, seenAt: Date.now(), flagged: false } : null;
  });

  publishPageApi({
    t: () => t,
    background,
    posts: postsInPageOrder,
    pointedPost: pointed.post,
    mountWhenNear,
    onPost: (listener) => void postListeners.push(listener),
  });

  const answerTab = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || message !== PAGE_STATUS_REQUEST) return undefined;
    return Promise.resolve<PageStatus>({ ...session.status(), bulkMode: pageTools()?.isBulkOn() ?? false, enabled: setup.enabled, switchedOff: setup.switchedOff });
  };
  browser.runtime.onMessage.addListener(answerTab);

  ctx.onInvalidated(() => {
    watcher?.stop();
    session.stop();
    pageTools()?.stop();
    publishPageApi(undefined);
    pointed.stop();
    background.close();
    browser.runtime.onMessage.removeListener(answerTab);
    browser.storage.onChanged.removeListener(onSettingsChanged);
  });
}
