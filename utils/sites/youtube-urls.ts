import type { PageKind } from '../post';
import { safeDecode } from './site-adapter';

// m.youtube.com is another tree (ytm-* elements) that no fixture covers yet, so it is left alone.
const HOSTS = new Set(['www.youtube.com', 'youtube.com']);

/** YouTube's video ids are 11 characters of URL-safe base64. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const SHORTS_PATH = /^\/shorts\/([A-Za-z0-9_-]{11})(?:[/?#]|$)/;
// Old channel URLs (/channel/UC…, /c/…, /user/…) still resolve, so they are channels too.
const CHANNEL_PATH = /^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)(?:\/|$)/;

export function servesYoutube(url: URL): boolean {
  return HOSTS.has(url.hostname);
}

export function isVideoId(text: unknown): text is string {
  return typeof text === 'string' && VIDEO_ID.test(text);
}

export function youtubePageKind(url: URL): PageKind {
  const path = url.pathname;
  if (path === '/') return 'feed';
  if (path === '/watch' && isVideoId(url.searchParams.get('v'))) return 'video';
  if (SHORTS_PATH.test(path)) return 'shorts';
  if (path === '/results' && url.searchParams.has('search_query')) return 'search';
  return CHANNEL_PATH.test(path) ? 'profile' : 'other';
}

export interface VideoRef {
  videoId: string;
  isShort: boolean;
}

/** The video a link points to: `/watch?v=ID&list=…&pp=…` or `/shorts/ID`, relative or absolute. */
export function videoRefFromHref(href: string | null | undefined): VideoRef | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.youtube.com');
  } catch {
    return null;
  }
  if (!servesYoutube(url)) return null;
  const shortsId = url.pathname.match(SHORTS_PATH)?.[1];
  if (shortsId) return { videoId: shortsId, isShort: true };
  const watchId = url.pathname === '/watch' ? url.searchParams.get('v') : null;
  return isVideoId(watchId) ? { videoId: watchId, isShort: false } : null;
}

export function permalinkFor({ videoId, isShort }: VideoRef): string {
  return isShort ? `https://www.youtube.com/shorts/${videoId}` : `https://www.youtube.com/watch?v=${videoId}`;
}

/** The handle in a channel link, without its '@': `/@kpu_ri/videos` gives `kpu_ri`. */
export function handleFromHref(href: string | null | undefined): string {
  const handle = href?.match(/^(?:https:\/\/(?:www\.|m\.)?youtube\.com)?\/@([^/?#]+)/)?.[1];
  return handle ? safeDecode(handle) : '';
}

/** The tag in a hashtag link, lower-cased: `/hashtag/Pemilu2024` gives `pemilu2024`. */
export function hashtagFromHref(href: string | null | undefined): string {
  const tag = href?.match(/^\/hashtag\/([^/?#]+)/)?.[1];
  return tag ? safeDecode(tag).toLowerCase() : '';
}

