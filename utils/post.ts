export type Platform = 'tiktok';

/** Which kind of page a post was read on; detection health and reports keep it. */
export type PageKind = 'feed' | 'video' | 'other';

/** A post as read from the page: plain data that can cross a message boundary. */
export interface Post {
  platform: Platform;
  /** The platform's id; for a feed item whose id the DOM does not carry, a stable hash of its content. */
  postId: string;
  permalink: string;
  authorHandle: string;
  caption: string;
  hashtags: string[];
  /** Marked by the platform as an ad, sponsored, or a paid partnership. */
  sponsored: boolean;
  pageKind: PageKind;
}
