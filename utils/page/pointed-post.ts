import type { ListedPost } from './bulk-mode';

/**
 * Remembers what the user last right-clicked, so that the context menu's
 * "Report this post to Saring…" knows which post they meant.
 */
export function trackPointedPost(findPost: (target: Node) => ListedPost | null) {
  let pointed: Node | null = null;
  // A page's script could dispatch a contextmenu event to point the picker at another post.
  const remember = (event: MouseEvent) => void (event.isTrusted && (pointed = event.composedPath()[0] as Node));
  window.addEventListener('contextmenu', remember, true);
  return {
    post: () => (pointed ? findPost(pointed) : null),
    stop: () => window.removeEventListener('contextmenu', remember, true),
  };
}
