import { PLATFORM_NAMES, type PageKind, type Post } from '../post';
import {
  adLabelFromText,
  closestPost,
  contentHash,
  firstMatch,
  hashtagsIn,
  joinSelectors,
  postElementsUnder,
  safeDecode,
  visibleText,
  type SiteAdapter,
} from './site-adapter';
import { tiktokEmbeddedData } from './tiktok-embedded';
import { tiktokSelectors } from './tiktok-selectors';

export { tiktokSelectors };

const postSelector = joinSelectors(tiktokSelectors.post);
const POST_PATH = /^\/@([^/]+)\/(?:video|photo)\/(\d+)/;
const FEED_PATHS = new Set(['/', '/foryou', '/following', '/en', '/id']);

function pageKind(url: URL): PageKind {
  const path = url.pathname.replace(/\/$/, '') || '/';
  if (POST_PATH.test(path)) return 'video';
  if (FEED_PATHS.has(path)) return 'feed';
  if (path === '/search' || path.startsWith('/search/')) return 'search';
  if (path === '/explore' || path.startsWith('/tag/')) return 'explore';
  if (/^\/@[^/]+$/.test(path)) return 'profile';
  return 'other';
}

function handleFromHref(href: string | null | undefined): string {
  return href?.match(/(?:^|tiktok\.com)\/@([^/?#]+)/)?.[1] ?? '';
}

function readAuthorHandle(element: Element, url: URL): string {
  const fromLink = handleFromHref(firstMatch(element, tiktokSelectors.authorLink)?.getAttribute('href'));
  const fromVideoLink = handleFromHref(firstMatch(element, tiktokSelectors.videoLink)?.getAttribute('href'));
  const fromText = visibleText(firstMatch(element, tiktokSelectors.authorHandle)).replace(/^@/, '');
  return fromLink || fromVideoLink || fromText || handleFromHref(url.pathname);
}

function readVideoId(element: Element, url: URL): string {
  const wrapperId = firstMatch(element, tiktokSelectors.videoWrapper)?.id.match(/-(\d+)$/)?.[1];
  const linkId = firstMatch(element, tiktokSelectors.videoLink)?.getAttribute('href')?.match(/\/(?:video|photo)\/(\d+)/)?.[1];
  // The address names the video page's own post only: a feed shown beside it (2022) holds other videos.
  const isPagesOwnPost = firstMatch(element, tiktokSelectors.videoPageCaption) !== null;
  return wrapperId || linkId || (isPagesOwnPost ? (url.pathname.match(POST_PATH)?.[2] ?? '') : '');
}

function readCaption(element: Element): { text: string; hashtags: string[] } {
  const caption = firstMatch(element, tiktokSelectors.caption);
  if (caption) {
    const links = caption.querySelectorAll(joinSelectors(tiktokSelectors.hashtagLink));
    const hashtags = [...links].map((a) => safeDecode(a.getAttribute('href')!.slice('/tag/'.length)).toLowerCase());
    return { text: visibleText(caption), hashtags };
  }
  const alt = firstMatch(element, tiktokSelectors.coverAltCaption)?.getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '';
  return { text: alt, hashtags: hashtagsIn(alt) };
}

function readAdLabel(element: Element): Post['adLabel'] {
  const tag = firstMatch(element, tiktokSelectors.sponsoredTag);
  // The hook alone marks an ad; its text only says whether it is a paid partnership.
  return tag ? (adLabelFromText(tag.textContent ?? '') ?? 'ad') : null;
}

function readPost(element: Element, url: URL) {
  const kind = pageKind(url);
  const caption = readCaption(element);
  const authorHandle = readAuthorHandle(element, url);
  const videoId = readVideoId(element, url);
  // A video without a caption is still a post; an element with nothing to tell it apart is not.
  if (!caption.text && !videoId && !authorHandle) return null;
  // The For You DOM often carries no video id (FEDO, 2026-09): a content hash keeps reports of it deduplicated.
  const postId = videoId || `h${contentHash(`${authorHandle}\n${caption.text}`)}`;
  const post: Post = {
    platform: 'tiktok',
    postId,
    permalink: videoId && authorHandle ? `https://www.tiktok.com/@${authorHandle}/video/${videoId}` : url.href,
    authorHandle,
    authorName: visibleText(firstMatch(element, tiktokSelectors.authorName)),
    caption: caption.text,
    title: '',
    hashtags: caption.hashtags,
    adLabel: readAdLabel(element),
    platformLabels: [],
    pageKind: kind,
  };
  return { post, anchor: element };
}

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  displayName: PLATFORM_NAMES.tiktok,
  selectors: tiktokSelectors,
  serves: (url) => url.hostname === 'www.tiktok.com' || url.hostname === 'tiktok.com',
  pageKind,
  postBearingKinds: ['feed', 'video', 'search', 'profile', 'explore'],
  findPostElements: (root) => postElementsUnder(root, postSelector),
  postContaining: (node) => closestPost(node, postSelector),
  readPost,
  embeddedDataOf: tiktokEmbeddedData,
};
