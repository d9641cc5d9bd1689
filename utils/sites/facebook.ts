import { PLATFORM_NAMES, type AdLabel, type PageKind, type Post } from '../post';
import { firstOutside, readableText } from './dom-text';
import { contentHash, firstMatch, hashtagsIn, joinSelectors, outermostPostContaining, safeDecode, topLevelPostsUnder, visibleText, type PostReading, type SiteAdapter } from './site-adapter';
import { facebookSelectors } from './facebook-selectors';

export { facebookSelectors };

const postSelector = joinSelectors(facebookSelectors.post);
const BASE = 'https://www.facebook.com';
const FACEBOOK_HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);
// The query parameters that name a post; everything else is tracking (`__cft__`, `__tn__`) or a view.
const IDENTIFYING_PARAMS = ['story_fbid', 'id', 'v'];
// "See more" / "Lihat selengkapnya" sits inside the message as a button.
const NOT_MESSAGE_TEXT = '[role="button"]';
const NOT_REEL_CAPTION = 'a, h2, h3, [role="button"]';
// First path segments that are Facebook's own pages, never a profile.
const RESERVED_SEGMENTS = new Set([
  'ads', 'business', 'events', 'gaming', 'groups', 'hashtag', 'help', 'marketplace', 'photo', 'photo.php',
  'pages', 'permalink.php', 'reel', 'reels', 'search', 'sharer', 'stories', 'story.php', 'watch',
]);

function isFacebookUrl(url: URL): boolean {
  return FACEBOOK_HOSTS.has(url.hostname);
}

function parseFacebookUrl(href: string | null): URL | null {
  if (!href || href === '#') return null;
  try {
    const url = new URL(href, BASE);
    return isFacebookUrl(url) ? url : null;
  } catch {
    return null;
  }
}

function pageKind(url: URL): PageKind {
  const path = url.pathname;
  if (path === '/' || path === '/home.php') return 'feed';
  if (/^\/watch(\/|$)/.test(path) || /^\/[^/]+\/videos\/./.test(path)) return 'video';
  if (/^\/reels?(\/|$)/.test(path)) return 'reels';
  if (/^\/[^/]+\/posts\/[^/]+/.test(path) || /^\/groups\/[^/]+\/(posts|permalink)\/[^/]+/.test(path)) return 'post';
  return path === '/permalink.php' || path === '/story.php' ? 'post' : 'other';
}

function postIdOfUrl(url: URL): string | null {
  const storyId = url.searchParams.get('story_fbid');
  if (storyId) return storyId;
  const fromPath =
    url.pathname.match(/\/(?:posts|permalink)\/([A-Za-z0-9]+)/) ??
    url.pathname.match(/\/videos\/(?:[^/]+\/)?(\d+)/) ??
    url.pathname.match(/^\/reel\/(\d+)/);
  if (fromPath) return fromPath[1];
  return /^\/watch\/?$/.test(url.pathname) ? url.searchParams.get('v') : null;
}

/** The post a link names (`/posts/<id|pfbid…>`, `story_fbid=`, `/videos/<id>`, `/watch/?v=`, `/reel/<id>`), or null. */
export function facebookPostIdOf(href: string | null): string | null {
  const url = parseFacebookUrl(href);
  return url && postIdOfUrl(url);
}

/** A post link without Meta's tracking (`__cft__[0]`, `__tn__`) or view parameters, on www.facebook.com. */
export function cleanFacebookPermalink(href: string): string | null {
  const url = parseFacebookUrl(href);
  if (!url) return null;
  const kept = IDENTIFYING_PARAMS.flatMap((name) => url.searchParams.getAll(name).map((value) => [name, value]));
  url.search = new URLSearchParams(kept).toString();
  url.hash = '';
  url.protocol = 'https:';
  url.hostname = 'www.facebook.com';
  return url.href;
}

/**
 * What belongs to the post itself rather than to a comment in it. Comments are
 * `role="article"` blocks nested in the post. A nested article that holds the
 * post's message is a wrapper around the post, not a comment: comments carry no
 * data-ad-* message block.
 */
function ownElementsOf(post: Element): (css: string) => Element[] {
  const message = firstMatch(post, facebookSelectors.message);
  const comments = [...post.querySelectorAll(postSelector)].filter((nested) => !(message && nested.contains(message)));
  return (css) => [...post.querySelectorAll(css)].filter((element) => !comments.some((comment) => comment.contains(element)));
}

type OwnElements = ReturnType<typeof ownElementsOf>;

function readPermalink(element: Element, own: OwnElements): { postId: string; permalink: string } | null {
  // Document order: the header's timestamp link comes before links in the message or a shared post.
  for (const link of own(joinSelectors(facebookSelectors.permalink))) {
    const href = link.getAttribute('href');
    const postId = facebookPostIdOf(href);
    if (postId) return { postId, permalink: cleanFacebookPermalink(href!)! };
  }
  // The reels viewer may not link the reel it shows; its player block names it (unverified).
  const videoId = element.getAttribute('data-video-id');
  return videoId && /^\d+$/.test(videoId) ? { postId: videoId, permalink: `${BASE}/reel/${videoId}` } : null;
}

function handleOfUrl(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'profile.php') return url.searchParams.get('id');
  if (segments[0] === 'people' && segments[2]) return segments[2];
  if (segments[0] === 'groups' && segments[2] === 'user' && segments[3]) return segments[3];
  return segments.length === 1 && !RESERVED_SEGMENTS.has(segments[0]) ? segments[0] : null;
}

function readAuthor(own: OwnElements): { authorHandle: string; authorName: string } {
  for (const link of own(joinSelectors(facebookSelectors.authorLink))) {
    const url = parseFacebookUrl(link.getAttribute('href'));
    const handle = url && handleOfUrl(url);
    if (handle) return { authorHandle: handle, authorName: visibleText(link) };
  }
  return { authorHandle: '', authorName: '' };
}

function findMessage(own: OwnElements): Element | null {
  for (const { css } of facebookSelectors.message) {
    const message = own(css)[0];
    if (message) return message;
  }
  return null;
}

function readCaption(element: Element, message: Element | null): string {
  if (message) return readableText(message, NOT_MESSAGE_TEXT);
  const [reelCaption] = facebookSelectors.reelCaption;
  return readableText(firstOutside(element, reelCaption.css, NOT_REEL_CAPTION));
}

function hashtagOf(link: Element): string {
  const url = parseFacebookUrl(link.getAttribute('href'));
  const tag = url?.pathname.match(/^\/hashtag\/([^/]+)/)?.[1] ?? '';
  return safeDecode(tag).toLowerCase();
}

function readHashtags(message: Element | null, caption: string): string[] {
  const links = message ? [...message.querySelectorAll(joinSelectors(facebookSelectors.hashtagLink))] : [];
  if (links.length === 0) return hashtagsIn(caption);
  return [...new Set(links.map(hashtagOf).filter(Boolean))];
}

function readAdLabel(own: OwnElements): AdLabel | null {
  if (own(joinSelectors(facebookSelectors.adLink)).length > 0) return 'ad';
  return own(joinSelectors(facebookSelectors.paidPartnership)).length > 0 ? 'paid_partnership' : null;
}

function readPlatformLabels(own: OwnElements): string[] {
  const texts = own(joinSelectors(facebookSelectors.infoBox)).map((link) => visibleText(link));
  return [...new Set(texts.filter(Boolean))];
}

function profileUrl(handle: string): string {
  return /^\d+$/.test(handle) ? `${BASE}/profile.php?id=${handle}` : `${BASE}/${handle}`;
}

/** For a post without a link of its own: the page, unless the page names another post (/reel/<id>, /watch/?v=). */
function fallbackPermalink(url: URL, authorHandle: string): string {
  if (!postIdOfUrl(url)) return url.href;
  return authorHandle ? profileUrl(authorHandle) : `${BASE}/`;
}

function readPost(element: Element, url: URL): PostReading | null {
  const own = ownElementsOf(element);
  const message = findMessage(own);
  const caption = readCaption(element, message);
  const link = readPermalink(element, own);
  if (!link && !caption) return null;
  const { authorHandle, authorName } = readAuthor(own);
  const post: Post = {
    platform: 'facebook',
    // Ads and hover-only timestamps leave no link in the DOM: a content hash keeps reports deduplicated.
    postId: link?.postId ?? `h${contentHash(`${authorHandle}\n${caption}`)}`,
    permalink: link?.permalink ?? fallbackPermalink(url, authorHandle),
    authorHandle,
    authorName,
    caption,
    title: '',
    hashtags: readHashtags(message, caption),
    adLabel: readAdLabel(own),
    platformLabels: readPlatformLabels(own),
    pageKind: pageKind(url),
  };
  // The message block keeps the warning beside what it is about and off the header's menu and close buttons.
  return { post, anchor: message ?? element };
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  displayName: PLATFORM_NAMES.facebook,
  selectors: facebookSelectors,
  // m.facebook.com is another tree (div[data-mcomponent]) with plain-text labels; not read yet.
  serves: isFacebookUrl,
  pageKind,
  postBearingKinds: ['feed', 'video', 'reels'],
  findPostElements: (root) => topLevelPostsUnder(root, postSelector),
  postContaining: (node) => outermostPostContaining(node, postSelector),
  readPost,
};
