import type { Post } from '../post';
import type { SiteAdapter } from '../sites/site-adapter';

export interface ScannedPost {
  post: Post;
  element: Element;
}

export interface PostWatcherOptions {
  adapter: SiteAdapter;
  root: Element;
  currentUrl(): URL;
  onPosts(batch: ScannedPost[]): void;
  /** Defaults to the next animation frame: the work waits until the page has painted. */
  schedule?(work: () => void): void;
}

/**
 * Watches the page for posts. The MutationObserver callback only collects added
 * nodes; reading happens once per frame in a batch (uBlock Origin's DOM watcher
 * works the same way), and a post is re-read only when its id or caption changed.
 */
export function watchPosts(options: PostWatcherOptions) {
  const { adapter, root, onPosts } = options;
  const schedule = options.schedule ?? ((work) => requestAnimationFrame(() => work()));
  const fingerprints = new WeakMap<Element, string>();
  const pending = new Set<Node>();
  let scheduled = false;
  let stopped = false;

  function postsUnder(node: Node): Element[] {
    const inside = adapter.postContaining(node);
    const below = node instanceof Element ? adapter.findPostElements(node) : [];
    return inside ? [inside, ...below] : below;
  }

  function flush(): void {
    scheduled = false;
    if (stopped) return;
    const elements = new Set<Element>();
    for (const node of pending) for (const element of postsUnder(node)) elements.add(element);
    pending.clear();
    const url = options.currentUrl();
    const batch: ScannedPost[] = [];
    for (const element of elements) {
      const post = adapter.readPost(element, url);
      if (!post) continue;
      const fingerprint = `${post.postId}\n${post.caption}\n${post.sponsored}`;
      if (fingerprints.get(element) === fingerprint) continue;
      fingerprints.set(element, fingerprint);
      batch.push({ post, element });
    }
    if (batch.length > 0) onPosts(batch);
  }

  function enqueue(node: Node): void {
    pending.add(node);
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // React rewrites a lone text node in place, so an edited caption arrives as characterData.
      if (record.type === 'characterData') enqueue(record.target);
      else for (const node of record.addedNodes) enqueue(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  enqueue(root);

  return {
    /** After single-page navigation the same elements may show another post. */
    rescan: () => enqueue(root),
    stop: () => {
      stopped = true;
      observer.disconnect();
    },
  };
}
