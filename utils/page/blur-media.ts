import type { Post } from '../post';

// The video or its thumbnail inside a post, the platform's own element first (its frame is what shows).
const MEDIA_IN_POST = [
  '[data-e2e="feed-video"]',
  '[data-e2e="browse-video"]',
  'ytd-thumbnail',
  'yt-thumbnail-view-model',
  'video',
  'img',
].join(', ');
// On YouTube's watch page the post is the title and description; the player sits beside it.
const WATCH_PAGE_PLAYER = '#movie_player, ytd-player';

function mediaOf(element: Element, post: Post): HTMLElement | null {
  if (post.platform === 'youtube' && post.pageKind === 'video') return element.ownerDocument.querySelector<HTMLElement>(WATCH_PAGE_PLAYER);
  return element.querySelector<HTMLElement>(MEDIA_IN_POST);
}

export interface Blur {
  unblur(): void;
}

/**
 * Blurs a post's video until the user chooses "show anyway". An inline filter on
 * the platform's own element, put back exactly as it was: nothing else on the page changes.
 */
export function blurMedia(element: Element, post: Post): Blur | null {
  const media = mediaOf(element, post);
  if (!media) return null;
  const before = media.style.filter;
  media.style.filter = 'blur(24px)';
  media.setAttribute('data-saring-blurred', '');
  return {
    unblur() {
      media.style.filter = before;
      media.removeAttribute('data-saring-blurred');
    },
  };
}
