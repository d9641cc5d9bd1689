import type { Post } from '../post';
import type { SiteAdapter } from '../sites/site-adapter';

export interface ScannedPost {
  post: Post;
  /** The post's element: its marks (`data-saring-state`) go here. */
  element: Element;
  /** Where the warning goes, chosen by the adapter so that it never covers the platform's controls. */
  anchor: Element;
}

export interface PostWatcherOptions {
  adapter: SiteAdapter;
  root: Element;
  currentUrl(): URL;
  onPosts(batch: ScannedPost[]): void;
  /** Defaults to the next animation frame: the work waits until the page has painted. */
  schedule?(work: () => void): void;
  /** Adds what the page's own JSON knows of a post; by default nothing. */
  enrich?(post: Post): Post;
}

const fingerprintOf = (post: Post) => `${post.postId}\n${post.caption}\n${post.title}\n${post.adLabel}`;

/**
 * Watches the page for posts. The MutationObserver callback only collects added
 * nodes; reading happens once per frame in a batch (uBlock Origin's DOM watcher
 * works the same way), and a post is re-read only when its id or text changed,
 * so a post scrolled back into view costs nothing.
 */
export function watchPosts(options: PostWatcherOptions) {
  const { adapter, root, onPosts } = options;
  const schedule = options.schedule ?? ((work) => requestAnimationFrame(() => work()));
  let fingerprints = new WeakMap<Element, string>();
  const pending = new Set<Node>();
  let scheduled = false;
  let stopped = false;

  function postsUnder(node: Node): Element[] {
    const inside = adapter.postContaining(node);
    const below = node instanceof Element ? adapter.findPostElements(node) : [];
    return inside ? [inside, ...below] : below;
  }

  function readChanged(element: Element, url: URL): ScannedPost | null {
    const reading = adapter.readPost(element, url);
    if (!reading) return null;
    const post = options.enrich ? options.enrich(reading.post) : reading.post;
    const fingerprint = fingerprintOf(post);
    if (fingerprints.get(element) === fingerprint) return null;
    fingerprints.set(element, fingerprint);
    return { post, element, anchor: reading.anchor };
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
      const scanned = readChanged(element, url);
      if (scanned) batch.push(scanned);
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
    /**
     * After single-page navigation every post is read again: the same elements may
     * show other posts, and the new page's counts start from zero.
     */
    rescan: () => {
      fingerprints = new WeakMap();
      enqueue(root);
    },
    /** Reads the page again, passing on only the posts whose reading changed (say, once page JSON arrived). */
    refresh: () => enqueue(root),
    stop: () => {
      stopped = true;
      observer.disconnect();
    },
  };
}
