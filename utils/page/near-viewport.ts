import type { BadgeHandle } from './show-verdicts';

interface PendingBadge {
  anchor: Element;
  mount(): void;
}

/** Where an element is against the viewport, with a screen's margin each way. */
export type Nearness = 'above' | 'near' | 'below';

export interface NearViewportOptions {
  nearness?(element: Element): Nearness;
  /** Calls `check` whenever the page scrolls or resizes; returns how to stop. */
  watchScrolling?(check: () => void): () => void;
}

// One screen ahead and behind: a post scrolled into view already has its badge.
function withinAScreen(element: Element): Nearness {
  const { top, bottom } = element.getBoundingClientRect();
  const screen = window.innerHeight;
  if (bottom < -screen) return 'above';
  return top > 2 * screen ? 'below' : 'near';
}

function onScrollOrResize(check: () => void): () => void {
  // Capture: platforms scroll inner containers, whose scroll events do not bubble.
  const options = { capture: true, passive: true };
  document.addEventListener('scroll', check, options);
  window.addEventListener('resize', check, options);
  return () => {
    document.removeEventListener('scroll', check, options);
    window.removeEventListener('resize', check, options);
  };
}

/**
 * Mounts each badge only when its post comes near the viewport. Feeds load posts
 * long before anyone sees them, and every badge costs the page style, layout and
 * paint; a badge nobody scrolls to costs nothing. Waiting posts are checked in the
 * page's own scroll events: those run inside a frame the browser renders anyway,
 * so a badge mounted there adds no frame of its own. (An IntersectionObserver
 * would: each observe() asks for a frame, measured in bench:page.)
 */
export function createNearViewportMounter({ nearness = withinAScreen, watchScrolling = onScrollOrResize }: NearViewportOptions = {}) {
  const pending = new Set<PendingBadge>();
  let stopWatching: (() => void) | null = null;

  // Waiting posts are kept in the order they arrived, which in a feed is their order down
  // the page: the first one still below the screen ends the check.
  function checkPending(): void {
    for (const badge of pending) {
      const where = badge.anchor.isConnected ? nearness(badge.anchor) : 'gone';
      if (where === 'below') break;
      if (where === 'above') continue;
      pending.delete(badge);
      if (where === 'near') badge.mount();
    }
    if (pending.size === 0 && stopWatching) {
      stopWatching();
      stopWatching = null;
    }
  }

  return function mountWhenNear(anchor: Element, mount: () => Promise<BadgeHandle>): BadgeHandle {
    let mounted: BadgeHandle | null = null;
    let removed = false;
    const badge: PendingBadge = {
      anchor,
      mount: () => void mount().then((handle) => (removed ? handle.remove() : (mounted = handle))),
    };
    if (nearness(anchor) === 'near') badge.mount();
    else {
      pending.add(badge);
      stopWatching ??= watchScrolling(checkPending);
    }
    return {
      remove() {
        removed = true;
        pending.delete(badge);
        mounted?.remove();
      },
    };
  };
}
