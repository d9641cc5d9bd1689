export interface MountHandle {
  remove(): void;
}

// One screen ahead and behind: a post scrolled into view already has its badge.
const NEAR = '100% 0px 100% 0px';

/**
 * Mounts each badge only when its post comes near the viewport. Feeds load posts
 * long before anyone sees them, and every badge costs the page style, layout and
 * paint; a badge nobody scrolls to costs nothing. One observer serves every post.
 */
export function createNearViewportMounter(observe: (callback: IntersectionObserverCallback) => IntersectionObserver = (cb) => new IntersectionObserver(cb, { rootMargin: NEAR })) {
  const waiting = new Map<Element, () => void>();
  const observer = observe((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const mount = waiting.get(entry.target);
      waiting.delete(entry.target);
      observer.unobserve(entry.target);
      mount?.();
    }
  });

  return function mountWhenNear(anchor: Element, mount: () => Promise<MountHandle>): MountHandle {
    let mounted: MountHandle | null = null;
    let removed = false;
    waiting.set(anchor, () => {
      void mount().then((handle) => (removed ? handle.remove() : (mounted = handle)));
    });
    observer.observe(anchor);
    return {
      remove() {
        removed = true;
        if (waiting.delete(anchor)) observer.unobserve(anchor);
        mounted?.remove();
      },
    };
  };
}
