import { PLATFORM_NAMES, type AdLabel, type PageKind, type Post } from '../post';
import {
  adLabelFromText,
  allMatches,
  contentHash,
  firstMatch,
  hashtagsIn,
  joinSelectors,
  outermostPostContaining,
  topLevelPostsUnder,
  visibleText,
  type PostReading,
  type Selector,
  type SiteAdapter,
} from './site-adapter';
import { youtubeEmbeddedData } from './youtube-initial-data';
import { youtubeSelectors as S } from './youtube-selectors';
import {
  handleFromHref,
  hashtagFromHref,
  isVideoId,
  permalinkFor,
  servesYoutube,
  videoRefFromHref,
  youtubePageKind,
  type VideoRef,
} from './youtube-urls';

export { youtubeSelectors } from './youtube-selectors';

const postSelector = joinSelectors(S.post);
const watchPageSelector = joinSelectors(S.post.filter((s) => s.css.startsWith('ytd-watch-flexy')));
const shortsPlayerSelector = joinSelectors(S.post.filter((s) => s.css.startsWith('ytd-reel-video-renderer')));
const adSlotSelector = joinSelectors(S.adSlot);

/** Where the video id lives: the player pages name theirs; a listed item links to it, or carries it in a class. */
function readVideoRef(element: Element, scope: Element, url: URL): VideoRef | null {
  // The Shorts player carries no id of its own, and may link to other Shorts: the URL names the one on screen.
  if (element.matches(shortsPlayerSelector)) return videoRefFromHref(url.pathname);
  // A description may link to other videos, so the watch page's id comes from its attribute, or else the URL.
  if (element.matches(watchPageSelector)) {
    const attributeId = element.getAttribute('video-id');
    return isVideoId(attributeId) ? { videoId: attributeId, isShort: false } : videoRefFromHref(url.pathname + url.search);
  }
  for (const link of allMatches(scope, S.videoLink)) {
    const ref = videoRefFromHref(link.getAttribute('href'));
    if (ref) return ref;
  }
  const classId = firstMatch(scope, S.contentIdHolder)?.className.match(/(?:^|\s)content-id-([A-Za-z0-9_-]+)/)?.[1];
  return isVideoId(classId) ? { videoId: classId, isShort: false } : null;
}

/** A title attribute holds the whole title where the text may be cut or decorated. */
function readTitle(scope: Element): string {
  const heading = firstMatch(scope, S.title);
  return (heading?.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim() || visibleText(heading);
}

/** The first selector, in order of preference, that finds an element with text: avatar links have none. */
function firstText(scope: Element, selectors: readonly Selector[]): string {
  for (const { css } of selectors) {
    for (const element of scope.querySelectorAll(css)) {
      const text = visibleText(element);
      if (text) return text;
    }
  }
  return '';
}

function readAuthor(scope: Element): Pick<Post, 'authorHandle' | 'authorName'> {
  const handleLink = firstMatch(scope, S.authorLink);
  return {
    authorHandle: handleFromHref(handleLink?.getAttribute('href')),
    authorName: firstText(scope, S.channelName),
  };
}

/** Linked hashtags, and those typed into a title, which feed items show as plain text. */
function readHashtags(scope: Element, title: string): string[] {
  const linked = allMatches(scope, S.hashtagLink).map((a) => hashtagFromHref(a.getAttribute('href')));
  return [...new Set([...linked.filter(Boolean), ...hashtagsIn(title)])];
}

/** Badges and ad slots count only within `scope`: a watch page's sidebar ads are not its video's. */
function readAdLabel(element: Element, scope: Element): AdLabel | null {
  const overlay = firstMatch(element, S.paidPromotionOverlay);
  // Its wording varies by language, so any text counts; an empty shell of the overlay does not.
  if (overlay && visibleText(overlay)) return 'paid_partnership';
  for (const badge of allMatches(scope, S.adBadge)) {
    const label = adLabelFromText(visibleText(badge));
    if (label) return label;
  }
  const isAdSlot = scope.matches(adSlotSelector) || scope.querySelector(adSlotSelector) !== null;
  return isAdSlot ? 'ad' : null;
}

function readPlatformLabels(element: Element): string[] {
  const labels = allMatches(element, S.infoPanel).map(visibleText).filter(Boolean);
  return [...new Set(labels)];
}

function readPost(element: Element, url: URL): PostReading | null {
  const isWatchPage = element.matches(watchPageSelector);
  // On the watch page, fields come from the metadata block only: the sidebar and comments hold other videos' titles and channels.
  const metadata = isWatchPage ? firstMatch(element, S.watchMetadata) : null;
  if (isWatchPage && !metadata) return null;
  const scope = metadata ?? element;
  const ref = readVideoRef(element, scope, url);
  const title = readTitle(scope);
  if (!ref && !title) return null;
  const author = readAuthor(scope);
  const caption = visibleText(firstMatch(scope, S.description));
  const post: Post = {
    platform: 'youtube',
    // An ad that links away from YouTube has no video id: a content hash keeps its reports deduplicated.
    postId: ref?.videoId ?? `h${contentHash(`${author.authorName}\n${title}`)}`,
    permalink: ref ? permalinkFor(ref) : url.href,
    ...author,
    title,
    caption,
    hashtags: readHashtags(scope, title),
    adLabel: readAdLabel(element, scope),
    platformLabels: readPlatformLabels(element),
    pageKind: youtubePageKind(url),
  };
  // The watch page's warning sits on the metadata block, never over the player controls.
  return { post, anchor: metadata ?? element };
}

const POST_BEARING_KINDS: readonly PageKind[] = ['feed', 'video', 'shorts', 'search'];

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  displayName: PLATFORM_NAMES.youtube,
  selectors: S,
  serves: servesYoutube,
  pageKind: youtubePageKind,
  postBearingKinds: POST_BEARING_KINDS,
  // An ad slot may wrap a promoted-video renderer, and the watch page holds its sidebar: one post each.
  findPostElements: (root) => topLevelPostsUnder(root, postSelector),
  postContaining: (node) => outermostPostContaining(node, postSelector),
  readPost,
  embeddedDataOf: youtubeEmbeddedData,
};
