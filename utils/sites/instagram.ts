import { PLATFORM_NAMES, type AdLabel, type PageKind, type Post } from '../post';
import { firstOutside, readableText } from './dom-text';
import { instagramEmbeddedData } from './instagram-embedded';
import { adLabelFromText, contentHash, firstMatch, hashtagsIn, joinSelectors, outermostPostContaining, safeDecode, topLevelPostsUnder, visibleText, type PostReading, type SiteAdapter } from './site-adapter';
import { instagramSelectors } from './instagram-selectors';

export { instagramSelectors };

const articleSelector = joinSelectors(instagramSelectors.post);
const reelUnitSelector = joinSelectors(instagramSelectors.reelUnit);
const BASE = 'https://www.instagram.com';
// A label is a few words; a longer span is a name or a caption, never read for labels.
const MAX_LABEL_LENGTH = 80;
// Where caption-like spans are something else: the author's name, the like count, a button.
const NOT_CAPTION = 'header, a, section, [role="button"]';

// First path segments that are Instagram's own pages, never a user's.
const RESERVED_SEGMENTS = new Set([
  'accounts', 'api', 'about', 'challenge', 'direct', 'developer', 'emails', 'explore', 'graphql',
  'legal', 'p', 'privacy', 'reel', 'reels', 'stories', 'tv', 'web',
]);
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const PROFILE_TABS = new Set(['reels', 'tagged', 'saved']);
const MEDIA_PATH = /^\/(?:([A-Za-z0-9._]{1,30})\/)?(p|reels?)\/([A-Za-z0-9_-]+)/;
// Pages under /reels/ that are not a reel: /reels/audio/<id>/ lists the reels using a sound.
const NOT_SHORTCODES = new Set(['audio']);

function isHandle(segment: string | undefined): segment is string {
  return segment !== undefined && HANDLE.test(segment) && !RESERVED_SEGMENTS.has(segment);
}

function pageKind(url: URL): PageKind {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 0) return 'feed';
  const [first, second, third] = segments;
  if ((first === 'reels' || first === 'reel') && segments.length <= 2) return 'reels';
  if (first === 'p' && second) return 'post';
  if (first === 'explore') return 'explore';
  if (isHandle(first) && (second === 'p' || second === 'reel') && third) return 'post';
  if (isHandle(first) && (segments.length === 1 || (segments.length === 2 && PROFILE_TABS.has(second)))) return 'profile';
  return 'other';
}

interface Shortcode {
  code: string;
  isReel: boolean;
}

/** The post a link points to, from any of Instagram's link shapes, or null. */
export function instagramShortcodeOf(href: string | null): Shortcode | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, BASE);
  } catch {
    return null;
  }
  if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return null;
  const match = url.pathname.match(MEDIA_PATH);
  if (!match || (match[1] !== undefined && !isHandle(match[1])) || NOT_SHORTCODES.has(match[3])) return null;
  return { code: match[3], isReel: match[2] !== 'p' };
}

/** The canonical address of a post, without the ad and tracking parameters its links carry. */
export function instagramPermalink({ code, isReel }: Shortcode): string {
  return `${BASE}/${isReel ? 'reel' : 'p'}/${code}/`;
}

function readShortcode(element: Element): Shortcode | null {
  // The timestamp's link is the post's own; other post links may be comments or suggestions.
  for (const time of element.querySelectorAll(joinSelectors(instagramSelectors.timestamp))) {
    const shortcode = instagramShortcodeOf(time.closest('a')?.getAttribute('href') ?? null);
    if (shortcode) return shortcode;
  }
  for (const link of element.querySelectorAll(joinSelectors(instagramSelectors.permalink))) {
    const shortcode = instagramShortcodeOf(link.getAttribute('href'));
    if (shortcode) return shortcode;
  }
  return null;
}

function handleOf(link: Element): string | null {
  const segments = (link.getAttribute('href') ?? '').split(/[?#]/)[0].split('/').filter(Boolean);
  return segments.length === 1 && isHandle(segments[0]) ? segments[0] : null;
}

function readAuthorHandle(element: Element): string {
  for (const { css } of instagramSelectors.authorLink) {
    for (const link of element.querySelectorAll(css)) {
      const handle = handleOf(link);
      if (handle) return handle;
    }
  }
  return '';
}

function findCaption(element: Element): Element | null {
  const [postPageCaption, spanCaption] = instagramSelectors.caption;
  return element.querySelector(postPageCaption.css) ?? firstOutside(element, spanCaption.css, NOT_CAPTION);
}

function readHashtags(caption: Element | null, captionText: string): string[] {
  const links = caption ? [...caption.querySelectorAll(joinSelectors(instagramSelectors.hashtagLink))] : [];
  if (links.length === 0) return hashtagsIn(captionText);
  const tags = links.map((a) => safeDecode(a.getAttribute('href')!.slice('/explore/tags/'.length).split('/')[0]).toLowerCase());
  return [...new Set(tags.filter(Boolean))];
}

/** "Bersponsor", "Kemitraan berbayar dengan X": a header span read whole, never the caption. */
function labelInHeader(element: Element): AdLabel | null {
  let label: AdLabel | null = null;
  for (const span of element.querySelectorAll(joinSelectors(instagramSelectors.headerLabel))) {
    // A username is a link; an account named "sponsored" is not an ad.
    const link = span.closest('a');
    if (link && handleOf(link)) continue;
    const text = visibleText(span);
    if (text.length === 0 || text.length > MAX_LABEL_LENGTH) continue;
    const found = adLabelFromText(text);
    if (found === 'ad') return 'ad';
    label ??= found;
  }
  return label;
}

function readAdLabel(element: Element): AdLabel | null {
  return firstMatch(element, instagramSelectors.adLink) ? 'ad' : labelInHeader(element);
}

/** For a post without a link of its own: the page, unless the page names another post (a reel's URL while scrolling). */
function fallbackPermalink(url: URL, authorHandle: string): string {
  if (!instagramShortcodeOf(url.href)) return url.href;
  return authorHandle ? `${BASE}/${authorHandle}/` : `${BASE}/`;
}

function readPost(element: Element, url: URL): PostReading | null {
  const shortcode = readShortcode(element);
  const captionElement = findCaption(element);
  const caption = readableText(captionElement);
  if (!shortcode && !caption) return null;
  const authorHandle = readAuthorHandle(element);
  const post: Post = {
    platform: 'instagram',
    // Reels and ads may show no link to themselves: a content hash keeps reports of them deduplicated.
    postId: shortcode?.code ?? `h${contentHash(`${authorHandle}\n${caption}`)}`,
    permalink: shortcode ? instagramPermalink(shortcode) : fallbackPermalink(url, authorHandle),
    authorHandle,
    // Instagram shows only the username beside a post; the display name is on the profile.
    authorName: '',
    caption,
    title: '',
    hashtags: readHashtags(captionElement, caption),
    adLabel: readAdLabel(element),
    platformLabels: [],
    pageKind: pageKind(url),
  };
  return { post, anchor: element };
}

/**
 * A reel unit is the smallest matching block: each video in it has it as the
 * nearest matching ancestor. Its ancestors (the scroller, the column) match too
 * and are not units; nor is anything inside a feed or post-page article.
 */
function isReelUnit(candidate: Element): boolean {
  if (candidate.closest('article') || candidate.querySelector('article')) return false;
  return [...candidate.querySelectorAll('video')].every((video) => video.closest(reelUnitSelector) === candidate);
}

function findPostElements(root: Element | Document): Element[] {
  const articles = topLevelPostsUnder(root, articleSelector);
  const candidates = [...root.querySelectorAll(reelUnitSelector)];
  if (root instanceof Element && root.matches(reelUnitSelector)) candidates.unshift(root);
  const reelUnits = candidates.filter(isReelUnit);
  // Document order, as a person scrolls: articles and reel units do not mix on one page, but may.
  return [...articles, ...reelUnits].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function postContaining(node: Node): Element | null {
  const article = outermostPostContaining(node, articleSelector);
  if (article) return article;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // The nearest matching ancestor is the unit itself, unless the node sits between units.
  const unit = element?.closest(reelUnitSelector) ?? null;
  return unit && isReelUnit(unit) ? unit : null;
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  displayName: PLATFORM_NAMES.instagram,
  selectors: instagramSelectors,
  serves: (url) => url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com',
  pageKind,
  postBearingKinds: ['feed', 'reels', 'post'],
  findPostElements,
  postContaining,
  readPost,
  embeddedDataOf: instagramEmbeddedData,
};
