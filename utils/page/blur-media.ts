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
// On a video page the post is the title and caption; the player sits beside it, one to a page.
const VIDEO_PAGE_PLAYER: Partial<Record<Post['platform'], string>> = {
  youtube: '#movie_player, ytd-player',
  tiktok: 'div[id^="xgwrapper-"], [data-e2e="browse-video"]',
};

function mediaOf(element: Element, post: Post): HTMLElement | null {
  const player = post.pageKind === 'video' ? VIDEO_PAGE_PLAYER[post.platform] : undefined;
  if (player) return element.ownerDocument.querySelector<HTMLElement>(player);
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
