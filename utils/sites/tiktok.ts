import type { PageKind, Post } from '../post';
import { contentHash, firstMatch, joinSelectors, visibleText, type Selector, type SiteAdapter } from './site-adapter';

// TikTok's class names are generated and change with every deploy; only data-e2e
// names, ids and hrefs are matched (../shared/docs/platform-dom-facts.md, "TikTok web").
export const tiktokSelectors = {
  post: [
    { css: 'article[data-e2e="recommend-list-item-container"]', layout: 'For You / Following feed item, 2025-2026' },
    { css: 'div[data-e2e="recommend-list-item-container"]', layout: 'feed item, 2022 (a div, not an article)' },
    { css: 'div:has(> [data-e2e="browse-video-desc"])', layout: 'video page: the block that holds the caption' },
  ],
  caption: [
    { css: '[data-e2e="video-desc"]', layout: 'feed caption' },
    { css: '[data-e2e="browse-video-desc"]', layout: 'video page caption' },
  ],
  hashtagLink: [{ css: 'a[href^="/tag/"]', layout: 'hashtag link inside a caption, 2022-2026' }],
  authorLink: [
    { css: 'a[data-e2e="video-author-avatar"][href^="/@"]', layout: 'feed avatar link, 2026' },
    { css: 'a[href^="/@"]', layout: 'any profile link in the item' },
  ],
  authorName: [
    { css: '[data-e2e="browse-username"]', layout: 'video page handle' },
    { css: '[data-e2e="video-author-uniqueid"]', layout: 'feed handle, 2022' },
  ],
  videoWrapper: [{ css: '[id^="xgwrapper-"]', layout: 'player wrapper, id xgwrapper-<n>-<videoId>' }],
  sponsoredTag: [
    { css: '[data-e2e="sponsored-tag"]', layout: 'feed ad label, measured 2026-09' },
    { css: '[data-e2e="ad-tag"]', layout: 'ad label named by many scripts, unmeasured' },
  ],
} satisfies Record<string, Selector[]>;

const postSelector = joinSelectors(tiktokSelectors.post);
const VIDEO_PATH = /^\/@([^/]+)\/(?:video|photo)\/(\d+)/;
const FEED_PATHS = new Set(['/', '/foryou', '/following', '/en', '/id']);

function pageKind(url: URL): PageKind {
  if (VIDEO_PATH.test(url.pathname)) return 'video';
  return FEED_PATHS.has(url.pathname.replace(/\/$/, '') || '/') ? 'feed' : 'other';
}

function handleFromHref(href: string | null): string {
  return href?.match(/^\/@([^/?#]+)/)?.[1] ?? '';
}

function readAuthor(element: Element): string {
  const link = firstMatch(element, tiktokSelectors.authorLink);
  return handleFromHref(link?.getAttribute('href') ?? null) || visibleText(firstMatch(element, tiktokSelectors.authorName)).replace(/^@/, '');
}

function readVideoId(element: Element, url: URL, kind: PageKind): string {
  const wrapperId = firstMatch(element, tiktokSelectors.videoWrapper)?.id.match(/-(\d+)$/)?.[1];
  if (wrapperId) return wrapperId;
  return kind === 'video' ? (url.pathname.match(VIDEO_PATH)?.[2] ?? '') : '';
}

function readHashtags(caption: Element | null): string[] {
  if (!caption) return [];
  const links = caption.querySelectorAll(joinSelectors(tiktokSelectors.hashtagLink));
  return [...links].map((a) => decodeURIComponent(a.getAttribute('href')!.slice('/tag/'.length)).toLowerCase());
}

function readPost(element: Element, url: URL): Post | null {
  const captionElement = firstMatch(element, tiktokSelectors.caption);
  const kind = pageKind(url);
  const caption = visibleText(captionElement);
  const authorHandle = readAuthor(element) || (url.pathname.match(VIDEO_PATH)?.[1] ?? '');
  const videoId = readVideoId(element, url, kind);
  if (!captionElement && !videoId) return null;
  // The For You DOM often carries no video id (FEDO, 2026-09): a content hash keeps reports of it deduplicated.
  const postId = videoId || `h${contentHash(`${authorHandle}\n${caption}`)}`;
  return {
    platform: 'tiktok',
    postId,
    permalink: videoId && authorHandle ? `https://www.tiktok.com/@${authorHandle}/video/${videoId}` : url.href,
    authorHandle,
    caption,
    hashtags: readHashtags(captionElement),
    sponsored: firstMatch(element, tiktokSelectors.sponsoredTag) !== null,
    pageKind: kind,
  };
}

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  serves: (url) => url.hostname === 'www.tiktok.com' || url.hostname === 'tiktok.com',
  pageKind,
  findPostElements(root) {
    const found = [...root.querySelectorAll(postSelector)];
    return root instanceof Element && root.matches(postSelector) ? [root, ...found] : found;
  },
  postContaining(node) {
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest(postSelector) ?? null;
  },
  readPost,
};
