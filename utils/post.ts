export type Platform = 'tiktok' | 'youtube' | 'instagram' | 'facebook' | 'web';

export const PLATFORMS: readonly Platform[] = ['tiktok', 'youtube', 'instagram', 'facebook', 'web'];

/** The names people know, for messages such as "TikTok's page layout may have changed". */
export const PLATFORM_NAMES: Record<Platform, string> = {
  tiktok: 'TikTok',
  youtube: 'YouTube',
  instagram: 'Instagram',
  facebook: 'Facebook',
  web: 'Web',
};

/** Which kind of page a post was read on; detection health and reports keep it. */
export type PageKind = 'feed' | 'video' | 'shorts' | 'reels' | 'post' | 'search' | 'profile' | 'explore' | 'article' | 'other';

export const PAGE_KINDS: readonly PageKind[] = ['feed', 'video', 'shorts', 'reels', 'post', 'search', 'profile', 'explore', 'article', 'other'];

/**
 * How the platform itself marks a post as commercial. "Sponsored", "Bersponsor",
 * "Iklan", "Promoted" and an ad slot are all `ad`; a creator paid by a brand is
 * `paid_partnership`. TikTok bans both for political content.
 */
export type AdLabel = 'ad' | 'paid_partnership';

/** A post as read from the page: plain data that can cross a message boundary. */
export interface Post {
  platform: Platform;
  /** The platform's id; for a feed item whose id the DOM does not carry, a stable hash of its content. */
  postId: string;
  permalink: string;
  authorHandle: string;
  authorName: string;
  caption: string;
  /** A video's title, where the platform gives one apart from the caption (YouTube, articles). */
  title: string;
  hashtags: string[];
  adLabel: AdLabel | null;
  /** The platform's own warning or information labels, as shown ("Sensitive content", an info panel). */
  platformLabels: string[];
  pageKind: PageKind;
}

/** What the engine reads of a post: the title first, as a person reads it. */
export function postText(post: Pick<Post, 'title' | 'caption'>): string {
  return post.title && post.caption ? `${post.title}\n${post.caption}` : post.title || post.caption;
}

export const isSponsored = (post: Pick<Post, 'adLabel'>): boolean => post.adLabel !== null;
